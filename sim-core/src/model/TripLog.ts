/** The trips table (one row per vehicle per link leg) in growable typed columns. */
import type { TripTable } from '../vocabulary/runResult.ts';

export class TripLog {
  private count = 0;
  private vehicleKind: Uint8Array = new Uint8Array(256);
  private serviceIndex: Uint32Array = new Uint32Array(256);
  private linkIndex: Uint32Array = new Uint32Array(256);
  private reversed: Uint8Array = new Uint8Array(256);
  private departHours: Float64Array = new Float64Array(256);
  private arriveHours: Float64Array = new Float64Array(256);
  private load: Float32Array = new Float32Array(256);
  private capacity: Float32Array = new Float32Array(256);

  add(
    vehicleKind: number,
    serviceIndex: number,
    linkIndex: number,
    reversed: number,
    departHours: number,
    arriveHours: number,
    load: number,
    capacity: number,
  ): void {
    if (this.count === this.departHours.length) this.grow();
    const i = this.count++;
    this.vehicleKind[i] = vehicleKind;
    this.serviceIndex[i] = serviceIndex;
    this.linkIndex[i] = linkIndex;
    this.reversed[i] = reversed;
    this.departHours[i] = departHours;
    this.arriveHours[i] = arriveHours;
    this.load[i] = load;
    this.capacity[i] = capacity;
  }

  /** Rows departing at or after `fromHours` (warm-up trips are dropped). */
  table(fromHours: number): TripTable {
    let first = 0;
    while (first < this.count && (this.departHours[first] as number) < fromHours) first++;
    const end = this.count;
    return {
      count: end - first,
      vehicleKind: this.vehicleKind.slice(first, end),
      serviceIndex: this.serviceIndex.slice(first, end),
      linkIndex: this.linkIndex.slice(first, end),
      reversed: this.reversed.slice(first, end),
      departHours: this.departHours.slice(first, end),
      arriveHours: this.arriveHours.slice(first, end),
      load: this.load.slice(first, end),
      capacity: this.capacity.slice(first, end),
    };
  }

  private grow(): void {
    const n = this.departHours.length * 2;
    const u8 = (a: Uint8Array): Uint8Array => {
      const b = new Uint8Array(n);
      b.set(a);
      return b;
    };
    const u32 = (a: Uint32Array): Uint32Array => {
      const b = new Uint32Array(n);
      b.set(a);
      return b;
    };
    const f64 = (a: Float64Array): Float64Array => {
      const b = new Float64Array(n);
      b.set(a);
      return b;
    };
    const f32 = (a: Float32Array): Float32Array => {
      const b = new Float32Array(n);
      b.set(a);
      return b;
    };
    this.vehicleKind = u8(this.vehicleKind);
    this.serviceIndex = u32(this.serviceIndex);
    this.linkIndex = u32(this.linkIndex);
    this.reversed = u8(this.reversed);
    this.departHours = f64(this.departHours);
    this.arriveHours = f64(this.arriveHours);
    this.load = f32(this.load);
    this.capacity = f32(this.capacity);
  }
}

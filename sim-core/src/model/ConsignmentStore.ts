/**
 * Consignment state as struct-of-arrays: one slot per live consignment in parallel typed arrays,
 * reused through a free list once a consignment is delivered, so a year of a million consignments
 * allocates no per-consignment objects.
 */

/** Sizes are held in multiples of 1/1024 TEU (about 10 kg): sums of such numbers are exact in
 * float64 (below 2^43 TEU), which makes the cargo balance hold exactly, not just approximately. */
export const SIZE_QUANTUM_PER_TEU = 1024;

export function quantizeTeu(teu: number): number {
  return Math.max(1, Math.round(teu * SIZE_QUANTUM_PER_TEU)) / SIZE_QUANTUM_PER_TEU;
}

/**
 * The float64 fields a consignment's events read and write, side by side in `hot`: consignment
 * c's field F is hot[HOT_STRIDE * c + F]. Eight float64s are one 64-byte cache line, so an event
 * on a consignment last touched hours (of sim time) ago misses the cache once, not once per field.
 * The first four are its dwell at the current node by cause (hours), in the order of the process
 * kinds.
 */
export const DWELL_HANDLING = 0;
export const DWELL_CUSTOMS = 1;
export const DWELL_DOCUMENTS = 2;
export const DWELL_GAUGE = 3;
/** TEU-equivalent, quantized (see SIZE_QUANTUM_PER_TEU). */
export const HOT_SIZE_TEU = 4;
/** When it reached its current node (hours). */
export const HOT_NODE_ARRIVAL = 5;
/** When it joined a departure queue (cut-off is checked against it). */
export const HOT_READY = 6;
/** Document hours over the whole trip. */
export const HOT_TRIP_DOCUMENTS = 7;
export const HOT_STRIDE = 8;

export class ConsignmentStore {
  demand: Int32Array = new Int32Array(0);
  itinerary: Int32Array = new Int32Array(0);
  /** The itinerary leg being waited for or travelled (0-based). */
  legPos: Uint8Array = new Uint8Array(0);
  /** 1 = single-document mode. */
  single: Uint8Array = new Uint8Array(0);
  createdHours: Float64Array = new Float64Array(0);
  /** Current node. */
  node: Int32Array = new Int32Array(0);
  /** Current node-visit plan and the next step in it. */
  plan: Int32Array = new Int32Array(0);
  planPos: Uint8Array = new Uint8Array(0);
  /** Dwell by cause, size, arrival, ready and trip document hours: see HOT_STRIDE. */
  hot: Float64Array = new Float64Array(0);

  private capacity = 0;
  private used = 0;
  private free: number[] = [];
  private liveCount = 0;

  get live(): number {
    return this.liveCount;
  }

  allocate(): number {
    this.liveCount++;
    const reused = this.free.pop();
    if (reused !== undefined) return reused;
    if (this.used === this.capacity) this.grow(Math.max(1024, this.capacity * 2));
    return this.used++;
  }

  release(c: number): void {
    this.liveCount--;
    this.free.push(c);
  }

  private grow(capacity: number): void {
    const g = <T extends Int32Array | Uint8Array | Float64Array>(a: T, make: (n: number) => T): T => {
      const next = make(capacity);
      next.set(a);
      return next;
    };
    const i32 = (n: number): Int32Array => new Int32Array(n);
    const u8 = (n: number): Uint8Array => new Uint8Array(n);
    const f64 = (n: number): Float64Array => new Float64Array(n);
    this.demand = g(this.demand, i32);
    this.itinerary = g(this.itinerary, i32);
    this.legPos = g(this.legPos, u8);
    this.single = g(this.single, u8);
    this.createdHours = g(this.createdHours, f64);
    this.node = g(this.node, i32);
    this.plan = g(this.plan, i32);
    this.planPos = g(this.planPos, u8);
    const hot = new Float64Array(HOT_STRIDE * capacity);
    hot.set(this.hot);
    this.hot = hot;
    this.capacity = capacity;
  }
}

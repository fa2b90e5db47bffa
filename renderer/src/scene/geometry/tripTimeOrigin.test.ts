import { describe, expect, it } from 'vitest';
import type { TripTable } from '../../../../sim-core/src/api/types.ts';
import {
  chooseOrigin,
  needsRebase,
  packTrips,
  REBASE_HOURS,
  toRelativeHours,
  TRIP_STRIDE,
  tripFraction,
} from './tripTimeOrigin.ts';

function trips(rows: [depart: number, arrive: number, link: number, reversed: number][]): TripTable {
  const n = rows.length;
  return {
    count: n,
    vehicleKind: new Uint8Array(n),
    serviceIndex: new Uint32Array(n),
    linkIndex: Uint32Array.from(rows, (r) => r[2]),
    reversed: Uint8Array.from(rows, (r) => r[3]),
    departHours: Float64Array.from(rows, (r) => r[0]),
    arriveHours: Float64Array.from(rows, (r) => r[1]),
    load: new Float32Array(n),
    capacity: new Float32Array(n),
  };
}

const MINUTE = 1 / 60;
const SECOND = 1 / 3600;

describe('trip times on the GPU (float32)', () => {
  // Year 10 of a run: hour ~87,600. A one-hour truck leg; playback one minute after departure.
  const depart = 87_600 + 17 * MINUTE;
  const arrive = depart + 1;
  const now = depart + MINUTE;

  it('resolves a minute in year 10 when times are relative to a nearby origin', () => {
    const origin = chooseOrigin(now);
    const f = tripFraction(
      toRelativeHours(depart, origin),
      toRelativeHours(arrive, origin),
      0,
      toRelativeHours(now, origin),
    );
    // The vehicle is one minute into a one-hour leg, to within a second.
    expect(Math.abs(f - MINUTE)).toBeLessThan(SECOND);
  });

  it('would not resolve it with absolute float32 hours (why the origin exists)', () => {
    const f = tripFraction(Math.fround(depart), Math.fround(arrive), 0, Math.fround(now));
    expect(Math.abs(f - MINUTE)).toBeGreaterThan(SECOND);
  });

  it('moves the origin only when playback drifts more than REBASE_HOURS from it', () => {
    expect(needsRebase(Number.NaN, 10)).toBe(true);
    expect(needsRebase(1000, 1000 + REBASE_HOURS - 1)).toBe(false);
    expect(needsRebase(1000, 1000 - REBASE_HOURS - 1)).toBe(true);
  });
});

describe('packTrips', () => {
  it('packs only trips that can be on the move near the origin, relative to it', () => {
    const table = trips([
      [10_000, 10_100, 3, 0], // under way at the origin
      [10_000 - REBASE_HOURS - 200, 10_000 - REBASE_HOURS - 100, 1, 0], // long over
      [10_000 + REBASE_HOURS - 10, 10_000 + REBASE_HOURS + 50, 2, 1], // starts within reach
      [10_000 + REBASE_HOURS + 10, 10_000 + REBASE_HOURS + 50, 4, 0], // too far ahead
    ]);
    const out = new Float32Array(4 * TRIP_STRIDE);
    const rows = new Uint32Array(4);
    const n = packTrips(table, Uint32Array.of(0, 1, 2, 3), 10_000, out, rows);
    expect(n).toBe(2);
    expect([...rows.subarray(0, n)]).toEqual([0, 2]);
    expect([...out.subarray(0, TRIP_STRIDE)]).toEqual([3, 0, 100, 0]);
    expect(out[TRIP_STRIDE + 3]).toBe(1);
  });

  it('runs a reversed trip from the far end back', () => {
    expect(tripFraction(0, 10, 1, 2.5)).toBeCloseTo(0.75, 6);
    expect(tripFraction(0, 10, 0, 2.5)).toBeCloseTo(0.25, 6);
    expect(tripFraction(0, 10, 0, 11)).toBe(-1);
  });
});

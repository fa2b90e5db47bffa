// Trip times on the GPU are float32. A run can span 30 years (262,800 h), where float32 steps
// are 1/64 h (about a minute) and the fraction (t - depart) / (arrive - depart) of a short leg
// would jitter visibly; worse, both terms lose their low bits before the subtraction. So every
// time sent to the GPU is relative to a local origin near the playback time, computed in float64
// on the CPU: relative values stay below a few thousand hours, where float32 resolves well under
// a second. When playback moves more than REBASE_HOURS from the origin, the origin moves to it
// and the instance buffers are repacked (rarely: every few weeks of sim time).
import type { TripTable } from '../../../../sim-core/src/api/types.ts';

/** How far playback may move from the origin before the buffers are repacked, hours. */
export const REBASE_HOURS = 24 * 21;

/** Float32 attributes per trip instance: link, departRel, arriveRel, reversed. */
export const TRIP_STRIDE = 4;

/** The origin for a playback time: whole hours, so origins are exact in float64 and float32. */
export function chooseOrigin(hours: number): number {
  return Math.floor(hours);
}

export function needsRebase(originHours: number, hours: number): boolean {
  return !(Math.abs(hours - originHours) <= REBASE_HOURS);
}

/** A sim time as the GPU sees it: relative to the origin, rounded to float32. */
export function toRelativeHours(hours: number, originHours: number): number {
  return Math.fround(hours - originHours);
}

/**
 * Packs the trips of one vehicle kind that can be on the move while playback stays within
 * REBASE_HOURS of `originHours` into `out` (TRIP_STRIDE floats each) and returns how many were
 * packed; `indices` receives each packed instance's row in the trip table (for test hooks and
 * picking). Trips that cannot show in that window are left out, so the GPU never draws them.
 * Allocates nothing: `out` and `indices` are sized for every trip of the kind.
 */
export function packTrips(
  trips: TripTable,
  kindRows: Uint32Array,
  originHours: number,
  out: Float32Array,
  indices: Uint32Array,
): number {
  const windowStart = originHours - REBASE_HOURS;
  const windowEnd = originHours + REBASE_HOURS;
  let n = 0;
  for (let k = 0; k < kindRows.length; k++) {
    const row = kindRows[k]!;
    const depart = trips.departHours[row]!;
    const arrive = trips.arriveHours[row]!;
    if (arrive < windowStart || depart > windowEnd) continue;
    const o = n * TRIP_STRIDE;
    out[o] = trips.linkIndex[row]!;
    out[o + 1] = depart - originHours;
    out[o + 2] = arrive - originHours;
    out[o + 3] = trips.reversed[row]!;
    indices[n] = row;
    n++;
  }
  return n;
}

/**
 * The fraction of its link a packed trip has covered at relative time `t` (float32 inputs, as
 * the shader computes it), or -1 when the vehicle is not on the move. The CPU twin of the
 * vertex shader, for tests and picking.
 */
export function tripFraction(departRel: number, arriveRel: number, reversed: number, t: number): number {
  if (t < departRel || t > arriveRel) return -1;
  const span = arriveRel - departRel;
  const f = span > 0 ? (t - departRel) / span : 1;
  return reversed > 0.5 ? 1 - f : f;
}

import type { TripTable } from '../vocabulary/runResult.ts';

/** A trip table with no trips: for results that carry none (the command line keeps no trips). */
export function emptyTripTable(): TripTable {
  return {
    count: 0,
    vehicleKind: new Uint8Array(0),
    serviceIndex: new Uint32Array(0),
    linkIndex: new Uint32Array(0),
    reversed: new Uint8Array(0),
    departHours: new Float64Array(0),
    arriveHours: new Float64Array(0),
    load: new Float32Array(0),
    capacity: new Float32Array(0),
  };
}

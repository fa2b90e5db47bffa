// The transport modes and vehicle kinds: their names, and the order every per-mode matrix and
// trip table uses. The one home of both lists; the scenario schema, the engine and the renderer
// import them from here.

/** Transport modes; also the entity order of per-mode matrices (`RunResult` `modes`). */
export const MODES = ['sea', 'air', 'rail', 'road'] as const;
export type Mode = (typeof MODES)[number];

/** How many modes there are: the entity count of a per-mode matrix. */
export const MODE_COUNT = MODES.length;

/** A bit mask with one bit per mode (bit i for MODES[i]); this one lets every mode pass. */
export const ALL_MODES_MASK = (1 << MODE_COUNT) - 1;

/** The vehicle kinds of services; a trip's `TripTable.vehicleKind` is an index into this list. */
export const VEHICLE_KINDS = ['vessel', 'train', 'aircraft', 'truck'] as const;
export type VehicleKind = (typeof VEHICLE_KINDS)[number];

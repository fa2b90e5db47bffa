// Limits that both the engine and the interface enforce.

/** Replications a run may ask for. */
export const MAX_REPLICATIONS = 100;

/**
 * The public contract of the simulation core. The renderer imports only types from here;
 * the worker and the command line call {@link createSimApi}.
 */
export { createSimApi, CHUNK_SIM_HOURS, MAX_REPLICATIONS, RunCancelledError } from './createSimApi.ts';
export type { SimHost } from './createSimApi.ts';
export type * from './types.ts';
export type * from './editorTypes.ts';
export { MODES, VEHICLE_KINDS } from './types.ts';
export { ENGINE_VERSION } from './engineVersion.ts';

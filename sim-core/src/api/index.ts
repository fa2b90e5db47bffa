/**
 * The public contract of the simulation core. The renderer imports only types from here;
 * the worker and the command line call {@link createSimApi}.
 */
export { createSimApi, CHUNK_SIM_HOURS, RunCancelledError } from './createSimApi.ts';
export { MAX_REPLICATIONS } from '../vocabulary/limits.ts';
export type { SimHost } from './createSimApi.ts';
export {
  assembleRun,
  planRun,
  replicationSteps,
  runProvenance,
  runReplicationNow,
  runReplicationYielding,
} from './runPipeline.ts';
export type { ReplicationControl, RunPlan } from './runPipeline.ts';
export type * from './types.ts';
export type * from './editorTypes.ts';
export { MODES, VEHICLE_KINDS } from '../vocabulary/modes.ts';
export { ENGINE_VERSION } from './engineVersion.ts';
export type * from './experimentTypes.ts';

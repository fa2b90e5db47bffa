import type { ReplicationResult } from '../../src/api/types.ts';
import { runReplicationNow } from '../../src/api/runPipeline.ts';
import type { CompiledScenario } from '../../src/model/index.ts';

/**
 * Runs one replication through the run pipeline, reporting its progress (0..1) after each chunk.
 * The command line writes no trip table (it is for the map), so it is not kept: a 10-year run's
 * trips take tens of MB per replication.
 */
export function runOneReplication(
  compiled: CompiledScenario,
  replication: number,
  seed: number,
  onProgress: (fraction: number) => void,
): ReplicationResult {
  return runReplicationNow(compiled, replication, seed, { onProgress, keepTrips: false });
}

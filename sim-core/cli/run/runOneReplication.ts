import type { ReplicationResult } from '../../src/api/types.ts';
import { CHUNK_SIM_HOURS } from '../../src/api/index.ts';
import { createReplication, type CompiledScenario } from '../../src/model/index.ts';
import { emptyTripTable } from '../../src/results/emptyTripTable.ts';

/** The command line writes no trip table (it is for the map), so it is not kept: a 10-year run's trips take tens of MB per replication. */
const NO_TRIPS = emptyTripTable();

/** Runs one replication in chunks of sim time, reporting its progress (0..1) after each. */
export function runOneReplication(
  compiled: CompiledScenario,
  replication: number,
  seed: number,
  onProgress: (fraction: number) => void,
): ReplicationResult {
  const run = createReplication(compiled, { replication, seed });
  let done = false;
  while (!done) {
    done = run.step(CHUNK_SIM_HOURS);
    onProgress(run.progress());
  }
  return { ...run.result(), trips: NO_TRIPS };
}

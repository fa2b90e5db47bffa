import type { ReplicationResult, TripTable } from '../../src/api/types.ts';
import { CHUNK_SIM_HOURS } from '../../src/api/index.ts';
import { createReplication, type CompiledScenario } from '../../src/model/index.ts';

/** The command line writes no trip table (it is for the map), so it is not kept: a 10-year run's trips take tens of MB per replication. */
const NO_TRIPS: TripTable = {
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

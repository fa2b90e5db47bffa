/**
 * Runs the replications of a run on `threads` worker threads (or in this thread when 1). Each
 * replication is seeded from the base seed and its index alone, so the results are the same
 * however many threads run them; they come back in replication order.
 */
import type { ReplicationResult } from '../../src/api/types.ts';
import { compileScenario } from '../../src/model/index.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { runOneReplication } from './runOneReplication.ts';
import { createThreadPool } from './threadPool.ts';

const WORKER_ENTRY = new URL('./replicationWorker.ts', import.meta.url);

/** What a replication worker is sent: which replication, with which seed. */
export interface ReplicationTask {
  replication: number;
  seed: number;
}

/** Progress of the whole run, 0..1. */
export type RunProgressCallback = (fraction: number) => void;

export async function runReplications(
  scenario: Scenario,
  seeds: readonly number[],
  threads: number,
  onProgress: RunProgressCallback,
): Promise<ReplicationResult[]> {
  const fractions = new Float64Array(seeds.length);
  const report = (replication: number, fraction: number): void => {
    fractions[replication] = fraction;
    onProgress(fractions.reduce((sum, f) => sum + f, 0) / seeds.length);
  };
  if (threads <= 1 || seeds.length <= 1) {
    const compiled = compileScenario(scenario);
    return seeds.map((seed, i) => runOneReplication(compiled, i, seed, (fraction) => report(i, fraction)));
  }
  const pool = await createThreadPool<ReplicationTask, ReplicationResult>(
    WORKER_ENTRY,
    Math.min(threads, seeds.length),
    { scenario },
  );
  try {
    return await Promise.all(
      seeds.map((seed, replication) =>
        pool.run({ replication, seed }, (fraction) => report(replication, fraction)),
      ),
    );
  } finally {
    await pool.close();
  }
}

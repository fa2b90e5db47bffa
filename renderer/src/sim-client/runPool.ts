// The replications of one run spread over a pool of workers. A replication's numbers depend only
// on the scenario, the base seed and its index (the run pipeline derives its seed), so where and in
// what order replications run never changes a result: the pool's result is the sequential run's,
// bit for bit. No browser API here: the pool is driven the same way by the app (Web Workers) and
// by the Node tests and benchmark (worker_threads), through comlink.
import type { ReplicationResult, RunProgress, RunResult, Scenario } from '../../../sim-core/src/api/types.ts';

/** The SimApi calls a pool worker answers, as they look across comlink (promises). */
export interface PoolWorker {
  runReplications(
    scenario: Scenario,
    request: { seed: number; indices: number[]; scenarioHash?: string },
    onProgress?: (progress: RunProgress) => void,
  ): Promise<ReplicationResult[]>;
  assembleRun(scenario: Scenario, seed: number, replications: ReplicationResult[]): Promise<RunResult>;
}

/**
 * Workers for a run, never more than there are replications:
 * - 4 cores or more: one per core less one, at least one (a core stays free for the page);
 * - 2 or 3 cores: one per core. During a run the page's own thread only draws progress (the map
 *   and charts render on demand, nothing animates per frame while a run computes), so a core held
 *   back for it would sit idle; on a 2-core machine "cores less one" would mean one worker and no
 *   speed-up at all, against the target of 1.6x for 10 replications on 2 cores
 *   (`npm run bench:parallel -- pool` measures it). The OS scheduler still serves the page's few
 *   frames between the workers' slices.
 * - 1 core: one.
 */
export function poolSize(cores: number, replications: number): number {
  const workers = cores >= 4 ? cores - 1 : cores;
  return Math.max(1, Math.min(replications, workers));
}

export interface PoolRun {
  /** A validated scenario (validation happens once per run, before the pool). */
  scenario: Scenario;
  seed: number;
  replications: number;
  /**
   * The scenario's scenarioHash when the caller has it (the app's run controller does, from its
   * result-cache key): each worker then skips hashing the scenario for every replication.
   */
  scenarioHash?: string;
  /** Progress of the whole run, with the replication that reported and its sim day. */
  onProgress?: (progress: RunProgress) => void;
  /**
   * Wraps the per-replication progress callback for the message boundary (Comlink.proxy in the
   * app); identity when the workers are in-process.
   */
  wrapCallback?: <F extends (progress: RunProgress) => void>(callback: F) => F;
  /**
   * Each replication as it finishes (in finishing order, not index order), with how many have
   * finished: what progressive results are drawn from while the others run. On this thread, so
   * it needs no wrapping.
   */
  onReplication?: (replication: ReplicationResult, finished: number) => void;
}

/**
 * Runs `run.replications` replications on `workers`, each worker taking the next replication as
 * soon as it is free (long and short replications balance out), then assembles the result on the
 * first worker, where the summary code lives.
 */
export async function runInPool(workers: readonly PoolWorker[], run: PoolRun): Promise<RunResult> {
  if (workers.length === 0) throw new RangeError('runInPool: a pool has at least one worker');
  const fractions = new Float64Array(run.replications);
  const report = (progress: RunProgress): void => {
    fractions[progress.replication] = progress.fraction;
    const total = fractions.reduce((sum, fraction) => sum + fraction, 0);
    run.onProgress?.({ ...progress, fraction: total / run.replications });
  };
  const callback = run.wrapCallback ? run.wrapCallback(report) : report;
  const results: ReplicationResult[] = [];
  let next = 0;
  const drain = async (worker: PoolWorker): Promise<void> => {
    while (next < run.replications) {
      const index = next;
      next += 1;
      const finished = await worker.runReplications(
        run.scenario,
        {
          seed: run.seed,
          indices: [index],
          ...(run.scenarioHash === undefined ? {} : { scenarioHash: run.scenarioHash }),
        },
        callback,
      );
      for (const replication of finished) {
        results.push(replication);
        run.onReplication?.(replication, results.length);
      }
    }
  };
  await Promise.all(workers.map(drain));
  return (workers[0] as PoolWorker).assembleRun(run.scenario, run.seed, results);
}

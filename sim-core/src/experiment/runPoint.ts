/**
 * The unit of work of an experiment, the same on a local thread and on a queue worker: some
 * replications of one point, run through the run pipeline, reduced to the kept figures. Small
 * in, small out: a task carries the point's validated scenario, and its answer is a few numbers
 * per replication, never the replication's matrices.
 */
import { createCompiledScenarioCache } from '../api/compiledScenarioCache.ts';
import { replicationSeedsOf, runReplicationNow } from '../api/runPipeline.ts';
import type { Scenario } from '../scenario/schema.ts';
import { metricRows, type MetricRow } from './metrics.ts';

export interface PointTask {
  point: number;
  scenario: Scenario;
  seed: number;
  /** Replication indices to run (seeded from `seed` and the index, as in any run). */
  replications: number[];
  metrics: string[];
}

/** The kept figures of one replication of a point. */
export interface ReplicationRows {
  replication: number;
  rows: MetricRow[];
}

/**
 * Runs points' replications, compiling each scenario once per runner (a thread, a queue worker's
 * thread): the cache (keyed by content hash, a few scenarios) serves a task that comes back, as
 * a retried job or the replications a target search adds to a value do.
 */
export function createPointRunner(): (
  task: PointTask,
  onProgress?: (fraction: number) => void,
) => ReplicationRows[] {
  const cache = createCompiledScenarioCache();
  return (task, onProgress) => {
    const { compiled } = cache.compiled(task.scenario);
    const seeds = replicationSeedsOf(task.seed, task.replications);
    return task.replications.map((replication, k) => {
      const result = runReplicationNow(compiled, replication, seeds[k] as number, {
        keepTrips: false,
        onProgress: (fraction) => onProgress?.((k + fraction) / task.replications.length),
      });
      return { replication, rows: metricRows(result, task.metrics) };
    });
  };
}

/**
 * The unit of work of an experiment, the same on a local thread and on a queue worker: some
 * replications of one point, run through the run pipeline, reduced to the kept figures. Small
 * in, small out: a task carries the point's validated scenario, and its answer is a few numbers
 * per replication, never the replication's matrices.
 */
import { planRun, runReplicationNow } from '../api/runPipeline.ts';
import { compileScenario, type CompiledScenario } from '../model/index.ts';
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

/** Compiles a point's scenario once for all its replications (a worker keeps the last one). */
export function createPointRunner(): (
  task: PointTask,
  onProgress?: (fraction: number) => void,
) => ReplicationRows[] {
  let last: { scenario: Scenario; compiled: CompiledScenario } | undefined;
  return (task, onProgress) => {
    if (last?.scenario !== task.scenario)
      last = { scenario: task.scenario, compiled: compileScenario(task.scenario) };
    const compiled = last.compiled;
    const seeds = planRun(task.scenario, {
      seed: task.seed,
      replications: Math.max(...task.replications) + 1,
    }).provenance.replicationSeeds;
    return task.replications.map((replication, k) => {
      const result = runReplicationNow(compiled, replication, seeds[replication] as number, {
        keepTrips: false,
        onProgress: (fraction) => onProgress?.((k + fraction) / task.replications.length),
      });
      return { replication, rows: metricRows(result, task.metrics) };
    });
  };
}

/**
 * Runs the unfinished points of an experiment on an executor (local threads, or a queue's
 * workers), saving each point as it completes, and returns every point's figures in point order.
 */
import type { ExperimentPlan } from '../../src/experiment/planExperiment.ts';
import type { PointResult } from '../../src/experiment/experimentOutputs.ts';
import { createPointRunner, type PointTask, type ReplicationRows } from '../../src/experiment/runPoint.ts';
import { createThreadPool } from '../run/threadPool.ts';

/** Runs one task somewhere and answers with its figures. */
export interface PointExecutor {
  run(task: PointTask, onProgress: (fraction: number) => void): Promise<ReplicationRows[]>;
  close(): Promise<void>;
}

const POINT_WORKER = new URL('./pointWorker.ts', import.meta.url);

/** `threads` worker threads, or this thread when 1. */
export async function localExecutor(threads: number): Promise<PointExecutor> {
  if (threads <= 1) {
    const runner = createPointRunner();
    return {
      run: async (task, onProgress) => {
        // A macrotask turn per point: the point before it is saved before this one starts.
        await new Promise((resolve) => setImmediate(resolve));
        return runner(task, onProgress);
      },
      close: async () => undefined,
    };
  }
  return createThreadPool<PointTask, ReplicationRows[]>(POINT_WORKER, threads);
}

export function pointTask(plan: ExperimentPlan, point: number): PointTask {
  const p = plan.points[point];
  if (!p) throw new RangeError(`no point ${point}`);
  return {
    point,
    scenario: p.scenario,
    seed: p.seed,
    replications: Array.from({ length: plan.experiment.replications }, (_, i) => i),
    metrics: plan.experiment.metrics,
  };
}

export async function runPoints(
  plan: ExperimentPlan,
  done: ReadonlyMap<number, PointResult>,
  executor: PointExecutor,
  onPointDone: (result: PointResult) => void,
  onProgress: (fraction: number) => void,
): Promise<PointResult[]> {
  const total = plan.points.length;
  const partial = new Map<number, number>();
  let finished = done.size;
  const report = (): void => {
    let sum = finished;
    for (const fraction of partial.values()) sum += fraction;
    onProgress(sum / total);
  };
  const results = new Map(done);
  const pending = plan.points.filter((p) => !done.has(p.index)).map((p) => p.index);
  await Promise.all(
    pending.map(async (point) => {
      const replications = await executor.run(pointTask(plan, point), (fraction) => {
        partial.set(point, fraction);
        report();
      });
      const result: PointResult = { point, replications };
      partial.delete(point);
      finished += 1;
      results.set(point, result);
      onPointDone(result);
      report();
    }),
  );
  return [...results.values()].sort((a, b) => a.point - b.point);
}

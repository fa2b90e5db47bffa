// An experiment's points spread over a pool of experiment workers. Every worker prepares the same
// experiment file over the same base document (sim-core's planning, as `scoda-sim experiment`), so
// they all hold the same points; each then takes the next point as soon as it is free. A point's
// figures depend only on the file (its scenario, seed and replication seeds), so where a point ran
// never changes a figure, and the tables are written in point order: the command line's bytes.
// No browser API here: the app drives it with Web Workers, the Node tests with worker_threads.
import type {
  ExperimentOutline,
  ExperimentPlanOutcome,
  ExperimentPointResult,
  ExperimentTables,
} from '../../../sim-core/src/api/experimentTypes.ts';

/** The experiment API calls a pool worker answers, as they look across comlink (promises). */
export interface ExperimentWorker {
  prepare(experiment: unknown, baseScenario: unknown): Promise<ExperimentPlanOutcome>;
  runPoint(
    point: number,
    onProgress?: (fraction: number, point: number) => void,
  ): Promise<ExperimentPointResult>;
  tables(results: ExperimentPointResult[]): Promise<ExperimentTables>;
}

export interface ExperimentRunOutcome {
  outline: ExperimentOutline;
  /** Every point's figures, in point order. */
  results: ExperimentPointResult[];
  tables: ExperimentTables;
}

export interface ExperimentPoolRun {
  experiment: unknown;
  baseScenario: unknown;
  /** The whole experiment's fraction done, 0..1, and the points finished. */
  onProgress?: (fraction: number, pointsDone: number, points: number) => void;
  /** A finished point (in completion order), for showing results as they come. */
  onPoint?: (result: ExperimentPointResult, outline: ExperimentOutline) => void;
  /** The first worker's outline when it is already prepared (prepareOn): it is not planned again. */
  firstOutline?: ExperimentOutline;
  /** Wraps a per-point progress callback for the message boundary (Comlink.proxy in the app). */
  wrapCallback?: <F extends (fraction: number, point: number) => void>(callback: F) => F;
}

/** Thrown when the experiment file or its base scenario is invalid: every issue, with its path. */
export class ExperimentInvalidError extends Error {
  override readonly name = 'ExperimentInvalidError';
  constructor(readonly issues: Array<{ path: string; message: string }>) {
    super(issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n'));
  }
}

/** Plans on the first worker (its outline says how many points there are); the others follow. */
export async function prepareOn(
  worker: ExperimentWorker,
  experiment: unknown,
  baseScenario: unknown,
): Promise<ExperimentOutline> {
  const outcome = await worker.prepare(experiment, baseScenario);
  if (!outcome.ok) throw new ExperimentInvalidError(outcome.issues);
  return outcome.outline;
}

/**
 * Runs every point of the experiment on `workers` (each prepares the file, the first unless
 * `firstOutline` says it has) and writes the tables on the first worker.
 */
export async function runExperimentInPool(
  workers: readonly ExperimentWorker[],
  run: ExperimentPoolRun,
): Promise<ExperimentRunOutcome> {
  const first = workers[0];
  if (!first) throw new RangeError('runExperimentInPool: a pool has at least one worker');
  const outlines = await Promise.all(
    workers.map((w, i) =>
      i === 0 && run.firstOutline ? run.firstOutline : prepareOn(w, run.experiment, run.baseScenario),
    ),
  );
  const outline = outlines[0] as ExperimentOutline;
  if (outlines.some((o) => o.experimentHash !== outline.experimentHash))
    throw new Error('the experiment workers planned different experiments');
  const count = outline.points.length;
  const fractions = new Float64Array(count);
  let done = 0;
  const report = (): void => {
    const total = fractions.reduce((sum, fraction) => sum + fraction, 0);
    run.onProgress?.(count === 0 ? 1 : total / count, done, count);
  };
  const results: ExperimentPointResult[] = [];
  let next = 0;
  const drain = async (worker: ExperimentWorker): Promise<void> => {
    // One progress callback per worker (one proxy across the boundary, not one per point).
    // Progress messages may arrive after the point's answer: a finished point stays at 1.
    const onFraction = (fraction: number, point: number): void => {
      if (!(fraction > (fractions[point] as number))) return;
      fractions[point] = fraction;
      report();
    };
    const callback = run.wrapCallback ? run.wrapCallback(onFraction) : onFraction;
    while (next < count) {
      const point = (outline.points[next] as { index: number }).index;
      next += 1;
      const result = await worker.runPoint(point, callback);
      fractions[point] = 1;
      done += 1;
      results.push(result);
      run.onPoint?.(result, outline);
      report();
    }
  };
  await Promise.all(workers.map(drain));
  results.sort((a, b) => a.point - b.point);
  return { outline, results, tables: await first.tables(results) };
}

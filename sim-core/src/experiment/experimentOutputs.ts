/**
 * The files of an experiment, the same bytes for the same experiment however its points were run
 * (threads, queue workers, resumed after a kill): every table is written from the plan and the
 * per-point figures in point order, never in completion order.
 * - results.csv: tidy, one row per point, replication, metric and year;
 * - summary.csv: per point, metric and year the mean and 95 % CI over replications;
 * - manifest.json: experiment hash, engine version, base scenario, every point's values and seeds.
 * CSV rules (BOM, CRLF, quoting, numbers) are the run's (results/csvFormat.ts).
 */
import { confidenceInterval95 } from '../vocabulary/confidenceInterval.ts';
import { csvLine, type Cell } from '../results/csvFormat.ts';
import type { ExperimentPlan } from './planExperiment.ts';
import type { ReplicationRows } from './runPoint.ts';

/** The figures of one finished point, replications in index order. */
export interface PointResult {
  point: number;
  replications: ReplicationRows[];
}

/**
 * Figures as they come back from JSON (a point file, a queue job's return value): JSON has no NaN,
 * so a figure with nothing to measure travels as null; this puts NaN back, in place.
 */
export function restoreNaN(replications: ReplicationRows[]): ReplicationRows[] {
  for (const replication of replications)
    for (const row of replication.rows) if (row.value === null) row.value = NaN;
  return replications;
}

function parameterCells(plan: ExperimentPlan, point: number): Cell[] {
  return (plan.points[point]?.values ?? []).map((value) => value);
}

/** The tidy results, line by line (header first). `results` in any order, one per point. */
export function* resultsCsvLines(plan: ExperimentPlan, results: readonly PointResult[]): Generator<string> {
  const ids = plan.experiment.parameters.map((p) => p.id);
  yield csvLine(['point', ...ids, 'replication', 'metric', 'year', 'value']);
  for (const result of [...results].sort((a, b) => a.point - b.point)) {
    const params = parameterCells(plan, result.point);
    for (const { replication, rows } of result.replications)
      for (const row of rows)
        yield csvLine([result.point, ...params, replication, row.metric, row.year ?? '', row.value]);
  }
}

/** Per point, metric and year: replications, mean and 95 % CI (Student t, as every run's CI). */
export function* summaryCsvLines(plan: ExperimentPlan, results: readonly PointResult[]): Generator<string> {
  const ids = plan.experiment.parameters.map((p) => p.id);
  yield csvLine(['point', ...ids, 'metric', 'year', 'replications', 'mean', 'ci95_low', 'ci95_high']);
  for (const result of [...results].sort((a, b) => a.point - b.point)) {
    const params = parameterCells(plan, result.point);
    const first = result.replications[0]?.rows ?? [];
    for (let r = 0; r < first.length; r++) {
      const row = first[r] as (typeof first)[number];
      const values = result.replications.map((rep) => rep.rows[r]?.value ?? NaN);
      const e = confidenceInterval95(values);
      yield csvLine([
        result.point,
        ...params,
        row.metric,
        row.year ?? '',
        values.length,
        e.mean,
        e.low,
        e.high,
      ]);
    }
  }
}

/** The manifest's JSON text (two-space, final newline): what reproduces every point. */
export function manifestJson(plan: ExperimentPlan): string {
  const manifest = {
    format: 'scoda-experiment-manifest',
    experimentHash: plan.experimentHash,
    engineVersion: plan.engineVersion,
    baseScenario: plan.baseScenario,
    design: plan.experiment.design,
    parameters: plan.experiment.parameters.map((p, i) => ({
      id: p.id,
      path: p.path,
      base: plan.baseValues[i],
    })),
    replications: plan.experiment.replications,
    metrics: plan.experiment.metrics,
    points: plan.points.map((point) => ({
      point: point.index,
      values: point.values,
      ...(point.varied === undefined
        ? {}
        : { varied: plan.experiment.parameters[point.varied]?.id ?? 'base' }),
      scenarioHash: point.scenarioHash,
      seed: point.seed,
      replicationSeeds: point.replicationSeeds,
    })),
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

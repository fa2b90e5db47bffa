/**
 * The experiment worker's API (contract: api/experimentTypes.ts): the command line's planning,
 * point runs and tables, for the app. Each worker of the app's pool prepares the same experiment
 * file over the same base document, so it derives the same points, scenarios and seeds as
 * `scoda-sim experiment` does, and is then sent point indices only (no scenario crosses the
 * boundary). Pure: no DOM, no Node.
 */
import type {
  ExperimentApi,
  ExperimentOutline,
  ExperimentPointResult,
  ExperimentTables,
} from '../api/experimentTypes.ts';
import { csvFile } from '../results/csvFormat.ts';
import { manifestJson, resultsCsvLines, summaryCsvLines } from './experimentOutputs.ts';
import { parseExperiment, planExperiment, pointDocument, type ExperimentPlan } from './planExperiment.ts';
import { createPointRunner } from './runPoint.ts';

function outlineOf(plan: ExperimentPlan): ExperimentOutline {
  return {
    experimentHash: plan.experimentHash,
    engineVersion: plan.engineVersion,
    baseScenario: plan.baseScenario,
    parameters: plan.experiment.parameters.map((p, i) => ({
      id: p.id,
      path: p.path,
      base: plan.baseValues[i] as number,
    })),
    design: plan.experiment.design,
    replications: plan.experiment.replications,
    metrics: plan.experiment.metrics,
    points: plan.points.map((point) => ({
      index: point.index,
      values: point.values,
      ...(point.varied === undefined ? {} : { varied: point.varied }),
      seed: point.seed,
    })),
  };
}

export function createExperimentApi(): ExperimentApi {
  let prepared: { plan: ExperimentPlan; baseDocument: unknown } | undefined;
  const runner = createPointRunner();
  const plan = (): ExperimentPlan => {
    if (!prepared) throw new Error('experiment worker: prepare an experiment first');
    return prepared.plan;
  };
  const pointOf = (point: number): ExperimentPlan['points'][number] => {
    const found = plan().points[point];
    if (!found) throw new RangeError(`experiment worker: the plan has no point ${point}`);
    return found;
  };
  return {
    prepare: (experiment, baseScenario) => {
      prepared = undefined;
      const parsed = parseExperiment(experiment);
      if (!parsed.ok) return parsed;
      const planned = planExperiment(parsed.value, baseScenario);
      if (!planned.ok) return planned;
      prepared = { plan: planned.plan, baseDocument: baseScenario };
      return { ok: true, outline: outlineOf(planned.plan) };
    },
    runPoint: (point, onProgress) => {
      const p = pointOf(point);
      const { experiment } = plan();
      const replications = runner(
        {
          point,
          scenario: p.scenario,
          seed: p.seed,
          replications: Array.from({ length: experiment.replications }, (_, i) => i),
          metrics: experiment.metrics,
        },
        onProgress && ((fraction) => onProgress(fraction, point)),
      );
      return { point, replications };
    },
    tables: (results: ExperimentPointResult[]): ExperimentTables => ({
      'results.csv': csvFile(resultsCsvLines(plan(), results)),
      'summary.csv': csvFile(summaryCsvLines(plan(), results)),
      'manifest.json': manifestJson(plan()),
    }),
    pointScenario: (point) => pointDocument(plan().experiment, prepared?.baseDocument, pointOf(point).values),
  };
}

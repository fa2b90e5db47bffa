/**
 * From an experiment file and its base scenario document to the list of points: each point's
 * parameter values, validated scenario, seed and replication seeds follow from the two inputs
 * alone, so any machine derives the same points. Problems come back as issues naming the JSON
 * path in the experiment file and what was expected.
 */
import { planRun } from '../api/runPipeline.ts';
import type { ValidationIssue as ScenarioIssue } from '../api/types.ts';

/** A problem in an experiment file (or in the scenario it names): where, and what was expected. */
export type ValidationIssue = Pick<ScenarioIssue, 'path' | 'message'>;
import { ENGINE_VERSION } from '../api/engineVersion.ts';
import { canonicalJson, scenarioHash } from '../scenario/hash.ts';
import { formatZodIssues } from '../scenario/formatZodIssues.ts';
import type { Scenario } from '../scenario/schema.ts';
import { validateScenario } from '../scenario/validate.ts';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { gridDesign, latinHypercubeDesign, oneAtATimeDesign, parameterLevels } from './designs.ts';
import { metricProblem } from './metrics.ts';
import { PathError, readPath, writePath } from './scenarioPath.ts';
import type { z } from 'zod';
import { Experiment, TargetSeek } from './schema.ts';

/** One point of an experiment. */
export interface ExperimentPoint {
  index: number;
  /** Parameter values in the order of the experiment's parameters. */
  values: number[];
  /** One-at-a-time designs: the index of the parameter this point varies (-1 for the base). */
  varied?: number;
  scenario: Scenario;
  scenarioHash: string;
  seed: number;
  replicationSeeds: number[];
}

export interface ExperimentPlan {
  experiment: Experiment;
  /** SHA-256 of the experiment and its base scenario: what a resumed run must match. */
  experimentHash: string;
  engineVersion: string;
  baseScenario: { id: string; hash: string };
  /** The base scenario's values of the parameters (after the overrides). */
  baseValues: number[];
  points: ExperimentPoint[];
}

/** Invalid points whose problems are listed one by one; the rest are counted. */
const MAX_POINTS_REPORTED = 3;

export type ExperimentOutcome = { ok: true; plan: ExperimentPlan } | { ok: false; issues: ValidationIssue[] };

type Parsed<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

function parseWith<T>(schema: z.ZodType<T>, input: unknown): Parsed<T> {
  const parsed = schema.safeParse(input, { reportInput: true });
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, issues: formatZodIssues(parsed.error.issues) };
}

/** Parses an experiment document (any JSON value): every problem, each with its JSON path. */
export const parseExperiment = (input: unknown): Parsed<Experiment> => parseWith(Experiment, input);

/** Parses a target-seeking document (any JSON value): every problem, each with its JSON path. */
export const parseTargetSeek = (input: unknown): Parsed<TargetSeek> => parseWith(TargetSeek, input);

/**
 * The experiment whose points are a target search's candidate values (a one-parameter grid), so
 * a search plans, validates and runs its points as any experiment does.
 */
export function targetExperiment(target: TargetSeek): Experiment {
  return {
    format: 'scoda-experiment',
    version: target.version,
    scenario: target.scenario,
    ...(target.seed === undefined ? {} : { seed: target.seed }),
    overrides: target.overrides,
    parameters: [target.parameter],
    design: { kind: 'grid' },
    replications: target.replications.max,
    metrics: [...new Set(target.conditions.map((condition) => condition.metric))],
  };
}

function issue(path: string, message: string): ValidationIssue {
  return { path, message };
}

function applyOverrides(experiment: Experiment, document: unknown, issues: ValidationIssue[]): unknown {
  let out = document;
  experiment.overrides.forEach((override, i) => {
    try {
      out = writePath(out, override.path, override.value);
    } catch (error) {
      if (!(error instanceof PathError)) throw error;
      issues.push(issue(`overrides[${i}].path`, error.message));
    }
  });
  return out;
}

function baseValuesOf(experiment: Experiment, document: unknown, issues: ValidationIssue[]): number[] {
  return experiment.parameters.map((parameter, i) => {
    try {
      const value = readPath(document, parameter.path);
      if (typeof value === 'number') return value;
      issues.push(
        issue(`parameters[${i}].path`, `expected a path to a number, the scenario has ${typeof value} there`),
      );
    } catch (error) {
      if (!(error instanceof PathError)) throw error;
      issues.push(issue(`parameters[${i}].path`, error.message));
    }
    return NaN;
  });
}

function designRows(experiment: Experiment, baseValues: number[]): { rows: number[][]; varied?: number[] } {
  const { design, parameters } = experiment;
  const levels = parameters.map(parameterLevels);
  if (design.kind === 'grid') return { rows: gridDesign(levels) };
  if (design.kind === 'latin-hypercube')
    return { rows: latinHypercubeDesign(parameters, design.points, design.seed) };
  return oneAtATimeDesign(levels, baseValues);
}

/** `document` with each parameter's value of a point written at its path. */
function writeParameters(experiment: Experiment, document: unknown, values: readonly number[]): unknown {
  let out = document;
  experiment.parameters.forEach((parameter, p) => {
    out = writePath(out, parameter.path, values[p]);
  });
  return out;
}

/**
 * A point's scenario as a scenario file holds it (not validated, not filled with defaults): the
 * base document with the overrides and the point's values written, as planExperiment writes them.
 * For a plan made from the same experiment and document (its paths are known to lead somewhere).
 */
export function pointDocument(
  experiment: Experiment,
  baseDocument: unknown,
  values: readonly number[],
): unknown {
  const issues: ValidationIssue[] = [];
  const withOverrides = applyOverrides(experiment, baseDocument, issues);
  if (issues.length > 0) throw new PathError(issues.map((i) => `${i.path}: ${i.message}`).join('; '));
  return writeParameters(experiment, withOverrides, values);
}

/**
 * Plans an experiment over a base scenario document (the scenario file's JSON). The points are
 * validated scenarios; an invalid point is reported with its parameter values.
 */
export function planExperiment(experiment: Experiment, baseDocument: unknown): ExperimentOutcome {
  const issues: ValidationIssue[] = [];
  const baseOutcome = validateScenario(baseDocument);
  if (!baseOutcome.ok)
    return {
      ok: false,
      issues: baseOutcome.issues.map((i) =>
        issue('scenario', `the base scenario is invalid: ${i.path}: ${i.message}`),
      ),
    };
  const withOverrides = applyOverrides(experiment, baseDocument, issues);
  const overridden = issues.length === 0 ? validateScenario(withOverrides) : baseOutcome;
  if (!overridden.ok) {
    const problems = overridden.issues.map((i) =>
      issue('overrides', `make an invalid scenario: ${i.path}: ${i.message}`),
    );
    return { ok: false, issues: problems };
  }
  const baseValues = baseValuesOf(experiment, withOverrides, issues);
  experiment.metrics.forEach((metric, i) => {
    const problem = metricProblem(metric, baseOutcome.scenario);
    if (problem) issues.push(issue(`metrics[${i}]`, problem));
  });
  if (issues.length > 0) return { ok: false, issues };
  const seed = experiment.seed ?? baseOutcome.scenario.seed;
  const design = designRows(experiment, baseValues);
  const points: ExperimentPoint[] = [];
  let invalidPoints = 0;
  design.rows.forEach((values, index) => {
    const outcome = validateScenario(writeParameters(experiment, withOverrides, values));
    if (!outcome.ok) {
      // The first few points' problems say what is wrong; a count says how widespread it is.
      if (++invalidPoints > MAX_POINTS_REPORTED) return;
      const where = experiment.parameters.map((parameter, p) => `${parameter.id}=${values[p]}`).join(', ');
      for (const problem of outcome.issues.slice(0, 5))
        issues.push(
          issue(
            'parameters',
            `point ${index} (${where}) makes an invalid scenario: ${problem.path}: ${problem.message}`,
          ),
        );
      return;
    }
    const run = planRun(outcome.scenario, { seed, replications: experiment.replications });
    points.push({
      index,
      values,
      ...(design.varied ? { varied: design.varied[index] as number } : {}),
      scenario: outcome.scenario,
      scenarioHash: run.provenance.scenarioHash,
      seed,
      replicationSeeds: run.provenance.replicationSeeds,
    });
  });
  if (invalidPoints > MAX_POINTS_REPORTED)
    issues.push(
      issue('parameters', `and ${invalidPoints - MAX_POINTS_REPORTED} more points make an invalid scenario`),
    );
  if (issues.length > 0) return { ok: false, issues };
  const baseHash = scenarioHash(baseOutcome.scenario);
  return {
    ok: true,
    plan: {
      experiment,
      experimentHash: bytesToHex(
        sha256(
          utf8ToBytes(
            canonicalJson({ experiment: { ...experiment, $schema: undefined }, baseScenarioHash: baseHash }),
          ),
        ),
      ),
      engineVersion: ENGINE_VERSION,
      baseScenario: { id: baseOutcome.scenario.id, hash: baseHash },
      baseValues,
      points,
    },
  };
}

/**
 * The experiment file, format version 1: a base scenario, the parameters to vary (paths into the
 * scenario, each with a list of values or a range), a design that picks the points, replications
 * per point and the metrics to keep. Every point's scenario and seed follow from this file alone
 * (points.ts), so an experiment is reproduced from its file and the engine version.
 *
 * The JSON Schema for editors is generated from this file (experimentJsonSchema.ts).
 */
import { z } from 'zod';

/** The current experiment format version. */
export const EXPERIMENT_VERSION = 1;

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a kebab-case id (a-z, 0-9, -)')
  .max(80);
const seed = z
  .number()
  .int()
  .min(0)
  .max(2 ** 32 - 1);

/**
 * A path into the scenario as the validation messages write it, with array items also picked by
 * id: `services[sco-almaty].timetable.departuresPerWeek`, `nodes[3].processes[0].servers`.
 */
export const ScenarioPath = z
  .string()
  .regex(
    /^[A-Za-z_][A-Za-z0-9_]*(\[[a-z0-9][a-z0-9-]*\]|\.[A-Za-z_][A-Za-z0-9_]*)*$/,
    'expected a scenario path such as services[sco-almaty].timetable.departuresPerWeek',
  );

/** Evenly spaced values from `from` to `to` inclusive: by `step`, or `count` of them. */
export const Range = z
  .strictObject({
    from: z.number().finite(),
    to: z.number().finite(),
    step: z.number().finite().positive().optional(),
    count: z.number().int().min(2).max(1000).optional(),
    /** Round each value to a whole number (servers, trains). */
    integer: z.boolean().default(false),
  })
  .refine((range) => (range.step === undefined) !== (range.count === undefined), {
    message: 'expected exactly one of "step" and "count"',
  });

export const Parameter = z
  .strictObject({
    /** Column name in the outputs. */
    id,
    path: ScenarioPath,
    values: z.array(z.number().finite()).min(1).max(1000).optional(),
    range: Range.optional(),
  })
  .refine((parameter) => (parameter.values === undefined) !== (parameter.range === undefined), {
    message: 'expected exactly one of "values" and "range"',
  });

export const Design = z.discriminatedUnion('kind', [
  /** Every combination of every parameter's values. */
  z.strictObject({ kind: z.literal('grid') }),
  /**
   * `points` points, each parameter's span cut into `points` strata and each stratum used once,
   * the pairing shuffled by the design's own seed (McKay, Beckman & Conover 1979).
   */
  z.strictObject({ kind: z.literal('latin-hypercube'), points: z.number().int().min(2).max(10_000), seed }),
  /** The base point, then each parameter through its values with the others at the base. */
  z.strictObject({ kind: z.literal('one-at-a-time') }),
]);

/** A KPI of the scenario's results (one value per simulated year) or a whole-run figure. */
export const Metric = z
  .string()
  .regex(
    /^(trainsPerYear|scoTradeValueUsd|scoTradeGrowth|meanSeaRailTransitDays|co2PerTeuTonnes|teuDelivered|backlogTeu|transit\.(meanDays|p50Days|p95Days|delivered):[a-z0-9][a-z0-9-]*|(nodes|links|modes|corridors)\.[A-Za-z]+:[a-z0-9][a-z0-9-]*)$/,
    'expected a KPI (trainsPerYear, meanSeaRailTransitDays, ...), transit.meanDays:<demand id> or <nodes|links|modes|corridors>.<metric>:<id>',
  );

/** The fields an experiment and a target search share: the base scenario and how points start. */
const baseFields = {
  $schema: z.string().optional(),
  version: z.literal(EXPERIMENT_VERSION),
  /** The base scenario: a built-in id, or a file path relative to the experiment file. */
  scenario: z.string().min(1),
  /**
   * The base seed of every point (common random numbers: points differ by their parameters, not
   * by their luck, which sharpens comparisons); default the scenario's seed.
   */
  seed: seed.optional(),
  /** Set before the parameters, on every point (a shorter horizon, say). */
  overrides: z
    .array(z.strictObject({ path: ScenarioPath, value: z.unknown() }))
    .max(100)
    .default([]),
};

export const Experiment = z.strictObject({
  format: z.literal('scoda-experiment'),
  ...baseFields,
  parameters: z.array(Parameter).min(1).max(20),
  design: Design,
  replications: z.number().int().min(1).max(100),
  metrics: z.array(Metric).min(1).max(100),
});

export type Experiment = z.output<typeof Experiment>;
export type ExperimentInput = z.input<typeof Experiment>;
export type Parameter = z.output<typeof Parameter>;
export type Design = z.output<typeof Design>;

/** A KPI condition: `metric` (in `year`, default the run's last year) `op` `value`. */
export const Condition = z.strictObject({
  metric: Metric,
  year: z.number().int().optional(),
  op: z.enum(['>=', '<=']),
  value: z.number().finite(),
});

/**
 * Target seeking: the smallest (or largest) value of one parameter whose point meets every
 * condition with 95 % confidence. Replications are added in batches to a value only while its
 * confidence intervals still straddle a threshold, up to `max`.
 */
export const TargetSeek = z.strictObject({
  format: z.literal('scoda-target'),
  ...baseFields,
  parameter: Parameter,
  goal: z.enum(['smallest', 'largest']),
  conditions: z.array(Condition).min(1).max(20),
  replications: z
    .strictObject({
      initial: z.number().int().min(2).max(100).default(3),
      batch: z.number().int().min(1).max(100).default(2),
      max: z.number().int().min(2).max(100).default(20),
    })
    .default({ initial: 3, batch: 2, max: 20 }),
});

export type Condition = z.output<typeof Condition>;
export type TargetSeek = z.output<typeof TargetSeek>;

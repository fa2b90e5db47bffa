/**
 * The contract of the experiment worker (sim-core/worker/experiment.worker.ts), the app's way to
 * run experiments: the same planning, point runs and tables as `scoda-sim experiment`, behind a
 * message boundary. Plain data only; the implementation is sim-core/src/experiment/experimentApi.ts
 * (experiments are built on the api layer, so their contract is declared here, structurally).
 */
import type { ValidationIssue } from '../vocabulary/validationIssue.ts';

/** An experiment file (format "scoda-experiment", version 1), as the app writes it. */
export interface ExperimentFile {
  $schema?: string;
  format: 'scoda-experiment';
  version: 1;
  /** The base scenario: a built-in id, or a file path relative to the experiment file. */
  scenario: string;
  seed?: number;
  overrides?: Array<{ path: string; value: unknown }>;
  parameters: Array<{
    id: string;
    /** A scenario path: `services[sco-almaty].timetable.departuresPerWeek`. */
    path: string;
    values?: number[];
    range?: { from: number; to: number; step?: number; count?: number; integer?: boolean };
  }>;
  design:
    { kind: 'grid' } | { kind: 'latin-hypercube'; points: number; seed: number } | { kind: 'one-at-a-time' };
  replications: number;
  metrics: string[];
}

/** What a planned experiment is, without its points' scenarios (those stay in the worker). */
export interface ExperimentOutline {
  experimentHash: string;
  engineVersion: string;
  baseScenario: { id: string; hash: string };
  parameters: Array<{ id: string; path: string; base: number }>;
  design: ExperimentFile['design'];
  replications: number;
  metrics: string[];
  /** `varied`: one-at-a-time designs, the index of the parameter the point varies (-1: the base). */
  points: Array<{ index: number; values: number[]; varied?: number; seed: number }>;
}

/** One kept figure of one replication; `year` undefined for a whole-run figure; NaN: nothing measured. */
export interface ExperimentFigure {
  metric: string;
  year: number | undefined;
  value: number;
}

/** The figures of one finished point, replications in index order. */
export interface ExperimentPointResult {
  point: number;
  replications: Array<{ replication: number; rows: ExperimentFigure[] }>;
}

/** The command line's files of an experiment, the same bytes. */
export interface ExperimentTables {
  'results.csv': string;
  'summary.csv': string;
  'manifest.json': string;
}

export type ExperimentPlanOutcome =
  | { ok: true; outline: ExperimentOutline }
  | { ok: false; issues: Array<Pick<ValidationIssue, 'path' | 'message'>> };

/** One experiment worker: plans an experiment once, then runs any of its points. */
export interface ExperimentApi {
  /**
   * Parses and plans `experiment` over the base scenario document and keeps the plan in this
   * worker (every worker of a pool plans the same file to the same points). Every problem comes
   * back with its JSON path in the experiment file.
   */
  prepare(experiment: unknown, baseScenario: unknown): ExperimentPlanOutcome;
  /**
   * Runs every replication of one point of the prepared plan; `onProgress` gets the point's
   * fraction done, 0..1, and the point (so one callback can serve a worker's every point).
   */
  runPoint(point: number, onProgress?: (fraction: number, point: number) => void): ExperimentPointResult;
  /** The tidy results, summary and manifest of the prepared plan, as `scoda-sim experiment` writes. */
  tables(results: ExperimentPointResult[]): ExperimentTables;
  /**
   * The base scenario document with the overrides and one point's parameter values written in,
   * as a scenario file would hold it (the input form, not the validated one).
   */
  pointScenario(point: number): unknown;
}

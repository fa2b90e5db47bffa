/**
 * The public contract of the simulation core: what goes in (a scenario), what comes out
 * (columnar results, defined in ../vocabulary), and the API the worker exposes. The renderer
 * imports these with `import type` only (values it shares with the engine, such as MODES, come
 * from ../vocabulary).
 */
import type { ValidationCode } from '../scenario/issueMessages.ts';
import type { Scenario, ScenarioInput } from '../scenario/schema.ts';
import type { ValidationOutcome } from '../scenario/validate.ts';
import type { CsvFiles, ReplicationResult, RunProgress, RunResult } from '../vocabulary/runResult.ts';
import type { ValidationIssue as IssueOf } from '../vocabulary/validationIssue.ts';

export type { Mode } from '../vocabulary/modes.ts';
export type { Scenario, ScenarioInput } from '../scenario/schema.ts';
export type { ValidationOutcome } from '../scenario/validate.ts';
export type * from '../vocabulary/runResult.ts';
export type { ValidationCode };
/** One validation problem, its code one of the scenario layer's rules. */
export type ValidationIssue = IssueOf<ValidationCode>;
export type { VehicleKind } from '../vocabulary/modes.ts';

export interface RunOptions {
  seed?: number;
  /** 1 to 100. */
  replications?: number;
  onProgress?: (progress: RunProgress) => void;
  /** Cancels the run when `aborted` turns true (an AbortSignal fits). Checked between chunks. */
  signal?: { readonly aborted: boolean };
}

/** The coarse API the worker exposes: scenario in, columnar results out. */
export interface SimApi {
  engineVersion(): string;
  /** Every problem at once, each with its JSON path. Accepts any JSON value. */
  validateScenario(input: unknown): ValidationOutcome;
  /**
   * The hash a run of this validated scenario carries in {@link RunProvenance.scenarioHash}: with
   * the engine version, seed and replications it names a result before it is computed (the
   * renderer's result cache is keyed by it).
   */
  hashScenario(scenario: Scenario): string;
  /**
   * Runs a scenario (validated first; throws a ScenarioError listing the issues when invalid).
   * `onProgress` may also come as the third argument, called besides `options.onProgress`: across
   * the worker boundary comlink proxies only top-level arguments, so pass
   * `runScenario(input, { seed, replications }, Comlink.proxy(onProgress))` there.
   */
  runScenario(
    input: ScenarioInput | unknown,
    options?: RunOptions,
    onProgress?: (progress: RunProgress) => void,
  ): Promise<RunResult>;
  /**
   * Some replications of a run of an ALREADY VALIDATED scenario (the pool's share for one worker):
   * replication i is seeded from `seed` and i, as in runScenario, so the results do not depend on
   * how a run is split. `onProgress` reports each replication's own fraction, 0..1.
   * `scenarioHash`, when the caller has it, must be the scenario's own (hashScenario's): the
   * worker then finds its compiled scenario without hashing the scenario again on every call
   * (tens of ms a call, a few % of a 1-year replication).
   */
  runReplications(
    scenario: Scenario,
    request: { seed: number; indices: number[]; scenarioHash?: string },
    onProgress?: (progress: RunProgress) => void,
  ): Promise<ReplicationResult[]>;
  /** The RunResult of a run whose replications (all of them, any order) ran in a pool. */
  assembleRun(scenario: Scenario, seed: number, replications: ReplicationResult[]): RunResult;
  /** The tidy CSVs of a run, byte-identical to the command line's for the same scenario and seed. */
  toCsv(result: RunResult, scenarioName: string): CsvFiles;
}

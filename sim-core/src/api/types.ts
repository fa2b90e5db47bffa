/**
 * The public contract of the simulation core: what goes in (a scenario), what comes out
 * (columnar results, defined in ../vocabulary), and the API the worker exposes. The renderer
 * imports these with `import type` only (values it shares with the engine, such as MODES, come
 * from ../vocabulary).
 */
import type { ScenarioInput } from '../scenario/schema.ts';
import type { ValidationOutcome } from '../scenario/validate.ts';
import type { CsvFiles, RunProgress, RunResult } from '../vocabulary/runResult.ts';

export type { Mode } from '../vocabulary/modes.ts';
export type { Scenario, ScenarioInput } from '../scenario/schema.ts';
export type { ValidationOutcome } from '../scenario/validate.ts';
export type * from '../vocabulary/runResult.ts';
export type * from '../vocabulary/validationIssue.ts';
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
  /** The tidy CSVs of a run, byte-identical to the command line's for the same scenario and seed. */
  toCsv(result: RunResult, scenarioName: string): CsvFiles;
}

/**
 * The simulation API: validate, run (replications stepped in chunks so the host stays responsive
 * and can cancel), export CSV. Pure: no DOM, no Node, no wall clock. Runs go through the one run
 * pipeline (runPipeline.ts), as the command line's and the pool's do. An API keeps the scenarios
 * it compiled (compiledScenarioCache.ts): a pool worker is sent its run's scenario once per
 * replication and compiles it once.
 */
import { toCsvFiles } from '../results/csv.ts';
import { scenarioHash } from '../scenario/hash.ts';
import { ScenarioError } from '../scenario/ScenarioError.ts';
import type { Scenario } from '../scenario/schema.ts';
import { validateScenario } from '../scenario/validate.ts';
import { createCompiledScenarioCache, type CompiledScenarioCache } from './compiledScenarioCache.ts';
import { ENGINE_VERSION } from './engineVersion.ts';
import {
  assembleRun,
  planRun,
  replicationSeedsOf,
  runReplicationYielding,
  RunCancelledError,
} from './runPipeline.ts';
import type { ReplicationResult, RunOptions, RunProgress, RunResult, SimApi } from './types.ts';

export { CHUNK_SIM_HOURS, MAX_REPLICATIONS, RunCancelledError } from './runPipeline.ts';

/** What the host offers the engine: a way to let other work (messages, cancellation) through. */
export interface SimHost {
  /** Resolves after the host has handled pending work (a worker's message queue, say). */
  yieldToHost?: () => Promise<void>;
}

/** Calls both progress callbacks (options' and the third argument, see SimApi.runScenario). */
function mergedProgress(
  options: RunOptions | undefined,
  onProgress: ((progress: RunProgress) => void) | undefined,
): RunOptions {
  const inner = options?.onProgress;
  if (onProgress === undefined) return { ...options };
  return {
    ...options,
    onProgress: (progress) => {
      inner?.(progress);
      onProgress(progress);
    },
  };
}

/**
 * Creates the simulation API. `host.yieldToHost` is awaited between chunks of sim time; without it
 * the run still reports progress and checks cancellation between chunks.
 */
export function createSimApi(host: SimHost = {}): SimApi {
  const cache = createCompiledScenarioCache();
  return {
    engineVersion: () => ENGINE_VERSION,
    validateScenario,
    hashScenario: (scenario) => scenarioHash(scenario),
    runScenario: (input, options, onProgress) => {
      const outcome = validateScenario(input);
      if (!outcome.ok) return Promise.reject(new ScenarioError(outcome.issues));
      return runValidated(outcome.scenario, mergedProgress(options, onProgress), host, cache);
    },
    runReplications: (scenario, request, onProgress) =>
      runIndices(scenario, request, host, cache, onProgress),
    assembleRun: (scenario, seed, replications) =>
      assembleRun(planRun(scenario, { seed, replications: replications.length }), replications),
    toCsv: (result, scenarioName) => toCsvFiles(result, scenarioName),
  };
}

async function runValidated(
  scenario: Scenario,
  options: RunOptions,
  host: SimHost,
  cache: CompiledScenarioCache,
): Promise<RunResult> {
  const plan = planRun(scenario, options);
  const seeds = plan.provenance.replicationSeeds;
  const { compiled } = cache.compiled(scenario, plan.provenance.scenarioHash);
  const results: ReplicationResult[] = [];
  for (let i = 0; i < seeds.length; i++) {
    const result = await runReplicationYielding(compiled, i, seeds[i] as number, host.yieldToHost, {
      signal: options.signal,
      onProgress: (fraction, nowHours) =>
        options.onProgress?.({
          fraction: (i + fraction) / seeds.length,
          replication: i,
          simDay: nowHours / 24,
        }),
    });
    results.push(result);
  }
  if (options.signal?.aborted) throw new RunCancelledError();
  return assembleRun(plan, results);
}

/** Some replications of a planned run (the pool's share for one worker), in the given order. */
async function runIndices(
  scenario: Scenario,
  request: { seed: number; indices: readonly number[]; scenarioHash?: string },
  host: SimHost,
  cache: CompiledScenarioCache,
  onProgress: ((progress: RunProgress) => void) | undefined,
): Promise<ReplicationResult[]> {
  const { indices, scenarioHash } = request;
  const seeds = replicationSeedsOf(request.seed, indices);
  if (scenarioHash !== undefined && !/^[0-9a-f]{64}$/.test(scenarioHash))
    throw new TypeError(
      `runReplications: request.scenarioHash must be the scenario's SHA-256 as 64 lowercase hex digits, got ${JSON.stringify(scenarioHash)}`,
    );
  const { compiled } = cache.compiled(scenario, scenarioHash);
  const results: ReplicationResult[] = [];
  for (const [k, i] of indices.entries()) {
    results.push(
      await runReplicationYielding(compiled, i, seeds[k] as number, host.yieldToHost, {
        onProgress: (fraction, nowHours) => onProgress?.({ fraction, replication: i, simDay: nowHours / 24 }),
      }),
    );
  }
  return results;
}

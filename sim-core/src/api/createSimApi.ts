/**
 * The simulation API: validate, run (replications stepped in chunks so the host stays responsive
 * and can cancel), export CSV. Pure: no DOM, no Node, no wall clock.
 */
import { compileScenario, createReplication, replicationSeed } from '../model/index.ts';
import { aggregateReplications } from '../results/aggregate.ts';
import { toCsvFiles } from '../results/csv.ts';
import { scenarioHash } from '../scenario/hash.ts';
import { ScenarioError } from '../scenario/ScenarioError.ts';
import { validateScenario } from '../scenario/validate.ts';
import { ENGINE_VERSION } from './engineVersion.ts';
import type { ReplicationResult, RunOptions, RunResult, SimApi } from './types.ts';
import { MAX_REPLICATIONS } from '../vocabulary/limits.ts';
import { HOURS_PER_DAY } from '../vocabulary/time.ts';

/** Sim time one replication advances between progress reports and yields: 7 days. */
export const CHUNK_SIM_HOURS = 7 * HOURS_PER_DAY;

/** What the host offers the engine: a way to let other work (messages, cancellation) through. */
export interface SimHost {
  /** Resolves after the host has handled pending work (a worker's message queue, say). */
  yieldToHost?: () => Promise<void>;
}

/** The error a cancelled run rejects with (name 'AbortError', like fetch's). */
export class RunCancelledError extends Error {
  override readonly name = 'AbortError';

  constructor() {
    super('Run cancelled');
  }
}

/**
 * Creates the simulation API. `host.yieldToHost` is awaited between chunks of sim time; without it
 * the run still reports progress and checks cancellation between chunks.
 */
export function createSimApi(host: SimHost = {}): SimApi {
  return {
    engineVersion: () => ENGINE_VERSION,
    validateScenario,
    runScenario: (input, options, onProgress) => {
      const inner = options?.onProgress;
      const merged: RunOptions =
        onProgress === undefined
          ? { ...options }
          : {
              ...options,
              onProgress: (progress) => {
                inner?.(progress);
                onProgress(progress);
              },
            };
      return runScenario(input, merged, host);
    },
    toCsv: (result, scenarioName) => toCsvFiles(result, scenarioName),
  };
}

async function runScenario(input: unknown, options: RunOptions, host: SimHost): Promise<RunResult> {
  const outcome = validateScenario(input);
  if (!outcome.ok) throw new ScenarioError(outcome.issues);
  const scenario = outcome.scenario;
  const replications = options.replications ?? 1;
  if (!(Number.isInteger(replications) && replications >= 1 && replications <= MAX_REPLICATIONS)) {
    throw new RangeError(
      `replications must be an integer from 1 to ${MAX_REPLICATIONS}, got ${replications}`,
    );
  }
  const seed = options.seed ?? scenario.seed;
  const compiled = compileScenario(scenario);
  const seeds = Array.from({ length: replications }, (_, i) => replicationSeed(seed, i));
  const results: ReplicationResult[] = [];
  for (let i = 0; i < replications; i++) {
    const run = createReplication(compiled, { replication: i, seed: seeds[i] as number });
    let done = false;
    while (!done) {
      if (options.signal?.aborted) throw new RunCancelledError();
      done = run.step(CHUNK_SIM_HOURS);
      options.onProgress?.({
        fraction: (i + run.progress()) / replications,
        replication: i,
        simDay: run.nowHours() / 24,
      });
      if (host.yieldToHost !== undefined) await host.yieldToHost();
    }
    results.push(run.result());
  }
  if (options.signal?.aborted) throw new RunCancelledError();
  return aggregateReplications(
    {
      scenarioHash: scenarioHash(scenario),
      scenarioId: scenario.id,
      seed,
      engineVersion: ENGINE_VERSION,
      replicationSeeds: seeds,
    },
    results,
    scenario,
  );
}

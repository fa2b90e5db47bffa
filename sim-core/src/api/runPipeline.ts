/**
 * The one run pipeline: every host (the app's worker and pool, the command line's threads, the
 * experiment runner, the queue workers) plans, steps and assembles a run with these functions, so
 * "the same bytes as the command line" holds by construction instead of by keeping copies in step.
 *
 *   planRun(scenario, options)                 once per Run: replication count checked, seeds, provenance
 *   replicationSteps(compiled, index, seed)    one replication in chunks of sim time (progress per chunk)
 *   runReplicationNow / runReplicationYielding drive those steps synchronously or yielding to a host
 *   assembleRun(plan, results)                 the RunResult: replications in order, bands, labels
 *
 * The scenario given to planRun is already validated: validation happens once, where the input
 * enters (the API's runScenario, the command line's loader).
 */
import { createReplication, replicationSeed, type CompiledScenario } from '../model/index.ts';
import { aggregateReplications } from '../results/aggregate.ts';
import { emptyTripTable } from '../results/emptyTripTable.ts';
import { scenarioHash } from '../scenario/hash.ts';
import type { Scenario } from '../scenario/schema.ts';
import { checkSeed } from './checkSeed.ts';
import { ENGINE_VERSION } from './engineVersion.ts';
import type { ReplicationResult, RunProvenance, RunResult } from './types.ts';
import { MAX_REPLICATIONS } from '../vocabulary/limits.ts';
import { DAYS_PER_WEEK, HOURS_PER_DAY } from '../vocabulary/time.ts';

/** Sim time one replication advances between progress reports and yields: 7 days. */
export const CHUNK_SIM_HOURS = DAYS_PER_WEEK * HOURS_PER_DAY;
export { MAX_REPLICATIONS };

/** The error a cancelled run rejects with, everywhere (name 'AbortError', like fetch's). */
export class RunCancelledError extends Error {
  override readonly name = 'AbortError';

  constructor() {
    super('Run cancelled');
  }
}

/** Everything a run is decided by before any replication starts. */
export interface RunPlan {
  scenario: Scenario;
  provenance: RunProvenance;
}

/** What a replication runner may be told besides its index and seed. */
export interface ReplicationControl {
  /** Progress of this replication, 0..1, after each chunk, with the sim hour reached. */
  onProgress?: (fraction: number, nowHours: number) => void;
  /** Checked before each chunk; a run whose signal turned true rejects with RunCancelledError. */
  signal?: { readonly aborted: boolean } | undefined;
  /**
   * Keep the trip table (what the map animates). Hosts that write files only drop it: a ten-year
   * replication's trips take tens of MB.
   */
  keepTrips?: boolean;
}

/** The one provenance builder: what reproduces a run. */
export function runProvenance(scenario: Scenario, seed: number, replications: number): RunProvenance {
  return {
    scenarioHash: scenarioHash(scenario),
    scenarioId: scenario.id,
    seed,
    engineVersion: ENGINE_VERSION,
    replicationSeeds: Array.from({ length: replications }, (_, i) => replicationSeed(seed, i)),
  };
}

/** Plans a run of a validated scenario: checks the replication count, derives every seed. */
export function planRun(scenario: Scenario, options: { seed?: number; replications?: number } = {}): RunPlan {
  if (options.seed !== undefined) checkSeed(options.seed);
  const replications = options.replications ?? 1;
  checkReplications(replications);
  return { scenario, provenance: runProvenance(scenario, options.seed ?? scenario.seed, replications) };
}

function checkReplications(replications: number): void {
  if (!(Number.isInteger(replications) && replications >= 1 && replications <= MAX_REPLICATIONS)) {
    throw new RangeError(
      `replications must be an integer from 1 to ${MAX_REPLICATIONS}, got ${replications}`,
    );
  }
}

/**
 * The seeds of some replications of a run with base seed `seed`, each the one planRun gives its
 * index, with planRun's checks but without the scenario hash a plan computes: for a host that runs
 * a share of a planned run (a pool worker, a queue worker's point) and needs only the seeds.
 */
export function replicationSeedsOf(seed: number, indices: readonly number[]): number[] {
  checkSeed(seed);
  for (const index of indices)
    if (!(Number.isInteger(index) && index >= 0))
      throw new RangeError(`a replication index is a whole number from 0, got ${index}`);
  checkReplications(Math.max(...indices) + 1);
  return indices.map((index) => replicationSeed(seed, index));
}

/**
 * One replication as a generator: each step advances CHUNK_SIM_HOURS of sim time and yields the
 * replication's progress; the generator's return value is the result.
 */
export function* replicationSteps(
  compiled: CompiledScenario,
  replication: number,
  seed: number,
  control: ReplicationControl = {},
): Generator<{ fraction: number; nowHours: number }, ReplicationResult, void> {
  const run = createReplication(compiled, { replication, seed });
  let done = false;
  while (!done) {
    if (control.signal?.aborted) throw new RunCancelledError();
    done = run.step(CHUNK_SIM_HOURS);
    const step = { fraction: run.progress(), nowHours: run.nowHours() };
    control.onProgress?.(step.fraction, step.nowHours);
    yield step;
  }
  const result = run.result();
  return control.keepTrips === false ? { ...result, trips: emptyTripTable() } : result;
}

/** Runs one replication to its end in this call (a thread of its own, a queue worker). */
export function runReplicationNow(
  compiled: CompiledScenario,
  replication: number,
  seed: number,
  control: ReplicationControl = {},
): ReplicationResult {
  const steps = replicationSteps(compiled, replication, seed, control);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Runs one replication, awaiting `yieldToHost` between chunks so messages (a cancel) get through. */
export async function runReplicationYielding(
  compiled: CompiledScenario,
  replication: number,
  seed: number,
  yieldToHost: (() => Promise<void>) | undefined,
  control: ReplicationControl = {},
): Promise<ReplicationResult> {
  const steps = replicationSteps(compiled, replication, seed, control);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (yieldToHost !== undefined) await yieldToHost();
  }
}

/** The RunResult of a plan from its replications (any order; sorted by index). */
export function assembleRun(plan: RunPlan, replications: ReplicationResult[]): RunResult {
  return aggregateReplications(plan.provenance, replications, plan.scenario);
}

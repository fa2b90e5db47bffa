// The only place in the renderer that talks to the simulation worker (through comlink).
//
// Two kinds of worker: one long-lived worker answers the quick calls (engineVersion,
// validateScenario, toCsv), and runs go to a pool of run workers (runPool.ts), started once the
// launch is over and kept idle between runs (warmPool.ts). Cancelling a run terminates its workers
// (fresh ones replace them): comlink cannot carry an AbortSignal, and terminate() stops the run at
// once while the long-lived worker keeps validating the user's edits.
import * as Comlink from 'comlink';
import type {
  CsvFiles,
  ReplicationResult,
  RunProgress,
  RunResult,
  Scenario,
  SimApi,
} from '../../../sim-core/src/api/types.ts';
import { toCsvFiles } from '../../../sim-core/src/results/csv.ts';
import { scenarioHash } from '../../../sim-core/src/scenario/hash.ts';
import { poolSize, runInPool } from './runPool.ts';
import { createWarmPool, type WarmPool } from './warmPool.ts';

let remote: Comlink.Remote<SimApi> | undefined;

function startWorker(name: string): Worker {
  return new Worker(new URL('../../../sim-core/worker/sim.worker.ts', import.meta.url), {
    type: 'module',
    name,
  });
}

/** The simulation API running in its Web Worker, started on first use (validation, CSV). */
export function getSimClient(): Comlink.Remote<SimApi> {
  if (!remote) remote = Comlink.wrap<SimApi>(startWorker('scoda-sim'));
  return remote;
}

/**
 * A cancelled run rejects with an error named 'AbortError', the one cancellation error of the
 * engine (RunCancelledError in sim-core/src/api) and of the platform (fetch's): one name to test.
 */
export function isRunCancelled(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

/** The cancellation error isRunCancelled recognises (also for a run stopped before it started). */
export function cancelledError(): Error {
  const error = new Error('Run cancelled');
  error.name = 'AbortError';
  return error;
}

export interface RunRequest {
  seed: number;
  replications: number;
  /** The scenario's scenarioHash, when known (see PoolRun.scenarioHash). */
  scenarioHash?: string;
  onProgress(progress: RunProgress): void;
  /** Each replication as it finishes, with how many have (see PoolRun.onReplication). */
  onReplication?: (replication: ReplicationResult, finished: number) => void;
  /** Workers to run on; default: one per core less one, at least one (see poolSize). */
  workers?: number;
}

/** A run in progress on its pool of workers. */
export interface RunHandle {
  result: Promise<RunResult>;
  /** Stops the run at once (its workers are terminated); `result` rejects (see isRunCancelled). */
  cancel(): void;
}

/** A run worker and its API. */
interface RunWorker {
  worker: Worker;
  api: Comlink.Remote<SimApi>;
}

let runWorkers: WarmPool<RunWorker> | undefined;
/** Workers the pool is kept at once warmed (0: not warmed, workers start on Run). */
let warmSize = 0;

function runPool(): WarmPool<RunWorker> {
  runWorkers ??= createWarmPool<RunWorker>(
    () => {
      const worker = startWorker(`scoda-sim-run-${runWorkers?.started ?? 0}`);
      return { worker, api: Comlink.wrap<SimApi>(worker) };
    },
    ({ worker, api }) => {
      api[Comlink.releaseProxy]();
      worker.terminate();
    },
  );
  return runWorkers;
}

/**
 * Starts the run pool's workers (as many as the largest run uses on this machine, see poolSize)
 * and keeps them idle until a Run: a run then pays no worker start-up, which a two-worker run paid
 * as fully as a one-worker run. Called once the launch is over, not before: on a 2-core machine
 * the start-ups would compete with the launch's own first figures.
 */
export function warmRunPool(): void {
  warmSize = poolSize(navigator.hardwareConcurrency || 2, Number.POSITIVE_INFINITY);
  runPool().warm(warmSize);
}

/**
 * Runs a VALIDATED scenario (the caller validated it once, with getSimClient().validateScenario)
 * on workers of the run pool, never on the main thread; the replications are spread over the
 * pool and the result is the sequential run's, bit for bit. A finished run's workers go back to
 * the pool; a cancelled or failed run's are terminated (replaced on the next Run).
 */
export function startRun(scenario: Scenario, request: RunRequest): RunHandle {
  const size = request.workers ?? poolSize(navigator.hardwareConcurrency || 2, request.replications);
  const pool = runPool();
  const taken = pool.take(size);
  const apis = taken.map(({ api }) => api);
  let rejectEarly: ((error: Error) => void) | undefined;
  const stopped = new Promise<never>((_, reject) => {
    rejectEarly = reject;
  });
  // A worker that fails to load (or crashes) never answers: turn that into a failed run.
  const onError = (event: ErrorEvent): void => {
    rejectEarly?.(new Error(`The simulation worker failed: ${event.message || 'it could not start'}`));
  };
  for (const { worker } of taken) worker.addEventListener('error', onError);
  const running = runInPool(apis, {
    scenario,
    seed: request.seed,
    replications: request.replications,
    ...(request.scenarioHash === undefined ? {} : { scenarioHash: request.scenarioHash }),
    onProgress: (progress) => request.onProgress(progress),
    wrapCallback: (callback) => Comlink.proxy(callback),
    ...(request.onReplication ? { onReplication: request.onReplication } : {}),
  });
  let ended = false;
  const end = (reuse: boolean): void => {
    if (ended) return;
    ended = true;
    for (const { worker } of taken) worker.removeEventListener('error', onError);
    if (reuse) {
      pool.give(taken);
      if (warmSize > 0) pool.warm(warmSize);
    } else {
      // Not replaced here: starting workers right after a Cancel competed, on 2 cores, with the
      // page putting the previous result back. The next Run starts what is missing, and the pool
      // is full again after it.
      pool.discard(taken);
    }
  };
  const result = Promise.race([running, stopped]).then(
    (value) => {
      end(true);
      return value;
    },
    (error: unknown) => {
      end(false);
      throw error;
    },
  );
  return {
    result,
    cancel: () => {
      end(false);
      rejectEarly?.(cancelledError());
    },
  };
}

/**
 * The command line's CSV files of a run (the same bytes for the same scenario and seed), formatted
 * here, where the result already is: sending it to a worker to format would copy every matrix of
 * every replication across the boundary first.
 */
export function runCsvFiles(result: RunResult, scenarioId: string): CsvFiles {
  return toCsvFiles(result, scenarioId);
}

/**
 * The engine's scenario hash (SHA-256 of the canonical JSON) of any JSON, computed here on the
 * page: the launch matches the file it loaded against the run shipped with the app before the
 * worker is up (tens of ms here; the worker's start-up and schema set-up take far longer).
 */
export function hashJsonHere(json: unknown): string {
  return scenarioHash(json as Scenario);
}

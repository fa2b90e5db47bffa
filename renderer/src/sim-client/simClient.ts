// The only place in the renderer that talks to the simulation worker (through comlink).
//
// Two kinds of worker: one long-lived worker answers the quick calls (engineVersion,
// validateScenario, toCsv), and every run gets a pool of workers of its own (runPool.ts).
// Cancelling a run terminates its workers: comlink cannot carry an AbortSignal, and terminate()
// stops the run at once while the long-lived worker keeps validating the user's edits.
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

function cancelledError(): Error {
  const error = new Error('Run cancelled');
  error.name = 'AbortError';
  return error;
}

export interface RunRequest {
  seed: number;
  replications: number;
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

/**
 * Runs a VALIDATED scenario (the caller validated it once, with getSimClient().validateScenario)
 * on a pool of dedicated workers, never on the main thread; the replications are spread over the
 * pool and the result is the sequential run's, bit for bit.
 */
export function startRun(scenario: Scenario, request: RunRequest): RunHandle {
  const size = request.workers ?? poolSize(navigator.hardwareConcurrency || 2, request.replications);
  const workers = Array.from({ length: size }, (_, i) => startWorker(`scoda-sim-run-${i + 1}`));
  const apis = workers.map((worker) => Comlink.wrap<SimApi>(worker));
  let rejectEarly: ((error: Error) => void) | undefined;
  const stopped = new Promise<never>((_, reject) => {
    rejectEarly = reject;
  });
  // A worker that fails to load (or crashes) never answers: turn that into a failed run.
  for (const worker of workers) {
    worker.addEventListener('error', (event) => {
      rejectEarly?.(new Error(`The simulation worker failed: ${event.message || 'it could not start'}`));
    });
  }
  const running = runInPool(apis, {
    scenario,
    seed: request.seed,
    replications: request.replications,
    onProgress: (progress) => request.onProgress(progress),
    wrapCallback: (callback) => Comlink.proxy(callback),
    ...(request.onReplication ? { onReplication: request.onReplication } : {}),
  });
  const stopAll = (): void => {
    for (const api of apis) api[Comlink.releaseProxy]();
    for (const worker of workers) worker.terminate();
  };
  const result = Promise.race([running, stopped]).finally(stopAll);
  return {
    result,
    cancel: () => {
      stopAll();
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

// The only place in the renderer that talks to the simulation worker (through comlink).
//
// Two kinds of worker: one long-lived worker answers the quick calls (engineVersion,
// validateScenario, toCsv), and every run gets a worker of its own. Cancelling a run terminates its
// worker: comlink cannot carry an AbortSignal, and terminate() stops the run at once while the
// long-lived worker keeps validating the user's edits.
import * as Comlink from 'comlink';
import type { RunProgress, RunResult, SimApi } from '../../../sim-core/src/api/types.ts';

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

/** Thrown (as the rejection of {@link RunHandle.result}) when the user cancels a run. */
export class RunCancelledError extends Error {
  constructor() {
    super('The run was cancelled.');
    this.name = 'RunCancelledError';
  }
}

export interface RunRequest {
  seed: number;
  replications: number;
  onProgress(progress: RunProgress): void;
}

/** A run in progress in its own worker. */
export interface RunHandle {
  result: Promise<RunResult>;
  /** Stops the run at once; `result` rejects with a {@link RunCancelledError}. */
  cancel(): void;
}

/** Runs a scenario in a dedicated worker, never on the main thread. */
export function startRun(scenario: unknown, request: RunRequest): RunHandle {
  const worker = startWorker('scoda-sim-run');
  const api = Comlink.wrap<SimApi>(worker);
  let rejectCancelled: ((error: Error) => void) | undefined;
  const cancelled = new Promise<never>((_, reject) => {
    rejectCancelled = reject;
  });
  // A worker that fails to load (or crashes) never answers: turn that into a failed run.
  worker.addEventListener('error', (event) => {
    rejectCancelled?.(new Error(`The simulation worker failed: ${event.message || 'it could not start'}`));
  });
  const onProgress = Comlink.proxy((progress: RunProgress) => request.onProgress(progress));
  // comlink proxies only top-level arguments: the progress callback is the third one.
  const running = api.runScenario(
    scenario,
    { seed: request.seed, replications: request.replications },
    onProgress,
  );
  const result = Promise.race([running, cancelled]).finally(() => {
    api[Comlink.releaseProxy]();
    worker.terminate();
  });
  return {
    result,
    cancel: () => {
      worker.terminate();
      rejectCancelled?.(new RunCancelledError());
    },
  };
}

/**
 * Exposes the simulation API on a comlink endpoint: the Web Worker's global scope in the app, a
 * worker_threads port in tests. Two adaptations to the message boundary:
 * - the progress callback comes as a `Comlink.proxy` in the THIRD argument of runScenario (comlink
 *   proxies only top-level arguments) and is merged into the options;
 * - the results' typed-array buffers are transferred, not copied (a pool's replications too).
 */
import * as Comlink from 'comlink';
import { createSimApi } from '../src/api/index.ts';
import type { RunOptions, RunProgress, RunResult, SimApi } from '../src/api/types.ts';
import { transferablesOf } from './transferables.ts';

export function workerSimApi(yieldToHost: () => Promise<void>): SimApi {
  const api = createSimApi({ yieldToHost });
  return {
    engineVersion: () => api.engineVersion(),
    validateScenario: (input) => api.validateScenario(input),
    hashScenario: (scenario) => api.hashScenario(scenario),
    toCsv: (result, scenarioName) => api.toCsv(result, scenarioName),
    runScenario: async (input, options, onProgress) => {
      const merged: RunOptions = { ...options };
      if (onProgress) {
        const inner = options?.onProgress;
        merged.onProgress = (progress: RunProgress) => {
          inner?.(progress);
          // A proxied callback returns a promise; progress is fire-and-forget.
          void onProgress(progress);
        };
      }
      const result: RunResult = await api.runScenario(input, merged);
      return Comlink.transfer(result, transferablesOf(result));
    },
    runReplications: async (scenario, request, onProgress) => {
      const results = await api.runReplications(
        scenario,
        request,
        // A proxied callback returns a promise; progress is fire-and-forget.
        onProgress && ((progress: RunProgress) => void onProgress(progress)),
      );
      return Comlink.transfer(results, transferablesOf(results));
    },
    assembleRun: (scenario, seed, replications) => {
      const result = api.assembleRun(scenario, seed, replications);
      return Comlink.transfer(result, transferablesOf(result));
    },
  };
}

/** Serves {@link workerSimApi} on `endpoint` until the worker ends. */
export function exposeSimApi(endpoint: Comlink.Endpoint, yieldToHost: () => Promise<void>): void {
  Comlink.expose(workerSimApi(yieldToHost), endpoint);
}

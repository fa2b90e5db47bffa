/**
 * Exposes the experiment API on a comlink endpoint: the Web Worker's global scope in the app, a
 * worker_threads port in tests. A proxied progress callback returns a promise; progress is
 * fire-and-forget.
 */
import * as Comlink from 'comlink';
import type { ExperimentApi } from '../src/api/experimentTypes.ts';
import { createExperimentApi } from '../src/experiment/experimentApi.ts';

export function exposeExperimentApi(endpoint: Comlink.Endpoint): void {
  const api = createExperimentApi();
  const exposed: ExperimentApi = {
    prepare: (experiment, baseScenario) => api.prepare(experiment, baseScenario),
    runPoint: (point, onProgress) =>
      api.runPoint(point, onProgress && ((fraction: number, p: number) => void onProgress(fraction, p))),
    tables: (results) => api.tables(results),
    pointScenario: (point) => api.pointScenario(point),
  };
  Comlink.expose(exposed, endpoint);
}

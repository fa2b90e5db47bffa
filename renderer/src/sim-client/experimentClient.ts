// Experiments in the app: a pool of experiment workers (sim-core/worker/experiment.worker.ts),
// never the main thread. The pool's size follows the run pool's rule (poolSize), capped by the
// points. Cancelling terminates the workers at once. After a run the first worker stays, holding
// the plan, to hand out a point's scenario ("open as scenario") until the experiment is disposed.
import * as Comlink from 'comlink';
import type {
  ExperimentApi,
  ExperimentOutline,
  ExperimentPointResult,
} from '../../../sim-core/src/api/experimentTypes.ts';
import { prepareOn, runExperimentInPool, type ExperimentRunOutcome } from './experimentPool.ts';
import { poolSize } from './runPool.ts';

export { ExperimentInvalidError, type ExperimentRunOutcome } from './experimentPool.ts';

function startWorker(name: string): Worker {
  return new Worker(new URL('../../../sim-core/worker/experiment.worker.ts', import.meta.url), {
    type: 'module',
    name,
  });
}

export interface ExperimentRequest {
  /** The experiment file's JSON (validated in the worker, every issue with its path). */
  experiment: unknown;
  /** The base scenario document (the editor's). */
  baseScenario: unknown;
  onProgress(fraction: number, pointsDone: number, points: number): void;
  onPoint?(result: ExperimentPointResult, outline: ExperimentOutline): void;
  /** Workers; default the run pool's size for this machine (see poolSize), at most one per point. */
  workers?: number;
}

/** An experiment in progress on its pool. */
export interface ExperimentHandle {
  result: Promise<ExperimentRunOutcome>;
  /** Stops at once (the workers are terminated); `result` rejects with an AbortError. */
  cancel(): void;
  /** A point's scenario document, as a scenario file would hold it (after the run finished). */
  pointScenario(point: number): Promise<unknown>;
  /** Ends the worker kept for pointScenario. */
  dispose(): void;
}

function cancelledError(): Error {
  const error = new Error('Experiment cancelled');
  error.name = 'AbortError';
  return error;
}

export function startExperiment(request: ExperimentRequest): ExperimentHandle {
  const workers: Worker[] = [];
  const apis: Array<Comlink.Remote<ExperimentApi>> = [];
  let rejectEarly: ((error: Error) => void) | undefined;
  const stopped = new Promise<never>((_, reject) => {
    rejectEarly = reject;
  });
  const add = (): Comlink.Remote<ExperimentApi> => {
    const worker = startWorker(`scoda-experiment-${workers.length + 1}`);
    worker.addEventListener('error', (event) => {
      rejectEarly?.(new Error(`The experiment worker failed: ${event.message || 'it could not start'}`));
    });
    workers.push(worker);
    const api = Comlink.wrap<ExperimentApi>(worker);
    apis.push(api);
    return api;
  };
  const stop = (from: number): void => {
    for (const api of apis.splice(from)) api[Comlink.releaseProxy]();
    for (const worker of workers.splice(from)) worker.terminate();
  };
  const running = (async (): Promise<ExperimentRunOutcome> => {
    // The first worker plans alone: its outline says how many points, hence how many workers.
    const outline = await prepareOn(add(), request.experiment, request.baseScenario);
    const size =
      request.workers ?? poolSize(navigator.hardwareConcurrency || 2, Math.max(1, outline.points.length));
    while (apis.length < size) add();
    return runExperimentInPool(apis, {
      experiment: request.experiment,
      baseScenario: request.baseScenario,
      firstOutline: outline,
      onProgress: request.onProgress,
      ...(request.onPoint ? { onPoint: request.onPoint } : {}),
      wrapCallback: (callback) => Comlink.proxy(callback),
    });
  })();
  const result = Promise.race([running, stopped]).then(
    (outcome) => {
      stop(1);
      return outcome;
    },
    (error: unknown) => {
      stop(0);
      throw error;
    },
  );
  return {
    result,
    cancel: () => {
      stop(0);
      rejectEarly?.(cancelledError());
    },
    pointScenario: async (point) => {
      await result;
      const first = apis[0];
      if (!first) throw new Error('the experiment has been disposed');
      return first.pointScenario(point);
    },
    dispose: () => stop(0),
  };
}

/**
 * Runs the replications of a run on `threads` worker threads (or in this thread when 1). Each
 * replication is seeded from the base seed and its index alone, so the results are the same
 * however many threads run them; they come back in replication order.
 */
import type { Worker } from 'node:worker_threads';
import type { ReplicationResult } from '../../src/api/types.ts';
import { compileScenario } from '../../src/model/index.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { bundleWorker, startBundledWorker } from './bundledWorker.ts';
import { runOneReplication } from './runOneReplication.ts';
import type { FromWorker, ToWorker } from './workerMessages.ts';

const WORKER_ENTRY = new URL('./replicationWorker.ts', import.meta.url);

/** Progress of the whole run, 0..1. */
export type RunProgressCallback = (fraction: number) => void;

export async function runReplications(
  scenario: Scenario,
  seeds: readonly number[],
  threads: number,
  onProgress: RunProgressCallback,
): Promise<ReplicationResult[]> {
  const fractions = new Float64Array(seeds.length);
  const report = (replication: number, fraction: number): void => {
    fractions[replication] = fraction;
    onProgress(fractions.reduce((sum, f) => sum + f, 0) / seeds.length);
  };
  if (threads <= 1 || seeds.length <= 1) {
    const compiled = compileScenario(scenario);
    return seeds.map((seed, i) => runOneReplication(compiled, i, seed, (fraction) => report(i, fraction)));
  }
  await bundleWorker(WORKER_ENTRY);
  return runOnWorkers(scenario, seeds, Math.min(threads, seeds.length), report);
}

function runOnWorkers(
  scenario: Scenario,
  seeds: readonly number[],
  threads: number,
  report: (replication: number, fraction: number) => void,
): Promise<ReplicationResult[]> {
  const results: ReplicationResult[] = new Array<ReplicationResult>(seeds.length);
  const workers: Worker[] = [];
  const stopping = new Set<Worker>();
  let next = 0;
  let finished = 0;
  let failed = false;
  return new Promise<ReplicationResult[]>((resolve, reject) => {
    const stop = (worker: Worker): void => {
      stopping.add(worker);
      void worker.terminate();
    };
    const fail = (error: unknown): void => {
      failed = true;
      for (const worker of workers) stop(worker);
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    const dispatch = (worker: Worker): void => {
      if (next >= seeds.length) {
        stop(worker);
        return;
      }
      const task: ToWorker = { replication: next, seed: seeds[next] as number };
      next += 1;
      worker.postMessage(task);
    };
    const attach = (worker: Worker): void => {
      workers.push(worker);
      if (failed) {
        stop(worker);
        return;
      }
      worker.on('error', fail);
      // A worker killed from outside (out of memory, say) exits without an 'error' event.
      worker.on('exit', (code) => {
        if (!stopping.has(worker))
          fail(new Error(`a replication worker stopped unexpectedly (exit code ${code})`));
      });
      worker.on('message', (message: FromWorker) => {
        if (message.type === 'progress') {
          report(message.replication, message.fraction);
          return;
        }
        results[message.replication] = message.result;
        finished += 1;
        if (finished === seeds.length) resolve(results);
        dispatch(worker);
      });
      dispatch(worker);
    };
    for (let t = 0; t < threads; t++)
      startBundledWorker(WORKER_ENTRY, { workerData: { scenario } }).then(attach, fail);
  });
}

import { Worker, type WorkerOptions } from 'node:worker_threads';

const BOOTSTRAP = new URL('./tsWorker.mjs', import.meta.url);

/**
 * A worker thread running a TypeScript module (through tsx; see tsWorker.mjs). The module finds
 * `workerData.tsEntry` set to its own URL, and whatever else was passed in `workerData`.
 */
export function startTsWorker(entry: URL, options: WorkerOptions = {}): Worker {
  const data: unknown = options.workerData ?? {};
  return new Worker(BOOTSTRAP, { ...options, workerData: { ...(data as object), tsEntry: entry.href } });
}

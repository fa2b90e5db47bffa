/**
 * A pool of worker threads answering tasks: each idle thread takes the next task, reports its
 * progress and returns its result. A worker entry (bundled once, see bundledWorker.ts) answers
 * `TaskMessage`s with `TaskReply`s; serveTasks() below is that side. A thread that dies fails
 * every task still open, with the reason.
 */
import { parentPort, type Worker } from 'node:worker_threads';
import { bundleWorker, startBundledWorker } from './bundledWorker.ts';

export interface TaskMessage<T> {
  id: number;
  task: T;
}
export type TaskReply<R> =
  | { type: 'progress'; id: number; fraction: number }
  | { type: 'done'; id: number; result: R }
  | { type: 'failed'; id: number; message: string };

export interface ThreadPool<T, R> {
  run(task: T, onProgress?: (fraction: number) => void): Promise<R>;
  close(): Promise<void>;
}

interface Pending<T, R> {
  id: number;
  task: T;
  onProgress: ((fraction: number) => void) | undefined;
  resolve: (result: R) => void;
  reject: (error: Error) => void;
}

/** `threads` workers on the bundle of `entry`, each given `workerData` (a scenario to compile once, say). */
export async function createThreadPool<T, R>(
  entry: URL,
  threads: number,
  workerData?: unknown,
): Promise<ThreadPool<T, R>> {
  await bundleWorker(entry);
  const workers = await Promise.all(
    Array.from({ length: threads }, () => startBundledWorker(entry, { workerData })),
  );
  const queue: Array<Pending<T, R>> = [];
  const busy = new Map<Worker, Pending<T, R>>();
  let nextId = 0;
  let closing = false;
  const pump = (): void => {
    for (const worker of workers) {
      if (busy.has(worker) || queue.length === 0) continue;
      const pending = queue.shift() as Pending<T, R>;
      busy.set(worker, pending);
      const message: TaskMessage<T> = { id: pending.id, task: pending.task };
      worker.postMessage(message);
    }
  };
  const failAll = (error: Error): void => {
    for (const pending of [...busy.values(), ...queue.splice(0)]) pending.reject(error);
    busy.clear();
  };
  for (const worker of workers) {
    worker.on('message', (reply: TaskReply<R>) => {
      const pending = busy.get(worker);
      if (!pending || pending.id !== reply.id) return;
      if (reply.type === 'progress') return pending.onProgress?.(reply.fraction);
      busy.delete(worker);
      if (reply.type === 'done') pending.resolve(reply.result);
      else pending.reject(new Error(reply.message));
      pump();
    });
    worker.on('error', (error) => failAll(error));
    worker.on('exit', (code) => {
      if (!closing) failAll(new Error(`a worker thread stopped unexpectedly (exit code ${code})`));
    });
  }
  return {
    run: (task, onProgress) =>
      new Promise<R>((resolve, reject) => {
        queue.push({ id: nextId++, task, onProgress, resolve, reject });
        pump();
      }),
    close: async () => {
      closing = true;
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

/** The worker side: answers each task with `handle`, reporting progress as it goes. */
export function serveTasks<T, R>(
  handle: (task: T, onProgress: (fraction: number) => void) => R,
  transfer: (result: R) => ArrayBuffer[] = () => [],
): void {
  const port = parentPort;
  if (!port) throw new Error('serveTasks runs inside a worker thread');
  port.on('message', ({ id, task }: TaskMessage<T>) => {
    let reply: TaskReply<R>;
    try {
      const result = handle(task, (fraction) => port.postMessage({ type: 'progress', id, fraction }));
      reply = { type: 'done', id, result };
      port.postMessage(reply, transfer(result));
    } catch (error) {
      reply = {
        type: 'failed',
        id,
        message: error instanceof Error ? (error.stack ?? error.message) : String(error),
      };
      port.postMessage(reply);
    }
  });
}

import type { ReplicationResult } from '../../src/api/types.ts';

/** Main thread to worker: run this replication. */
export interface ToWorker {
  replication: number;
  seed: number;
}

/** Worker to main thread: progress of a replication (0..1), or its result. */
export type FromWorker =
  | { type: 'progress'; replication: number; fraction: number }
  | { type: 'done'; replication: number; result: ReplicationResult };

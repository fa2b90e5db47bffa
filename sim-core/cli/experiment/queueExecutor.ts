/**
 * The submitting side of the queue: adds a point's job (idempotent, by job id) and waits for its
 * figures, with the workers' progress. Retries of a job whose worker died happen in BullMQ
 * (attempts, stalled-job recovery); this side sees one result per point.
 */
import { Queue, QueueEvents } from 'bullmq';
import { ENGINE_VERSION } from '../../src/api/engineVersion.ts';
import { restoreNaN } from '../../src/experiment/experimentOutputs.ts';
import type { PointTask, ReplicationRows } from '../../src/experiment/runPoint.ts';
import type { PointExecutor } from './runPoints.ts';
import { pointJobId, QUEUE_NAME, redisConnection } from './redisQueue.ts';

/** Attempts per point: a worker that dies mid-point costs one; a bug fails the point after these. */
const ATTEMPTS = 5;

export async function queueExecutor(url: string, experimentHash: string): Promise<PointExecutor> {
  const connection = redisConnection(url);
  const queue = new Queue<PointTask, ReplicationRows[]>(QUEUE_NAME, { connection });
  const events = new QueueEvents(QUEUE_NAME, { connection });
  // Every point in flight waits on these emitters (one listener each), by design: no leak warning.
  queue.setMaxListeners(0);
  events.setMaxListeners(0);
  await Promise.all([queue.waitUntilReady(), events.waitUntilReady()]);
  const progress = new Map<string, (fraction: number) => void>();
  events.on('progress', ({ jobId, data }) => {
    if (typeof data === 'number') progress.get(jobId)?.(data);
  });
  return {
    run: async (task, onProgress) => {
      const jobId = pointJobId(experimentHash, ENGINE_VERSION, task.point, task.replications);
      progress.set(jobId, onProgress);
      try {
        const job = await queue.add(`point-${task.point}`, task, {
          jobId,
          attempts: ATTEMPTS,
          // Finished jobs stay a day: a resumed or repeated submission gathers them at once.
          removeOnComplete: { age: 24 * 3600 },
          removeOnFail: { age: 24 * 3600 },
        });
        return restoreNaN(await job.waitUntilFinished(events));
      } finally {
        progress.delete(jobId);
      }
    },
    close: async () => {
      await Promise.all([events.close(), queue.close()]);
    },
  };
}

import { availableParallelism } from 'node:os';
import { Worker } from 'bullmq';
import type { PointTask, ReplicationRows } from '../../src/experiment/runPoint.ts';
import type { CliArgs, CliCommand, CliContext } from '../CliCommand.ts';
import { QUEUE_NAME, redisConnection } from '../experiment/redisQueue.ts';
import { createThreadPool } from '../run/threadPool.ts';
import { UserError } from '../UserError.ts';
import { integerFlag } from './flags.ts';

const POINT_WORKER = new URL('../experiment/pointWorker.ts', import.meta.url);

async function worker({ values }: CliArgs, { stdout, stderr }: CliContext): Promise<number> {
  const url = values['queue'];
  if (typeof url !== 'string') throw new UserError('worker: --queue redis://HOST:PORT is required', 2);
  const connection = redisConnection(url);
  const concurrency = integerFlag(values, 'concurrency', 1, 256) ?? availableParallelism();
  const lockSeconds = integerFlag(values, 'lock-seconds', 1, 3600) ?? 30;
  // Points run on threads, so this thread stays free to renew the job locks while they run: a
  // lock that lapses would hand a live worker's point to another.
  const pool = await createThreadPool<PointTask, ReplicationRows[]>(POINT_WORKER, concurrency);
  const consumer = new Worker<PointTask, ReplicationRows[]>(
    QUEUE_NAME,
    async (job) => {
      let reported = 0;
      return pool.run(job.data, (fraction) => {
        if (fraction - reported < 0.05 && fraction < 1) return;
        reported = fraction;
        void job.updateProgress(fraction);
      });
    },
    {
      connection,
      concurrency,
      lockDuration: lockSeconds * 1000,
      stalledInterval: lockSeconds * 1000,
      // A point whose worker died is put back (stalled) as often as it takes; attempts bound bugs.
      maxStalledCount: 100,
    },
  );
  consumer.on('failed', (job, error) =>
    stderr.write(`point ${job?.data.point ?? '?'} failed: ${error.message}\n`),
  );
  await consumer.waitUntilReady();
  stdout.write(`worker: taking points from ${url} (${concurrency} at a time); stop with Ctrl-C\n`);
  await new Promise<void>((resolve) => {
    const stop = (): void => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await consumer.close();
  await pool.close();
  return 0;
}

export const command: CliCommand = {
  name: 'worker',
  summary: 'take experiment points from a BullMQ queue on Redis and run them',
  usage: `Usage: scoda-sim worker --queue redis://HOST:PORT [options]

Takes points of experiments submitted with "scoda-sim experiment --queue redis://HOST:PORT"
and runs them, until stopped (SIGINT or SIGTERM finish the points in hand, then exit). Start
any number, on any machines that reach the Redis server. A worker killed mid-point loses
nothing: its lock lapses and another worker runs the point again; the submitter keeps one
result per point.

Options:
  --queue redis://H:P   the Redis server (required)
  --concurrency N       points at a time, each on its own thread (default: one per core)
  --lock-seconds N      how long a silent worker keeps its point before another takes it (default 30)

Exit code: 0 when stopped, 2 on a usage mistake.`,
  options: {
    queue: { type: 'string' },
    concurrency: { type: 'string' },
    'lock-seconds': { type: 'string' },
  },
  allowPositionals: false,
  run: worker,
};

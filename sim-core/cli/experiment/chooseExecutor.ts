/**
 * Where `experiment` and `seek` run their points: on a BullMQ queue when `--queue redis://...` is
 * given (any number of `scoda-sim worker` processes take them), else on local threads. Both
 * commands plan the same points and send the same tasks, so the answer does not depend on where.
 */
import { availableParallelism } from 'node:os';
import type { CliArgs } from '../CliCommand.ts';
import { integerFlag } from '../commands/flags.ts';
import { localExecutor, type PointExecutor } from './runPoints.ts';

export async function chooseExecutor(
  values: CliArgs['values'],
  /** Tasks that may run at once (threads beyond these would idle). */
  parallelTasks: number,
  experimentHash: string,
): Promise<{ executor: PointExecutor; where: string }> {
  const queue = values['queue'];
  if (typeof queue === 'string') {
    // Loaded only here: a local run never loads BullMQ and its Redis client.
    const { queueExecutor } = await import('./queueExecutor.ts');
    return { executor: await queueExecutor(queue, experimentHash), where: `queue ${queue}` };
  }
  const threads =
    integerFlag(values, 'threads', 1, 256) ?? Math.max(1, Math.min(parallelTasks, availableParallelism()));
  return { executor: await localExecutor(threads), where: `${threads} thread${threads === 1 ? '' : 's'}` };
}

/**
 * The BullMQ queue that carries experiment points between `scoda-sim experiment --queue` (which
 * adds them and gathers their figures) and `scoda-sim worker --queue` (which runs them). One job
 * per point, its id made of the experiment hash, the engine version and the point index, so a job
 * is added once however often an experiment is submitted or resumed, and a point's figures are
 * gathered once, keyed by point, however many times a killed worker's job was retried.
 */
import { UserError } from '../UserError.ts';

export const QUEUE_NAME = 'scoda-experiment-points';

/** BullMQ connection options from `redis://[user:password@]host:port[/db]`. */
export function redisConnection(url: string): {
  host: string;
  port: number;
  db: number;
  username?: string;
  password?: string;
  maxRetriesPerRequest: null;
} {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UserError(`--queue: expected redis://HOST:PORT, got "${url}"`, 2);
  }
  if (parsed.protocol !== 'redis:' || !parsed.hostname)
    throw new UserError(`--queue: expected redis://HOST:PORT, got "${url}"`, 2);
  const db = parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0;
  return {
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : 6379,
    db: Number.isInteger(db) ? db : 0,
    ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
    ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
    // Workers block on Redis; BullMQ requires ioredis not to give up on a blocked command.
    maxRetriesPerRequest: null,
  };
}

/**
 * The replications a job runs, short: runs of consecutive indices as `a-b` (`0-3`, `4`, `0-1.5-6`).
 */
function replicationsKey(replications: readonly number[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < replications.length) {
    const first = replications[i] as number;
    let last = first;
    while (replications[i + 1] === last + 1) last = replications[++i] as number;
    parts.push(first === last ? String(first) : `${first}-${last}`);
    i++;
  }
  return parts.join('.');
}

/**
 * The job id of a point's replications: the same for the same experiment, engine, point and
 * replications, on every machine (an experiment sends each point's replications as one job; a
 * target search sends the replications it adds to a value as jobs of their own).
 */
export function pointJobId(
  experimentHash: string,
  engineVersion: string,
  point: number,
  replications: readonly number[],
): string {
  return `${experimentHash}-${engineVersion.replace(/[^A-Za-z0-9.]/g, '_')}-${point}-r${replicationsKey(replications)}`;
}

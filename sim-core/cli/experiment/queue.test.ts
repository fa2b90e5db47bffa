/**
 * The experiment queue on a real Redis (Debian's redis-server, started here on a free loopback
 * port with no persistence, stopped after): queue workers give the local run's bytes, and a
 * worker killed mid-point loses nothing and counts nothing twice.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../main.ts';
import { QUEUE_NAME, redisConnection } from './redisQueue.ts';

const BIN = fileURLToPath(new URL('../bin.mjs', import.meta.url));
const GRID = fileURLToPath(
  new URL('../../../tests/fixtures/experiment/tiny-grid.experiment.json', import.meta.url),
);
const TARGET = fileURLToPath(new URL('../../../tests/fixtures/experiment/tiny.target.json', import.meta.url));
const FILES = ['manifest.json', 'results.csv', 'summary.csv'] as const;
const hasRedis = spawnSync('redis-server', ['--version']).status === 0;
if (!hasRedis)
  console.warn(
    'queue tests skipped: redis-server is not installed (apt-get install redis-server; .ci/run does)',
  );

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function startRedis(port: number): Promise<ChildProcess> {
  const redis = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    let text = '';
    redis.stdout?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes('Ready to accept connections')) resolve();
    });
    redis.on('exit', (code) => reject(new Error(`redis-server exited (${code}): ${text}`)));
  });
  return redis;
}

const read = (dir: string): string[] => FILES.map((file) => readFileSync(join(dir, file), 'utf8'));
const quiet = { write: () => true };

describe.skipIf(!hasRedis)('scoda-sim experiment --queue (BullMQ on a real redis-server)', () => {
  const work = mkdtempSync(join(tmpdir(), 'scoda-queue-'));
  const children: ChildProcess[] = [];
  let redis: ChildProcess;
  let url = '';
  let local: string[] = [];

  const worker = (...args: string[]): ChildProcess => {
    const child = spawn(process.execPath, [BIN, 'worker', '--queue', url, '--concurrency', '1', ...args], {
      stdio: 'ignore',
    });
    children.push(child);
    return child;
  };
  const submit = (out: string): Promise<number> =>
    main(['experiment', GRID, '--out', out, '--queue', url], { stdout: quiet, stderr: quiet, cwd: work });
  const flush = (): void => void spawnSync('redis-cli', ['-u', url, 'flushall']);

  beforeAll(async () => {
    const port = await freePort();
    redis = await startRedis(port);
    url = `redis://127.0.0.1:${port}`;
    const out = join(work, 'local');
    await main(['experiment', GRID, '--out', out, '--threads', '1'], {
      stdout: quiet,
      stderr: quiet,
      cwd: work,
    });
    local = read(out);
  });
  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    redis.kill('SIGTERM');
    await new Promise((resolve) => redis.once('exit', resolve));
    rmSync(work, { recursive: true, force: true });
  });

  it('gives the local run bytes for bytes with two workers', async () => {
    flush();
    worker();
    worker();
    const out = join(work, 'two-workers');
    expect(await submit(out)).toBe(0);
    expect(read(out)).toEqual(local);
  });

  it('seeks a target through the queue and finds the local answer with the same evidence', async () => {
    flush();
    for (const child of children.splice(0)) child.kill('SIGKILL');
    const seek = async (...args: string[]): Promise<{ code: number; text: string; report: string }> => {
      let text = '';
      const out = join(work, `seek-${args.join('-').replace(/[^a-z0-9]/gi, '')}.json`);
      const code = await main(['seek', TARGET, '--out', out, ...args], {
        stdout: { write: (chunk: string) => (text += chunk) },
        stderr: quiet,
        cwd: work,
      });
      return { code, text, report: readFileSync(out, 'utf8') };
    };
    const local = await seek('--threads', '1');
    worker();
    worker();
    const queued = await seek('--queue', url);
    expect(queued.code).toBe(0);
    expect(local.text).toMatch(/^smallest shuttles meeting every condition with 95 % confidence: \d+\n/);
    expect(queued.text).toBe(local.text);
    expect(queued.report).toBe(local.report);
    // The replications ran on the queue's workers: one completed job per replication tried.
    const tried = (JSON.parse(queued.report) as { totalReplications: number }).totalReplications;
    const queue = new Queue(QUEUE_NAME, { connection: redisConnection(url) });
    try {
      expect(await queue.getCompletedCount()).toBe(tried);
    } finally {
      await queue.close();
    }
  });

  it('retries the point of a worker killed mid-point, and counts it once', async () => {
    flush();
    for (const child of children.splice(0)) child.kill('SIGKILL');
    const doomed = worker('--lock-seconds', '2');
    const out = join(work, 'killed-worker');
    const submitted = submit(out);
    const queue = new Queue(QUEUE_NAME, { connection: redisConnection(url) });
    try {
      let active: string | undefined;
      for (let waited = 0; waited < 60_000 && active === undefined; waited += 20) {
        active = (await queue.getActive())[0]?.id;
        if (active === undefined) await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(active).toBeDefined();
      doomed.kill('SIGKILL');
      worker('--lock-seconds', '2');
      expect(await submitted).toBe(0);
      expect(read(out)).toEqual(local);
      const retried = await queue.getJob(active as string);
      // The killed worker's lock lapsed and the point went back to the queue (stalled) once.
      expect(retried?.stalledCounter).toBeGreaterThanOrEqual(1);
      expect(await retried?.getState()).toBe('completed');
    } finally {
      await queue.close();
    }
  });
});

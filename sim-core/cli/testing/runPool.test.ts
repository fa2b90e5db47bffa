import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { readFileSync } from 'node:fs';
import type { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { poolSize, runInPool } from '../../../renderer/src/sim-client/runPool.ts';
import { createSimApi } from '../../src/api/index.ts';
import type { RunProgress, SimApi } from '../../src/api/types.ts';
import { startBundledWorker } from '../run/bundledWorker.ts';

const input: unknown = JSON.parse(
  readFileSync(new URL('../../../tests/fixtures/cli/tiny.scenario.json', import.meta.url), 'utf8'),
);

describe("the app's run pool (the real worker API over comlink, two workers)", () => {
  const workers: Worker[] = [];
  afterAll(async () => {
    await Promise.all(workers.map((worker) => worker.terminate()));
  });

  it('gives the sequential run bit for bit, whatever worker ran which replication', async () => {
    for (let i = 0; i < 2; i++)
      workers.push(await startBundledWorker(new URL('./webWorkerNodeEntry.ts', import.meta.url)));
    const apis = workers.map((worker) => Comlink.wrap<SimApi>(nodeEndpoint(worker)));
    const local = createSimApi();
    const outcome = local.validateScenario(input);
    if (!outcome.ok) throw new Error('the fixture is valid');
    const progress: number[] = [];
    const arrived: { index: number; finished: number; kpis: unknown }[] = [];
    const pooled = await runInPool(apis, {
      scenario: outcome.scenario,
      seed: 5,
      replications: 5,
      onProgress: (p: RunProgress) => progress.push(p.fraction),
      wrapCallback: (callback) => Comlink.proxy(callback),
      onReplication: (replication, finished) =>
        arrived.push({ index: replication.replication, finished, kpis: replication.kpis }),
    });
    const sequential = await local.runScenario(input, { seed: 5, replications: 5 });
    expect(pooled).toEqual(sequential);
    expect(local.toCsv(pooled, 'tiny')).toEqual(local.toCsv(sequential, 'tiny'));
    expect(Math.max(...progress)).toBeCloseTo(1, 9);
    // Progressive results: each replication once, as it finished, counted 1..N, and the very
    // replication the final result holds.
    expect(arrived.map((a) => a.finished)).toEqual([1, 2, 3, 4, 5]);
    expect(arrived.map((a) => a.index).sort()).toEqual([0, 1, 2, 3, 4]);
    for (const a of arrived) expect(a.kpis).toEqual(pooled.replications[a.index]!.kpis);
    for (const api of apis) api[Comlink.releaseProxy]();
  });

  it('keeps a core free from 4 cores up, uses every core on 2-3, never more workers than replications', () => {
    for (let cores = 1; cores <= 16; cores++)
      for (let replications = 1; replications <= 12; replications++) {
        const size = poolSize(cores, replications);
        expect(size).toBeGreaterThanOrEqual(1);
        expect(size).toBeLessThanOrEqual(Math.min(cores, replications));
        if (cores >= 4) expect(size).toBe(Math.min(replications, cores - 1));
        else expect(size).toBe(Math.min(replications, cores));
      }
    expect(poolSize(2, 10)).toBe(2);
  });
});

import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createSimApi } from '../../src/api/index.ts';
import type { RunProgress, SimApi } from '../../src/api/types.ts';
import { transferablesOf } from '../../worker/transferables.ts';
import { startTsWorker } from '../tsWorker.ts';

const scenario: unknown = JSON.parse(
  readFileSync(new URL('../../../tests/fixtures/cli/tiny.scenario.json', import.meta.url), 'utf8'),
);

describe('the worker protocol (comlink over worker_threads)', () => {
  const worker = startTsWorker(new URL('./webWorkerNodeEntry.ts', import.meta.url));
  const api = Comlink.wrap<SimApi>(nodeEndpoint(worker));
  afterAll(async () => {
    api[Comlink.releaseProxy]();
    await worker.terminate();
  });

  it('answers validation with every issue and its path', async () => {
    const outcome = await api.validateScenario({ ...(scenario as object), durationDays: -1 });
    expect(outcome).toEqual({
      ok: false,
      issues: [
        expect.objectContaining({
          path: 'durationDays',
          code: 'number-range',
          message: 'expected a number > 0, got -1',
        }),
      ],
    });
  });

  it('runs a scenario, reporting progress through a proxied callback, with the same result as in-process', async () => {
    const progress: RunProgress[] = [];
    const result = await api.runScenario(
      scenario,
      { seed: 7, replications: 2 },
      Comlink.proxy((p: RunProgress) => {
        progress.push(p);
      }),
    );
    expect(result.replications).toHaveLength(2);
    expect(result.replications[0]?.nodes.teu.values).toBeInstanceOf(Float64Array);
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.at(-1)?.fraction).toBeCloseTo(1, 9);
    const local = await createSimApi().runScenario(scenario, { seed: 7, replications: 2 });
    const api2 = createSimApi();
    expect(api2.toCsv(result, 'Tiny')).toEqual(api2.toCsv(local, 'Tiny'));
  });
});

describe('transferablesOf', () => {
  it('collects each typed array buffer of a result once', async () => {
    const result = await createSimApi().runScenario(scenario, { replications: 1 });
    const buffers = transferablesOf(result);
    expect(buffers).toContain(result.replications[0]?.trips.departHours.buffer);
    expect(buffers).toContain(result.bands.nodes.teu.high.values.buffer);
    expect(new Set(buffers).size).toBe(buffers.length);
    expect(buffers.every((buffer) => buffer instanceof ArrayBuffer)).toBe(true);
  });
});

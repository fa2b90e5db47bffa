import { describe, expect, it } from 'vitest';
import { ScenarioBuilder } from '../model/testing/ScenarioBuilder.ts';
import { createSimApi } from './index.ts';
import type { RunProgress } from './types.ts';

const scenario = (): ReturnType<ScenarioBuilder['input']> =>
  new ScenarioBuilder({ durationDays: 56 })
    .node('jiaozhou')
    .node('almaty', { country: 'KZ' })
    .link('jiaozhou', 'almaty', 'rail')
    .service('sco-express', ['jiaozhou', 'almaty'], { perWeek: 3, legHours: [140] })
    .demand('machinery', 'jiaozhou', 'almaty', { perWeek: 60 })
    .input();

describe('createSimApi', () => {
  it('runs replications with their derived seeds and reports progress up to 1', async () => {
    let yields = 0;
    const api = createSimApi({ yieldToHost: async () => void yields++ });
    const progress: RunProgress[] = [];
    const result = await api.runScenario(scenario(), {
      replications: 3,
      seed: 9,
      onProgress: (p) => progress.push(p),
    });
    expect(result.replications.map((r) => r.replication)).toEqual([0, 1, 2]);
    expect(result.replications.map((r) => r.seed)).toEqual(result.provenance.replicationSeeds);
    expect(result.provenance.seed).toBe(9);
    expect(result.provenance.scenarioHash).toMatch(/^[0-9a-f]{64}$/);
    expect(result.provenance.engineVersion).toBe(api.engineVersion());
    const fractions = progress.map((p) => p.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);
    // 8 weeks in chunks of 7 days, 3 replications: the host got a turn between chunks.
    expect(yields).toBe(24);
  });

  it('also reports progress to a callback given as the third argument (for comlink)', async () => {
    const fromOptions: number[] = [];
    const fromArgument: number[] = [];
    await createSimApi().runScenario(scenario(), { onProgress: (p) => fromOptions.push(p.fraction) }, (p) =>
      fromArgument.push(p.fraction),
    );
    expect(fromArgument).toEqual(fromOptions);
    expect(fromArgument.at(-1)).toBe(1);
  });

  it('gives the same run for the same scenario and seed', async () => {
    const api = createSimApi();
    const a = await api.runScenario(scenario(), { replications: 2, seed: 4 });
    const b = await api.runScenario(scenario(), { replications: 2, seed: 4 });
    expect(b).toEqual(a);
    expect(api.toCsv(b, 'test')).toEqual(api.toCsv(a, 'test'));
  });

  it('rejects an invalid scenario with every issue as "path: message"', async () => {
    const bad = { ...scenario(), durationDays: -1, services: [] as unknown[] };
    (bad.services as unknown[]).push({ id: 'Bad Id' });
    const run = createSimApi().runScenario(bad);
    await expect(run).rejects.toMatchObject({ name: 'ScenarioError' });
    const message = await run.catch((e: Error) => e.message);
    expect(message).toContain('durationDays: ');
    expect(message).toContain('services[0]');
  });

  it('cancels between chunks with an AbortError', async () => {
    const signal = { aborted: false };
    const run = createSimApi().runScenario(scenario(), {
      replications: 2,
      signal,
      onProgress: (p) => {
        if (p.simDay >= 14) signal.aborted = true;
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError', message: 'Run cancelled' });
  });

  it('gives the same bytes when the replications of a run are split over a pool and assembled', async () => {
    const api = createSimApi();
    const whole = await api.runScenario(scenario(), { replications: 4, seed: 11 });
    const outcome = api.validateScenario(scenario());
    if (!outcome.ok) throw new Error('the test scenario is valid');
    // Two "workers" take interleaved shares and finish out of order.
    const odd = await api.runReplications(outcome.scenario, { seed: 11, indices: [3, 1] });
    const even = await api.runReplications(outcome.scenario, { seed: 11, indices: [0, 2] });
    const pooled = api.assembleRun(outcome.scenario, 11, [...odd, ...even]);
    expect(pooled).toEqual(whole);
    expect(api.toCsv(pooled, 'test')).toEqual(api.toCsv(whole, 'test'));
  });
});

import { describe, expect, it } from 'vitest';
import { compileScenario, type CompiledScenario } from '../model/index.ts';
import { ScenarioBuilder } from '../model/testing/ScenarioBuilder.ts';
import { scenarioHash } from '../scenario/hash.ts';
import { parseScenario } from '../scenario/ScenarioError.ts';
import type { Scenario } from '../scenario/schema.ts';
import { createCompiledScenarioCache } from './compiledScenarioCache.ts';
import { createSimApi } from './createSimApi.ts';
import { runReplicationNow } from './runPipeline.ts';

const scenario = (perWeek = 3): Scenario =>
  parseScenario(
    new ScenarioBuilder({ durationDays: 56, seed: 5 })
      .node('jiaozhou')
      .node('almaty', { country: 'KZ' })
      .link('jiaozhou', 'almaty', 'rail')
      .service('sco-express', ['jiaozhou', 'almaty'], { perWeek, legHours: [140] })
      .demand('machinery', 'jiaozhou', 'almaty', { perWeek: 60 })
      .input(),
  );

/** A cache whose compiles are counted, with the scenarios they were given. */
function countingCache(capacity?: number) {
  const compiledFrom: Scenario[] = [];
  const cache = createCompiledScenarioCache({
    ...(capacity === undefined ? {} : { capacity }),
    compile: (s) => {
      compiledFrom.push(s);
      return compileScenario(s);
    },
  });
  return { cache, compiledFrom };
}

const run = (compiled: CompiledScenario, replication: number) =>
  runReplicationNow(compiled, replication, 1000 + replication, { keepTrips: false });

describe('createCompiledScenarioCache', () => {
  it('compiles a scenario once: an equal scenario (another object, as a message brings) is a hit', () => {
    const { cache } = countingCache();
    const first = cache.compiled(scenario());
    const second = cache.compiled(scenario());
    expect(cache.compiles).toBe(1);
    expect(second.compiled).toBe(first.compiled);
    expect(second.hash).toBe(scenarioHash(scenario()));
  });

  it('compiles a changed scenario anew, and keeps the first for when it comes back', () => {
    const { cache } = countingCache();
    const base = cache.compiled(scenario(3));
    const changed = cache.compiled(scenario(4));
    expect(cache.compiles).toBe(2);
    expect(changed.hash).not.toBe(base.hash);
    expect(changed.compiled).not.toBe(base.compiled);
    expect(changed.compiled.scenario.services[0]?.timetable).not.toEqual(
      base.compiled.scenario.services[0]?.timetable,
    );
    expect(cache.compiled(scenario(3)).compiled).toBe(base.compiled);
    expect(cache.compiles).toBe(2);
  });

  it('drops the least recently used scenario beyond its capacity', () => {
    const { cache } = countingCache(2);
    cache.compiled(scenario(1));
    cache.compiled(scenario(2));
    cache.compiled(scenario(1)); // 1 is now the most recent: 2 goes first
    cache.compiled(scenario(3));
    expect(cache.compiles).toBe(3);
    cache.compiled(scenario(1));
    expect(cache.compiles).toBe(3);
    cache.compiled(scenario(2));
    expect(cache.compiles).toBe(4);
  });

  it('trusts a hash the caller computed (a run plan has one) and files the compile under it', () => {
    const { cache } = countingCache();
    const s = scenario();
    cache.compiled(s, scenarioHash(s));
    cache.compiled(scenario());
    expect(cache.compiles).toBe(1);
  });

  it('compiles a copy: a caller that edits its scenario afterwards changes nothing cached', () => {
    const { cache, compiledFrom } = countingCache();
    const mine = scenario(3);
    const { compiled } = cache.compiled(mine);
    expect(compiledFrom[0]).not.toBe(mine);
    expect(compiledFrom[0]).toStrictEqual(mine);
    (mine.services[0] as { timetable: { departuresPerWeek: number } }).timetable.departuresPerWeek = 9;
    const again = cache.compiled(scenario(3));
    expect(again.compiled).toBe(compiled);
    expect(again.compiled.scenario).toStrictEqual(scenario(3));
  });

  it('gives replications bit for bit the numbers of a fresh compile, whatever ran on it before', () => {
    const { cache } = countingCache();
    const cached = cache.compiled(scenario()).compiled;
    const before = [0, 1, 2].map((i) => run(cached, i));
    // A hit after three replications ran on it, replications in another order.
    const again = cache.compiled(scenario()).compiled;
    expect(again).toBe(cached);
    const after = [2, 0, 1].map((i) => run(again, i));
    const fresh = [0, 1, 2].map((i) => run(compileScenario(scenario()), i));
    expect(before).toStrictEqual(fresh);
    expect([after[1], after[2], after[0]]).toStrictEqual(fresh);
  });

  it('refuses a capacity below one', () => {
    expect(() => createCompiledScenarioCache({ capacity: 0 })).toThrow(/capacity/);
  });
});

describe('createSimApi with its cache', () => {
  it('gives a pool worker (one call per replication, one API) the bytes of a fresh API per call', async () => {
    const s = scenario();
    const pooled = createSimApi();
    const shares = [];
    for (const i of [2, 0, 3, 1])
      shares.push(...(await pooled.runReplications(s, { seed: 7, indices: [i] })));
    const fresh = [];
    for (const i of [2, 0, 3, 1])
      fresh.push(...(await createSimApi().runReplications(scenario(), { seed: 7, indices: [i] })));
    expect(shares).toStrictEqual(fresh);
    const api = createSimApi();
    expect(api.toCsv(api.assembleRun(s, 7, shares), 'x')).toEqual(
      api.toCsv(await createSimApi().runScenario(scenario(), { seed: 7, replications: 4 }), 'x'),
    );
  });

  it('gives the same bytes when the caller passes the scenario hash, and refuses a malformed one', async () => {
    const s = scenario();
    const api = createSimApi();
    const hash = await api.hashScenario(s);
    const hashed = await api.runReplications(s, { seed: 7, indices: [1], scenarioHash: hash });
    expect(hashed).toStrictEqual(await createSimApi().runReplications(scenario(), { seed: 7, indices: [1] }));
    await expect(api.runReplications(s, { seed: 7, indices: [1], scenarioHash: 'abc' })).rejects.toThrow(
      /request\.scenarioHash must be the scenario's SHA-256/,
    );
  });

  it('checks the seed and the replication indices of a share', async () => {
    const api = createSimApi();
    await expect(api.runReplications(scenario(), { seed: -1, indices: [0] })).rejects.toThrow(/seed/);
    await expect(api.runReplications(scenario(), { seed: 1, indices: [] })).rejects.toThrow(/replications/);
    await expect(api.runReplications(scenario(), { seed: 1, indices: [-1] })).rejects.toThrow(/index/);
    await expect(api.runReplications(scenario(), { seed: 1, indices: [0.5] })).rejects.toThrow(/index/);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileScenario, createReplication, replicationSeed, runReplication } from './index.ts';
import { buildRandomScenario, scenarioParams } from './testing/randomScenario.ts';

describe('determinism', () => {
  it('gives identical results, every typed array, for the same scenario and seed', () => {
    fc.assert(
      fc.property(scenarioParams, (params) => {
        const scenario = buildRandomScenario(params).build();
        const a = runReplication(compileScenario(scenario), { replication: 0, seed: 7 });
        const b = runReplication(compileScenario(scenario), { replication: 0, seed: 7 });
        expect(b).toEqual(a);
      }),
      { numRuns: 25 },
    );
  });

  it('gives the same result however the run is cut into steps', () => {
    fc.assert(
      fc.property(scenarioParams, fc.integer({ min: 1, max: 400 }), (params, chunkHours) => {
        const compiled = compileScenario(buildRandomScenario(params).build());
        const whole = runReplication(compiled, { replication: 0, seed: 3 });
        const run = createReplication(compiled, { replication: 0, seed: 3 });
        let steps = 0;
        while (!run.step(chunkHours)) {
          steps++;
          expect(run.progress()).toBeGreaterThan(0);
          expect(run.progress()).toBeLessThan(1);
        }
        expect(run.progress()).toBe(1);
        expect(steps).toBeGreaterThanOrEqual(Math.ceil(compiled.durationHours / chunkHours) - 1);
        expect(run.result()).toEqual(whole);
      }),
      { numRuns: 20 },
    );
  });

  it('gives different results for different seeds', () => {
    const scenario = buildRandomScenario(fc.sample(scenarioParams, { numRuns: 1, seed: 5 })[0]!)
      .demand('busy', 'n0', 'n1', { perWeek: 50 })
      .build();
    const compiled = compileScenario(scenario);
    const a = runReplication(compiled, { replication: 0, seed: replicationSeed(1, 0) });
    const b = runReplication(compiled, { replication: 1, seed: replicationSeed(1, 1) });
    expect(Array.from(b.balance.generatedTeu)).not.toEqual(Array.from(a.balance.generatedTeu));
  });

  it('derives unrelated replication seeds that do not depend on how many replications run', () => {
    const seeds = Array.from({ length: 100 }, (_, i) => replicationSeed(42, i));
    expect(new Set(seeds).size).toBe(100);
    for (const s of seeds) expect(Number.isInteger(s) && s >= 0 && s < 2 ** 32).toBe(true);
    expect(replicationSeed(42, 3)).toBe(seeds[3]);
    expect(replicationSeed(43, 3)).not.toBe(seeds[3]);
  });
});

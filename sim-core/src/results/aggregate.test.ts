import { describe, expect, it } from 'vitest';
import type { RunProvenance } from '../api/types.ts';
import { parseScenario } from '../scenario/ScenarioError.ts';
import { aggregateReplications, bandOf, estimate } from './aggregate.ts';
import { syntheticReplication, type SyntheticShape } from './testing/syntheticReplication.ts';
import { readFileSync } from 'node:fs';

const shape: SyntheticShape = {
  weeks: 2,
  nodeIds: ['a', 'b'],
  linkIds: ['a-b'],
  corridorIds: ['c'],
  demandIds: ['d'],
  resourceIds: ['a/gate'],
  years: [2025],
};
const provenance: RunProvenance = {
  scenarioHash: 'f'.repeat(64),
  scenarioId: 'tiny',
  seed: 1,
  engineVersion: 'test',
  replicationSeeds: [11, 12, 13],
};

describe('estimate (mean and 95 % CI over replications)', () => {
  it('uses Student t with n - 1 degrees of freedom', () => {
    const e = estimate([1, 2, 3, 4, 5]);
    // s = sqrt(2.5), t(0.975, 4) = 2.776445105: half-width = 2.776445105 * 1.58114 / sqrt(5) = 1.96324.
    expect(e.mean).toBe(3);
    expect(e.high - e.mean).toBeCloseTo(1.963_243, 5);
    expect(e.mean - e.low).toBeCloseTo(1.963_243, 5);
  });

  it('collapses to the value itself with one replication', () => {
    expect(estimate([7.5])).toEqual({ mean: 7.5, low: 7.5, high: 7.5 });
  });

  it('leaves out replications with nothing to measure (NaN)', () => {
    expect(estimate([NaN, 4, NaN])).toEqual({ mean: 4, low: 4, high: 4 });
    expect(estimate([NaN])).toEqual({ mean: NaN, low: NaN, high: NaN });
  });

  it('covers the true mean about 95 % of the time for normal data', () => {
    // A fixed-seed LCG and Box-Muller: 4000 experiments of 5 replications each, true mean 10.
    let state = 12_345;
    const uniform = (): number => {
      state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
      return (state + 0.5) / 2 ** 32;
    };
    const normal = (): number =>
      10 + 2 * Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
    let covered = 0;
    const trials = 4000;
    for (let t = 0; t < trials; t++) {
      const e = estimate([normal(), normal(), normal(), normal(), normal()]);
      if (e.low <= 10 && 10 <= e.high) covered += 1;
    }
    expect(covered / trials).toBeGreaterThan(0.935);
    expect(covered / trials).toBeLessThan(0.965);
  });
});

describe('aggregateReplications', () => {
  const valueAt = (metric: string, period: number, entity: number, replication: number): number =>
    metric === 'nodes.teu' ? 100 * period + 10 * entity + replication : replication + 1;

  it('gives each cell the mean and CI of that cell over replications, in replication order', () => {
    const reps = [2, 0, 1].map((r) => syntheticReplication(shape, r, valueAt));
    const result = aggregateReplications(provenance, reps);
    expect(result.replications.map((r) => r.replication)).toEqual([0, 1, 2]);
    const teu = result.bands.nodes.teu;
    expect(teu.mean.periods).toBe(2);
    expect(teu.mean.entities).toBe(2);
    // week 1, node b: 110, 111, 112 -> mean 111, half-width t(2) * 1 / sqrt(3).
    expect(teu.mean.values[1 * 2 + 1]).toBe(111);
    expect((teu.high.values[3] ?? 0) - 111).toBeCloseTo((4.30265273 * 1) / Math.sqrt(3), 9);
    expect(result.bands.modes.co2Tonnes.mean.entities).toBe(4);
  });

  it('summarises every resource with its CI', () => {
    const reps = [0, 1, 2].map((r) => syntheticReplication(shape, r, valueAt));
    const { resourceSummary } = aggregateReplications(provenance, reps);
    expect(resourceSummary.ids).toEqual(['a/gate']);
    expect(resourceSummary.utilisation[0]?.mean).toBe(2);
    expect(resourceSummary.meanWaitHours[0]?.low).toBeLessThan(2);
  });

  it('refuses replications of different shapes, naming the matrix', () => {
    const a = syntheticReplication(shape, 0, valueAt);
    const b = syntheticReplication({ ...shape, nodeIds: ['a'] }, 1, valueAt);
    expect(() => aggregateReplications(provenance, [a, b])).toThrow(
      'nodes.teu is 2x1 in one replication and 2x2 in another',
    );
    expect(() => bandOf([], 'x')).toThrow('no replications');
  });

  it('labels the result from the scenario for the CSV', () => {
    const scenario = parseScenario(
      JSON.parse(
        readFileSync(new URL('../../../tests/fixtures/cli/tiny.scenario.json', import.meta.url), 'utf8'),
      ),
    );
    const result = aggregateReplications(provenance, [syntheticReplication(shape, 0, valueAt)], scenario);
    expect(result.labels?.linkModes).toEqual(['road', 'rail', 'rail']);
    expect(result.labels?.demandOrigins).toEqual(['qingdao-port']);
    expect(result.labels?.targetTrainsPerYear).toBe(800);
  });
});

import { describe, expect, it } from 'vitest';
import type { RunProvenance } from '../vocabulary/runResult.ts';
import { parseScenario } from '../scenario/ScenarioError.ts';
import { aggregateReplications, bandOf } from './aggregate.ts';
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

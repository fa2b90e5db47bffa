/**
 * Demand never exceeds capacity by construction: in every built-in scenario and every sim year,
 * the TEU a year the demand puts on each service direction (each segment between two stops) fit
 * in the TEU a year its vehicles carry there. Demand fills its cheapest itinerary and spills to
 * the next (utilisation.ts), so a segment may be filled exactly; over 100 % means some demand
 * found no room on any of its itineraries.
 */
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/scenario/schema.ts';
import { describeLoad, segmentLoads } from './utilisation.ts';
import { loadBuiltIn, readAssetJson } from './scenarioTestKit.ts';
import { ScenarioBuilder } from '../../src/model/testing/ScenarioBuilder.ts';

const ids = (readAssetJson('scenarios/index.json') as { scenarios: { id: string }[] }).scenarios.map(
  (s) => s.id,
);
function overloads(scenario: Scenario): string[] {
  return segmentLoads(scenario)
    .filter((l) => l.utilisation > 1 + 1e-9)
    .map((l) => `${scenario.id} ${describeLoad(l)}`);
}

describe('demand against capacity', () => {
  it.each(ids)('%s: every service direction has room for its demand, every year', (id) => {
    expect(overloads(loadBuiltIn(id))).toEqual([]);
  });

  it('names the service, direction, segment and year of an overload', () => {
    // 60 TEU a week on a weekly 50-TEU train; back, 20 TEU a week on half its runs (25 TEU).
    const scenario = new ScenarioBuilder({ durationDays: 364 })
      .node('a')
      .node('b')
      .link('a', 'b', 'rail')
      .service('line', ['a', 'b'], { perWeek: 1, capacityTeu: 50, returnShare: 0.5 })
      .demand('out', 'a', 'b', { perWeek: 60 })
      .demand('back', 'b', 'a', { perWeek: 20 })
      .build();
    const found = overloads(scenario);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/year 0: line a->b \d+ TEU against \d+ \(120 %\)/);
    const back = segmentLoads(scenario).find((l) => l.isReturn);
    expect(back?.utilisation).toBeCloseTo(0.8, 2);
  });
});

import { describe, expect, it } from 'vitest';
import { ScenarioBuilder } from './testing/ScenarioBuilder.ts';
import { TestSim } from './testing/TestSim.ts';

/** A terminal that local cargo passes (origin = destination): generated volume is all we read. */
function terminal(years: number): ScenarioBuilder {
  return new ScenarioBuilder({ durationDays: Math.round(365.25 * years), startDate: '2025-01-01' }).node(
    'qingdao',
    {
      kind: 'seaport',
    },
  );
}

/** TEU generated between two sim hours (from the weekly cumulative balance). */
function generatedBetween(sim: TestSim, fromWeek: number, toWeek: number): number {
  const g = sim.result.balance.generatedTeu;
  return (g[toWeek - 1] as number) - (fromWeek > 0 ? (g[fromWeek - 1] as number) : 0);
}

describe('demand', () => {
  it('grows by the corridor’s rate each sim year, compounding', () => {
    const sim = TestSim.run(
      terminal(3)
        .corridor('main', { growthPerYear: 0.5 })
        .demand('boxes', 'qingdao', 'qingdao', { perWeek: 400 }),
    );
    // Weeks 0-51, 53-103 and 105-155 lie inside sim years 1, 2, 3 (365.25 days each).
    const y1 = generatedBetween(sim, 0, 52);
    const y2 = generatedBetween(sim, 53, 104);
    const y3 = generatedBetween(sim, 105, 156);
    // About 20 000 TEU in year 1 (Poisson: sd ~140), so 5 % tolerance is some 7 standard errors.
    expect(y1 / 52 / 400).toBeCloseTo(1, 1);
    expect(y2 / y1).toBeGreaterThan(1.5 * (51 / 52) * 0.95);
    expect(y2 / y1).toBeLessThan(1.5 * (51 / 52) * 1.05);
    expect(y3 / y2).toBeGreaterThan(1.5 * 0.95);
    expect(y3 / y2).toBeLessThan(1.5 * 1.05);
  });

  it('follows monthly seasonality', () => {
    const weights = [3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];
    const sim = TestSim.run(
      terminal(1).demand('boxes', 'qingdao', 'qingdao', { perWeek: 400, seasonality: weights }),
    );
    // January (weeks 0-3, 28 of its 31 days) runs at 3 / (14 / 12) of the mean rate; March (weeks 9-12) at 1 / (14 / 12).
    const january = generatedBetween(sim, 0, 4);
    const march = generatedBetween(sim, 9, 13);
    expect(january / march).toBeGreaterThan(3 * 0.9);
    expect(january / march).toBeLessThan(3 * 1.1);
    expect(january / (4 * 400)).toBeCloseTo(3 / (14 / 12), 1);
  });

  it('draws consignment sizes from the size distribution, conserving volume', () => {
    const sim = TestSim.run(
      terminal(1).demand('boxes', 'qingdao', 'qingdao', {
        perWeek: 400,
        consignmentSize: { kind: 'empirical', values: [1, 2, 40], weights: [6, 3, 1] },
      }),
    );
    // Mean size 5.2 TEU: about 4000 consignments a year carry about 20 870 TEU (sd ~ 2.5 %).
    expect(sim.generatedTeu() / (365 / 7) / 400).toBeGreaterThan(0.92);
    expect(sim.generatedTeu() / (365 / 7) / 400).toBeLessThan(1.08);
    // Local cargo with no processes is delivered at once: TEU per consignment is the mean size.
    expect(sim.generatedTeu() / (sim.result.transitTimes.delivered[0] as number)).toBeCloseTo(5.2, 0);
  });

  it('carries air cargo in tonnes and reports aircraft loads in tonnes', () => {
    const sim = TestSim.run(
      new ScenarioBuilder({ durationDays: 28 })
        .node('jiaodong', { kind: 'airport' })
        .node('almaty-airport', { kind: 'airport', country: 'KZ' })
        .link('jiaodong', 'almaty-airport', 'air')
        .service('freighter', ['jiaodong', 'almaty-airport'], {
          mode: 'air',
          perWeek: 3,
          capacityTonnes: 100,
          legHours: [7],
        })
        .demand('electronics', 'jiaodong', 'almaty-airport', {
          unit: 'tonnes',
          perWeek: 150,
          valuePerUnitUsd: 100_000,
        }),
    );
    const trips = sim.result.trips;
    for (let i = 0; i < trips.count; i++) {
      expect(trips.capacity[i]).toBe(100);
      expect(trips.load[i]).toBeLessThanOrEqual(100 + 1e-3);
    }
    // 150 t a week wait for 300 t of room: everything but the last days' cargo flies.
    const tonnes = sim.result.corridors.tonnesDelivered.values.reduce((a, b) => a + b, 0);
    expect(tonnes).toBeGreaterThan(3 * 150 * 0.8);
    const value = sim.result.corridors.tradeValueUsd.values.reduce((a, b) => a + b, 0);
    expect(value / tonnes).toBeCloseTo(100_000, -1);
  });
});

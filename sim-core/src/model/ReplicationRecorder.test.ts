import { describe, expect, it } from 'vitest';
import { MODES } from '../vocabulary/modes.ts';
import { ScenarioBuilder } from './testing/ScenarioBuilder.ts';
import { TestSim } from './testing/TestSim.ts';

/** Busan by sea to Qingdao (a terminal with 3 cranes), rail to Almaty; 5 weeks of warm-up. */
function run(): TestSim {
  return TestSim.run(
    new ScenarioBuilder({ durationDays: 364, warmupDays: 35 })
      .node('busan', { kind: 'seaport', country: 'KR' })
      .node('qingdao', {
        kind: 'seaport',
        processes: [
          {
            id: 'cranes',
            kind: 'port-handling',
            servers: 3,
            unit: 'consignment',
            serviceHours: { kind: 'exponential', mean: 1 },
          },
        ],
      })
      .node('almaty', { country: 'KZ' })
      .link('busan', 'qingdao', 'sea', { km: 900, id: 'busan-qingdao' })
      .link('qingdao', 'almaty', 'rail', { km: 4500, id: 'qingdao-almaty' })
      .service('ferry', ['busan', 'qingdao'], {
        mode: 'sea',
        perWeek: 3,
        capacityTeu: 500,
        legHours: [30],
        rateUsd: 400,
      })
      .service('sco-express', ['qingdao', 'almaty'], {
        perWeek: 5,
        capacityTeu: 100,
        legHours: [200],
        rateUsd: 3000,
      })
      .demand('electronics', 'busan', 'almaty', { perWeek: 300, valuePerUnitUsd: 40_000 })
      .kpi({
        trainHubNode: 'qingdao',
        scoCountries: ['KZ'],
        targetTrainsPerYear: 800,
        targetTradeGrowthPerYear: 0.1,
      }),
  );
}

const sum = (a: ArrayLike<number>): number => {
  let total = 0;
  for (let i = 0; i < a.length; i++) total += a[i] as number;
  return total;
};

describe('replication results', () => {
  const sim = run();
  const r = sim.result;
  const rail = MODES.indexOf('rail');
  const sea = MODES.indexOf('sea');
  const modeTotal = (metric: keyof typeof r.modes, mode: number): number => {
    const m = r.modes[metric];
    let total = 0;
    for (let p = 0; p < m.periods; p++) total += m.values[p * m.entities + mode] as number;
    return total;
  };

  it('reports whole weeks from the end of the warm-up, with their dates', () => {
    expect(r.weeks.startHours[0]).toBe(5 * 168);
    expect(r.weeks.startDates[0]).toBe('2025-02-10');
    expect(r.weeks.startHours).toHaveLength(52 - 5);
    expect(r.nodes.teu.periods).toBe(47);
    for (let i = 0; i < r.trips.count; i++) expect(r.trips.departHours[i]).toBeGreaterThanOrEqual(35 * 24);
  });

  it('carries on each link what the trips on it carried', () => {
    const railTrips = Array.from(r.trips.load).filter((_, i) => r.trips.linkIndex[i] === 1);
    expect(sum(sim.link('qingdao-almaty', 'teu'))).toBeCloseTo(sum(railTrips), 6);
    expect(sum(sim.link('qingdao-almaty', 'vehicles'))).toBe(railTrips.length);
    expect(sum(sim.link('qingdao-almaty', 'tonnes'))).toBeCloseTo(10 * sum(railTrips), 6);
  });

  it('derives tonne-km, CO2 and freight cost per mode from loads, distances, factors and rates', () => {
    expect(modeTotal('tonneKm', rail)).toBeCloseTo(sum(sim.link('qingdao-almaty', 'tonnes')) * 4500, 3);
    expect(modeTotal('co2Tonnes', rail)).toBeCloseTo((modeTotal('tonneKm', rail) * 0.025) / 1000, 6);
    expect(modeTotal('co2Tonnes', sea)).toBeCloseTo((modeTotal('tonneKm', sea) * 0.016) / 1000, 6);
    expect(modeTotal('costUsd', rail)).toBeCloseTo(3000 * modeTotal('teu', rail), 3);
    expect(modeTotal('vehicles', rail)).toBe(sum(sim.link('qingdao-almaty', 'vehicles')));
  });

  it('values delivered trade at the demand’s value per TEU and counts it as SCO trade', () => {
    const delivered = sim.totalDeliveredTeu();
    expect(sum(sim.result.corridors.tradeValueUsd.values)).toBeCloseTo(40_000 * delivered, 3);
    expect(sum(r.kpis.scoTradeValueUsd)).toBeCloseTo(40_000 * delivered, 3);
    expect(sum(r.kpis.teuDelivered)).toBe(delivered);
  });

  it('gives CO2 per TEU delivered that adds back up to the CO2 of all modes', () => {
    const co2 = r.kpis.years.reduce(
      (total, _, y) => total + (r.kpis.co2PerTeuTonnes[y] as number) * (r.kpis.teuDelivered[y] as number),
      0,
    );
    expect(co2).toBeCloseTo(sum(r.modes.co2Tonnes.values), 6);
  });

  it('reports the node’s weekly utilisation in line with its resource over the run', () => {
    const weekly = sim.node('qingdao', 'utilisation');
    const cranes = sim.resource('qingdao/cranes');
    // 300 TEU a week at 1 h each over 3 cranes: 300 / 504 ≈ 0.6.
    expect(cranes.utilisation).toBeCloseTo(300 / 504, 1);
    expect(sum(weekly) / weekly.length).toBeCloseTo(cranes.utilisation, 2);
    expect(sum(sim.node('qingdao', 'queueLength')) / weekly.length).toBeCloseTo(cranes.meanQueueLength, 2);
  });

  it('splits dwell at the transfer port into handling and waiting for the train', () => {
    const handling = sim.node('qingdao', 'dwellHandlingHours');
    const waiting = sim.node('qingdao', 'dwellWaitingHours');
    expect(sum(handling) / handling.length).toBeCloseTo(1, 0);
    // Trains every 33.6 h: about half of that waiting, plus queueing for a crane.
    expect(sum(waiting) / waiting.length).toBeGreaterThan(10);
    expect(sum(waiting) / waiting.length).toBeLessThan(40);
  });

  it('records the backlog at the end of each year, the last one at the end of the run', () => {
    expect(r.kpis.years).toEqual([2025, 2026]);
    expect(r.kpis.backlogTeu[1]).toBe(r.balance.waitingTeu[r.balance.waitingTeu.length - 1]);
  });

  it('counts trains at the hub: departures to Almaty', () => {
    const departures = Array.from(r.trips.linkIndex).filter((l) => l === 1).length;
    expect(sum(r.kpis.trainsPerYear)).toBe(departures);
  });
});

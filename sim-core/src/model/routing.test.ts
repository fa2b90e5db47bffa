/**
 * Routing as a planner sees it: cargo never waits for a service that does not run yet beyond the
 * horizon, leaves a service that stops, goes round a congested border when it has another way,
 * and backs up when it has none.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Scenario, type Intervention, type ScenarioInput } from '../scenario/schema.ts';
import { START_HORIZON_HOURS } from './OnwardChoice.ts';
import { ScenarioBuilder } from './testing/ScenarioBuilder.ts';
import { TestSim } from './testing/TestSim.ts';
import { twoBorderNetwork } from './testing/twoBorders.ts';

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
const HORIZON_DAYS = START_HORIZON_HOURS / 24;

/** The scenario with service `id` taken out of the timetable and added by an intervention instead. */
function addedFrom(b: ScenarioBuilder, id: string, from: string): Scenario {
  const input = b.input() as ScenarioInput & { services: { id: string }[] };
  const service = input.services.find((s) => s.id === id);
  input.services = input.services.filter((s) => s.id !== id);
  input.interventions = [
    ...(input.interventions ?? []),
    { kind: 'add-service', from, service } as unknown as Intervention,
  ];
  return Scenario.parse(input);
}

/** Port p to hub h by a daily feeder; h to market m by a cheap ship; p to m by a dearer daily train. */
function newShipRoute(seed: number, valueOfTime: number): ScenarioBuilder {
  return new ScenarioBuilder({ durationDays: 280, seed })
    .node('p')
    .node('h', { kind: 'seaport' })
    .node('m')
    .link('p', 'h', 'road', { km: 100 })
    .link('h', 'm', 'sea', { km: 3000 })
    .link('p', 'm', 'rail', { km: 3000 })
    .service('feeder', ['p', 'h'], {
      mode: 'road',
      perWeek: 14,
      legHours: [4],
      capacityTeu: 100,
      rateUsd: 50,
    })
    .service('new-ship', ['h', 'm'], {
      mode: 'sea',
      perWeek: 1,
      legHours: [240],
      capacityTeu: 500,
      rateUsd: 300,
    })
    .service('train', ['p', 'm'], { perWeek: 7, legHours: [200], capacityTeu: 100, rateUsd: 1500 })
    .demand('goods', 'p', 'm', { perWeek: 60, valueOfTimeUsdPerDay: valueOfTime });
}

describe('routing', () => {
  it('strands nothing on a service that starts later: cargo rides what runs, then the new route', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.constantFrom(0, 20, 80), (seed, valueOfTime) => {
        const sim = TestSim.run(addedFrom(newShipRoute(seed, valueOfTime), 'new-ship', '2025-05-05'));
        // Before the ship starts (day 119), nothing waits for it longer than the horizon plus a
        // week's headway; trains carry the cargo meanwhile.
        expect(sim.transit('goods').maxServiceWaitDays).toBeLessThanOrEqual(HORIZON_DAYS + 7);
        const bySea = sim.link('h-m-sea', 'teu');
        expect(sum(bySea.slice(0, 15))).toBe(0);
        expect(sum(sim.link('p-m-rail', 'teu').slice(0, 14))).toBeGreaterThan(0);
        // Once it runs, the cheaper sea route takes cargo.
        expect(sum(bySea.slice(18))).toBeGreaterThan(0);
        expect(sim.balanceViolations()).toEqual([]);
      }),
      { numRuns: 6 },
    );
  });

  it('sends the queue of a dropped service to the next best itinerary', () => {
    // A fortnightly cheap ship and a dear daily train; cargo with no value of time waits for the ship.
    const b = new ScenarioBuilder({ durationDays: 200, seed: 3 })
      .node('p', { kind: 'seaport' })
      .node('m')
      .link('p', 'm', 'sea', { km: 3000 })
      .link('p', 'm', 'rail', { km: 3000, id: 'p-m-rail' })
      .service('ship', ['p', 'm'], {
        mode: 'sea',
        perWeek: 0.5,
        legHours: [240],
        capacityTeu: 2000,
        rateUsd: 300,
      })
      .service('train', ['p', 'm'], { perWeek: 7, legHours: [200], capacityTeu: 100, rateUsd: 1500 })
      .demand('goods', 'p', 'm', { perWeek: 60, valueOfTimeUsdPerDay: 0 })
      .intervention({ kind: 'drop-service', from: '2025-03-10', service: 'ship' });
    const sim = TestSim.run(b);
    // Without rerouting, what queued for the ship when it stopped would wait to the run's end.
    expect(sim.transit('goods').maxServiceWaitDays).toBeLessThanOrEqual(14);
    const byRail = sim.link('p-m-rail', 'teu');
    expect(byRail[9]).toBeGreaterThan(60); // the week of the drop: the ship's queue boards trains
    expect(sim.backlogTeuAtWeekEnd().at(-2)).toBeLessThan(100);
    expect(sim.balanceViolations()).toEqual([]);
  });

  /**
   * Origin o to market m through border x (cheap) or border y (dearer); a second origin q reaches
   * m only through x. Each border checks one train at a time, half an hour on average: about a
   * third busy with x's 114 trains a week, overloaded (rho 1.1) when throttled to 30 %.
   */
  function twoBorders(seed: number, throttle?: number): ScenarioBuilder {
    let b = twoBorderNetwork(seed)
      .service('via-x', ['o', 'x', 'm'], { perWeek: 7, legHours: [48, 48], capacityTeu: 100, rateUsd: 2000 })
      .service('via-y', ['o', 'y', 'm'], { perWeek: 7, legHours: [48, 48], capacityTeu: 100, rateUsd: 2150 })
      .service('q-x', ['q', 'x', 'm'], { perWeek: 7, legHours: [48, 48], capacityTeu: 100, rateUsd: 2000 })
      // Other traffic through x: two trains every hour and a half.
      .service('background', ['q', 'x'], { perWeek: 100, legHours: [48], capacityTeu: 100, rateUsd: 9000 })
      .demand('from-o', 'o', 'm', { perWeek: 300, valueOfTimeUsdPerDay: 60 })
      .demand('from-q', 'q', 'm', { perWeek: 300, valueOfTimeUsdPerDay: 60 });
    if (throttle !== undefined)
      b = b.intervention({
        kind: 'throttle-node',
        node: 'x',
        from: '2025-02-03',
        to: '2025-03-31',
        factor: throttle,
      });
    return b;
  }

  it('diverts cargo with an alternative round a throttled border; cargo without one backs up', () => {
    for (const seed of [1, 2, 3]) {
      const open = TestSim.run(twoBorders(seed));
      const throttled = TestSim.run(twoBorders(seed, 0.3));
      // Weeks 4..11 are throttled.
      const viaY = (sim: TestSim): number => sum(sim.link('o-y-rail', 'teu').slice(4, 12));
      expect(viaY(throttled)).toBeGreaterThan(viaY(open) + 300);
      // q's cargo can only go through x: it waits there (a day on average over the run, up to a
      // week at the throttle's end) and arrives later.
      expect(throttled.resource('x/customs').meanWaitHours).toBeGreaterThan(12);
      expect(throttled.transit('from-q').meanDays).toBeGreaterThan(open.transit('from-q').meanDays + 0.5);
      expect(throttled.transit('from-q').delivered).toBeGreaterThan(0.95 * open.transit('from-q').delivered);
      expect(throttled.balanceViolations()).toEqual([]);
    }
  });

  it('lets exactly the throttled share of a link’s trains through over the weeks', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 19 }), (twentieths) => {
        const factor = twentieths / 20;
        const sim = TestSim.run(
          new ScenarioBuilder({ durationDays: 140, seed: 1 })
            .node('a')
            .node('b')
            .link('a', 'b', 'rail', { id: 'a-b' })
            .service('train', ['a', 'b'], { perWeek: 7, legHours: [24], capacityTeu: 50 })
            .demand('goods', 'a', 'b', { perWeek: 100 })
            .intervention({
              kind: 'throttle-link',
              from: '2025-01-06',
              to: '2025-05-26',
              link: 'a-b',
              factor,
            }),
        );
        // 20 weeks at 7 x factor trains a week: the fraction of a slot carries from week to week.
        const trains = sum(sim.link('a-b', 'vehicles'));
        expect(Math.abs(trains - 140 * factor)).toBeLessThanOrEqual(1);
      }),
      { numRuns: 12 },
    );
  });
});

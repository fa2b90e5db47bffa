/**
 * The capacity rules of issue 14 on small scenarios built here: ad hoc departures let cargo go
 * round a throttled border when it has another way, a vehicle calling at several stops keeps a
 * share of its room for the stops after the first, and more trains never deliver less.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ScenarioBuilder } from './testing/ScenarioBuilder.ts';
import { TestSim } from './testing/TestSim.ts';
import { twoBorderNetwork } from './testing/twoBorders.ts';

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

/**
 * Origin o to market m through border x (cheap, daily) or border y (dearer, twice a week, optionally
 * with ad hoc trains). x checks one train at a time, half an hour on average, also for 100
 * background trains a week; throttled to 20 % it is overloaded.
 */
function borders(seed: number, opts: { throttle: boolean; adHoc: boolean }): ScenarioBuilder {
  let b = twoBorderNetwork(seed)
    .service('via-x', ['o', 'x', 'm'], { perWeek: 7, legHours: [48, 48], capacityTeu: 100, rateUsd: 2000 })
    .service('via-y', ['o', 'y', 'm'], {
      perWeek: 2,
      legHours: [48, 48],
      capacityTeu: 100,
      rateUsd: 2050,
      ...(opts.adHoc ? { adHoc: { maxPerWeek: 4 } } : {}),
    })
    .service('background', ['q', 'x'], { perWeek: 100, legHours: [48], capacityTeu: 100, rateUsd: 9000 })
    .demand('from-o', 'o', 'm', { perWeek: 400, valueOfTimeUsdPerDay: 60 });
  if (opts.throttle)
    b = b.intervention({
      kind: 'throttle-node',
      node: 'x',
      from: '2025-02-03',
      to: '2025-03-31',
      factor: 0.2,
    });
  return b;
}

describe('capacity rules', () => {
  it('ad hoc trains carry cargo round a throttled border, capped a week and counted as trains', () => {
    for (const seed of [1, 2, 3]) {
      const run = (throttle: boolean, adHoc: boolean) => TestSim.run(borders(seed, { throttle, adHoc }));
      const open = run(false, true);
      const throttled = run(true, true);
      const noExtras = run(true, false);
      // Weeks 4..11 are throttled.
      const window = (sim: TestSim, metric: 'teu' | 'vehicles'): number =>
        sum(sim.link('o-y-rail', metric).slice(4, 12));
      // Cargo diverts to y when x is throttled, and ad hoc trains carry much more of it there.
      expect(window(throttled, 'teu')).toBeGreaterThan(window(open, 'teu') + 1000);
      expect(window(throttled, 'teu')).toBeGreaterThan(window(noExtras, 'teu') + 500);
      // At most two scheduled and four ad hoc trains a week pass y, and every one is counted.
      const trains = window(throttled, 'vehicles');
      expect(trains).toBeGreaterThan(window(noExtras, 'vehicles'));
      expect(trains).toBeLessThanOrEqual(8 * (2 + 4));
      expect(throttled.balanceViolations()).toEqual([]);
    }
  });

  it('serves mid-route boarders: trains full from the first stop keep room for the next one', () => {
    for (const seed of [1, 2, 3]) {
      // a -> b -> c twice a week, 100 TEU; a's cargo alone would fill 87 % of every train.
      const sim = TestSim.run(
        new ScenarioBuilder({ durationDays: 364, seed })
          .node('a')
          .node('b')
          .node('c')
          .link('a', 'b', 'rail')
          .link('b', 'c', 'rail')
          .service('line', ['a', 'b', 'c'], { perWeek: 2, legHours: [24, 24], capacityTeu: 100 })
          .demand('from-a', 'a', 'c', { perWeek: 174 })
          .demand('from-b', 'b', 'c', { perWeek: 16 }),
      );
      // b's cargo never waits more than four departures (two weeks) for room.
      expect(sim.transit('from-b').maxServiceWaitDays).toBeLessThanOrEqual(14);
      expect(sim.transit('from-a').maxServiceWaitDays).toBeLessThan(60);
      expect(sim.balanceViolations()).toEqual([]);
    }
  });

  it('never delivers less with more trains', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.integer({ min: 1, max: 4 }), (seed, perWeek) => {
        const run = (trains: number) =>
          TestSim.run(
            new ScenarioBuilder({ durationDays: 140, seed })
              .node('a')
              .node('b')
              .node('c')
              .link('a', 'b', 'rail')
              .link('b', 'c', 'rail')
              .service('line', ['a', 'b', 'c'], { perWeek: trains, legHours: [24, 24], capacityTeu: 100 })
              .demand('a-c', 'a', 'c', { perWeek: 150 })
              .demand('b-c', 'b', 'c', { perWeek: 30 }),
          );
        const fewer = run(perWeek);
        const more = run(2 * perWeek);
        expect(more.totalDeliveredTeu()).toBeGreaterThanOrEqual(fewer.totalDeliveredTeu());
      }),
      { numRuns: 6 },
    );
  });
});

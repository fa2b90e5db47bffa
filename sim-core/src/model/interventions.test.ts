import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ScenarioBuilder } from './testing/ScenarioBuilder.ts';
import { TestSim } from './testing/TestSim.ts';

/** Qingdao port (with a terminal process) to Jiaozhou by road, then trains to Almaty. 2025-01-06 is day 0. */
function corridor(
  opts: { trainsPerWeek?: number; perWeek?: number; seed?: number; fixedLegHours?: number } = {},
): ScenarioBuilder {
  return new ScenarioBuilder({ durationDays: 182, seed: opts.seed ?? 1 })
    .node('jiaozhou', {
      processes: [
        {
          id: 'yard',
          kind: 'rail-loading',
          servers: 4,
          unit: 'consignment',
          serviceHours: { kind: 'exponential', mean: 2 },
        },
      ],
    })
    .node('almaty', { country: 'KZ' })
    .link('jiaozhou', 'almaty', 'rail', { km: 4500, id: 'jiaozhou-almaty' })
    .service('sco-express', ['jiaozhou', 'almaty'], {
      perWeek: opts.trainsPerWeek ?? 7,
      capacityTeu: 50,
      legHours: [opts.fixedLegHours ?? { kind: 'uniform', min: 120, max: 168 }],
    })
    .demand('machinery', 'jiaozhou', 'almaty', { perWeek: opts.perWeek ?? 200 });
}

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

describe('interventions', () => {
  it('holds cargo at a closed node and releases it when the node reopens', () => {
    const closed = TestSim.run(
      corridor().intervention({
        kind: 'throttle-node',
        from: '2025-02-03',
        to: '2025-03-03',
        node: 'jiaozhou',
        factor: 0,
      }),
    );
    const open = TestSim.run(corridor());
    // Weeks 4..7 are closed; nothing leaves by train after the queue empties, so weeks 6-7 deliver nothing.
    const delivered = closed.deliveredTeuPerWeek();
    expect(delivered[6]).toBe(0);
    expect(delivered[7]).toBe(0);
    expect(closed.node('jiaozhou', 'teu')[5]).toBe(0);
    // The cargo is held in the yard (in transit at the node, not lost): the balance still holds.
    expect(closed.balanceViolations()).toEqual([]);
    const inTransitWhileClosed = closed.result.balance.inTransitTeu[6] as number;
    expect(inTransitWhileClosed).toBeGreaterThan((open.result.balance.inTransitTeu[6] as number) + 300);
    // The same cargo was generated either way (arrivals have their own random stream).
    expect(closed.generatedTeu()).toBe(open.generatedTeu());
  });

  it('caps the vehicles on a throttled link at the throttled share of its trains', () => {
    const sim = TestSim.run(
      corridor().intervention({
        kind: 'throttle-link',
        from: '2025-02-03',
        to: '2025-03-03',
        link: 'jiaozhou-almaty',
        factor: 3 / 7,
      }),
    );
    const vehicles = sim.link('jiaozhou-almaty', 'vehicles');
    expect(vehicles.slice(4, 8)).toEqual([3, 3, 3, 3]);
    expect(vehicles[1]).toBe(7);
    // Held trains leave once the throttle ends: more than 7 in the first week after.
    expect(vehicles[8]).toBeGreaterThan(7);
  });

  it('multiplies generated volume during a demand shock', () => {
    const shocked = TestSim.run(
      corridor().intervention({ kind: 'demand-shock', from: '2025-02-03', to: '2025-04-28', factor: 2 }),
    );
    const base = TestSim.run(corridor());
    const during = (sim: TestSim): number =>
      (sim.result.balance.generatedTeu[15] as number) - (sim.result.balance.generatedTeu[3] as number);
    // 12 weeks at 200 TEU a week: 2400 TEU expected, about 4800 when doubled (Poisson, sd ~70).
    expect(during(shocked) / during(base)).toBeGreaterThan(1.8);
    expect(during(shocked) / during(base)).toBeLessThan(2.2);
    const before = (sim: TestSim): number => sim.result.balance.generatedTeu[3] as number;
    expect(before(shocked)).toBe(before(base));
  });

  it('runs no train of a dropped service in its window, and an added service only in its window', () => {
    const sim = TestSim.run(
      corridor()
        .intervention({ kind: 'drop-service', from: '2025-02-03', to: '2025-03-03', service: 'sco-express' })
        .intervention({
          kind: 'add-service',
          from: '2025-03-03',
          to: '2025-03-31',
          service: {
            id: 'extra-train',
            name: { en: 'Extra', zh: 'Extra', ru: 'Extra' },
            mode: 'rail',
            vehicle: 'train',
            stops: ['jiaozhou', 'almaty'],
            legHours: [{ kind: 'deterministic', value: 140 }],
            timetable: { departuresPerWeek: 2, firstDepartureHour: 0 },
            capacity: { teu: 50 },
            cutoffHours: 0,
            ratePerUnitUsd: 1500,
            scheduled: true,
            returnShare: 0,
            corridor: 'main',
          },
        }),
    );
    const trips = sim.result.trips;
    const weekOf = (i: number): number => Math.floor((trips.departHours[i] as number) / 168);
    for (let i = 0; i < trips.count; i++) {
      if (trips.serviceIndex[i] === 0) expect(weekOf(i) < 4 || weekOf(i) >= 8).toBe(true);
      else {
        expect(trips.serviceIndex[i]).toBe(1); // added services follow the scenario's own
        expect(weekOf(i) >= 8 && weekOf(i) < 12).toBe(true);
      }
    }
    expect(Array.from(trips.serviceIndex).filter((s) => s === 1).length).toBe(8);
  });

  it('scales a service’s capacity in its window', () => {
    const sim = TestSim.run(
      corridor().intervention({
        kind: 'scale-capacity',
        from: '2025-02-03',
        to: '2025-03-03',
        service: 'sco-express',
        factor: 0.5,
      }),
    );
    const trips = sim.result.trips;
    for (let i = 0; i < trips.count; i++) {
      const week = Math.floor((trips.departHours[i] as number) / 168);
      expect(trips.capacity[i]).toBe(week >= 4 && week < 8 ? 25 : 50);
    }
  });

  // Each timetable's departures include the one before's, and travel times are fixed (a random
  // travel time could carry the last train of one run, and not the other, past the horizon), so
  // every consignment leaves no later and arrives no later.
  it('never delivers less with more trains a week (nested timetables)', () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.integer({ min: 50, max: 400 }), (seed, perWeek) => {
        const delivered = [1, 2, 4, 8].map((trains) =>
          sum(
            TestSim.run(
              corridor({ trainsPerWeek: trains, perWeek, seed, fixedLegHours: 140 }),
            ).deliveredTeuPerWeek(),
          ),
        );
        for (let i = 1; i < delivered.length; i++)
          expect(delivered[i]).toBeGreaterThanOrEqual(delivered[i - 1] as number);
      }),
      { numRuns: 15 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { ScenarioBuilder } from './testing/ScenarioBuilder.ts';
import { TestSim } from './testing/TestSim.ts';

/**
 * One train a week with room for 50 containers; 60 containers a week arrive (Poisson, 1 TEU
 * each). Once a backlog has built up every train leaves full, so the corridor delivers exactly 50
 * a week and the backlog grows each week by that week's arrivals minus 50: exact identities,
 * checked week by week. Only the average growth (10 a week) carries Poisson noise; it is checked
 * with a large-sample tolerance (52 weeks: the standard error of the mean weekly arrivals is
 * sqrt(60 / 48) ≈ 1.1 TEU, the tolerance is 3 of those).
 */
describe('a corridor checkable by hand', () => {
  const corridor = (): ScenarioBuilder =>
    new ScenarioBuilder({ durationDays: 364 })
      .node('jiaozhou')
      .node('almaty')
      .link('jiaozhou', 'almaty', 'rail', { km: 4500 })
      .service('sco-express', ['jiaozhou', 'almaty'], { perWeek: 1, capacityTeu: 50, legHours: [48] })
      .demand('machinery', 'jiaozhou', 'almaty', { perWeek: 60 });

  const sim = TestSim.run(corridor());
  const delivered = sim.deliveredTeuPerWeek();
  const backlog = sim.backlogTeuAtWeekEnd();
  const generated = Array.from(sim.result.balance.generatedTeu);

  it('delivers a full train of 50 TEU every week once cargo has piled up', () => {
    expect(delivered.slice(3)).toEqual(new Array<number>(delivered.length - 3).fill(50));
  });

  it('grows the backlog each week by that week’s arrivals minus the 50 TEU the train took', () => {
    for (let week = 4; week < backlog.length; week++) {
      const arrivals = (generated[week] as number) - (generated[week - 1] as number);
      expect((backlog[week] as number) - (backlog[week - 1] as number)).toBe(arrivals - 50);
    }
  });

  it('grows the backlog by about 10 TEU a week on average', () => {
    const weeks = backlog.length - 1 - 3;
    const growth = ((backlog[backlog.length - 1] as number) - (backlog[3] as number)) / weeks;
    expect(growth).toBeGreaterThan(10 - 3.4);
    expect(growth).toBeLessThan(10 + 3.4);
  });

  it('rolls cargo that does not fit to the next train', () => {
    const trips = sim.result.trips;
    for (let i = 0; i < trips.count; i++) expect(trips.load[i]).toBeLessThanOrEqual(50);
    expect(Array.from(trips.load).filter((load) => load === 50).length).toBeGreaterThan(45);
  });
});

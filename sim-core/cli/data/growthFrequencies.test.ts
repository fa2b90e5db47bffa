import { describe, expect, it } from 'vitest';
import { HUB } from './scenarioBuilder.ts';
import { GROWTH_MIN_PER_WEEK, growthFrequencies, returnsPerWeek } from './scenarios.ts';
import type { RailSpec } from './services.ts';

const spec = (id: string, perWeek: number, returnShare: number, from = HUB): RailSpec =>
  ({ id, perWeek, returnShare, stops: [from, 'far'], brand: 'sco', corridor: 'c' }) as unknown as RailSpec;
const WEEKS = 52.18;
const hubCount = (s: RailSpec, perWeek: number) =>
  (perWeek + returnsPerWeek(s, perWeek)) * WEEKS * (s.stops[0] === HUB ? 1 : 2);

describe('growth story frequencies', () => {
  const big = spec('big', 4, 0.8);
  const small = spec('small', 0.5, 0.5);
  const through = spec('through', 2, 0.4, 'port');
  const services = [big, small, through].map((s) => ({ spec: s, perWeek2025: s.perWeek, weight: 1 }));

  it('runs the year’s count, standby returns included, with no train below the floor', () => {
    for (const trains of [120, 300, 700, 1500]) {
      const plan = growthFrequencies(services, trains);
      const count = services.reduce((sum, s, i) => sum + hubCount(s.spec, plan.perWeek[i] as number), 0);
      expect(count).toBeCloseTo(trains, 3);
      plan.perWeek.forEach((p) => expect(p).toBeGreaterThanOrEqual(plan.floor - 1e-12));
    }
  });

  it('keeps a sparse train at the floor and scales the busy ones', () => {
    const plan = growthFrequencies(services, 300);
    expect(plan.floor).toBe(GROWTH_MIN_PER_WEEK);
    expect(plan.perWeek[1]).toBe(GROWTH_MIN_PER_WEEK);
    expect((plan.perWeek[0] as number) / (plan.perWeek[2] as number)).toBeCloseTo(4 / 2, 9);
  });

  it('lowers the floor when the count cannot run every train that often', () => {
    // Three trains at one in 3 weeks, each run coming back, count about 3 x 2 x 52 / 3 (x 2 through).
    const plan = growthFrequencies(services, 80);
    expect(plan.floor).toBeLessThan(GROWTH_MIN_PER_WEEK);
    expect(plan.floor).toBeGreaterThan(0);
  });

  it('counts a run back at least every 3 weeks while runs go out that often', () => {
    expect(returnsPerWeek(small, 0.25)).toBe(0.25);
    expect(returnsPerWeek(small, 0.5)).toBeCloseTo(168 / (21 * 24), 12);
    expect(returnsPerWeek(small, 1)).toBe(0.5);
    expect(returnsPerWeek(big, 4)).toBeCloseTo(3.2, 12);
  });
});

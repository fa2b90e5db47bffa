import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../../../sim-core/src/api/types.ts';
import { planStory, storyHoursAt, storyYearAt, STORY_YEAR_SECONDS } from './storyPlan.ts';

const HOURS_PER_WEEK = 168;
const EPOCH = Date.parse('2018-01-01T00:00:00Z');

/** A run of `weeks` weekly periods from 2018-01-01 with two corridors' TEU per week. */
function run(weeks: number, teu: (week: number) => [number, number], trains: number[]): RunResult {
  const startHours = Float64Array.from({ length: weeks }, (_, w) => w * HOURS_PER_WEEK);
  const startDates = Array.from(startHours, (h) =>
    new Date(EPOCH + h * 3_600_000).toISOString().slice(0, 10),
  );
  const values = new Float64Array(weeks * 2);
  for (let w = 0; w < weeks; w++) [values[w * 2], values[w * 2 + 1]] = teu(w);
  const years = [...new Set(startDates.map((d) => Number(d.slice(0, 4))))];
  return {
    replications: [
      {
        weeks: { kind: 'week', startDates, startHours, hours: new Float64Array(weeks).fill(HOURS_PER_WEEK) },
        corridorIds: ['east', 'west'],
        corridors: { teuDelivered: { periods: weeks, entities: 2, values } },
        kpis: { years, trainsPerYear: Float64Array.from(trains), teuDelivered: Float64Array.from(trains) },
      },
    ],
  } as unknown as RunResult;
}

describe('the corridor-growth story plan', () => {
  // 2018-01-01 is a Monday: 53 weeks start in 2018 (the last on 2018-12-31), 52 in 2019, 10 in 2020.
  const result = run(115, (w) => (w < 52 ? [10, 1] : [1, 10]), [300, 330, 100]);
  const plan = planStory(result);

  it('plays every KPI year over its own weeks, end to end', () => {
    expect(plan.years.map((y) => y.year)).toEqual([2018, 2019, 2020]);
    expect(plan.years[0]!.startHours).toBe(0);
    expect(plan.years[0]!.endHours).toBe(53 * HOURS_PER_WEEK);
    expect(plan.years[1]!.startHours).toBe(plan.years[0]!.endHours);
    expect(plan.durationSeconds).toBe(3 * STORY_YEAR_SECONDS);
  });

  it('moves the clock through a year as the story plays (vehicles move), not in jumps', () => {
    const a = storyHoursAt(plan, 1);
    const b = storyHoursAt(plan, 2);
    expect(b - a).toBeCloseTo((53 * HOURS_PER_WEEK) / STORY_YEAR_SECONDS, 6);
    expect(storyYearAt(plan, STORY_YEAR_SECONDS + 0.01)).toBe(1);
    expect(storyHoursAt(plan, 99)).toBe(plan.years[2]!.endHours);
  });

  it('frames the busiest corridor not shown yet each year', () => {
    expect(plan.years.map((y) => y.corridorId)).toEqual(['east', 'west', undefined]);
  });

  it('footnotes a year the run covers only in part, and a jump on the year before', () => {
    expect(plan.years[0]!.note).toBeUndefined();
    expect(plan.years[1]!.note).toBeUndefined();
    expect(plan.years[2]!.note).toEqual({ kind: 'partial', weeks: 10 });
    const dip = planStory(run(105, () => [1, 1], [300, 100]));
    expect(dip.years[1]!.note).toEqual({ kind: 'change', metric: 'trains', change: 100 / 300 - 1 });
  });
});

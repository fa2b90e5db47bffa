import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../../../sim-core/src/api/types.ts';
import { yearStartHours } from './growthStory.ts';

function resultWithWeeks(startDates: string[], years: number[]): RunResult {
  const startHours = Float64Array.from(
    startDates,
    (date) => (Date.parse(`${date}T00:00:00Z`) - Date.parse('2018-01-01T00:00:00Z')) / 3_600_000,
  );
  return {
    replications: [{ weeks: { kind: 'week', startDates, startHours }, kpis: { years } }],
  } as unknown as RunResult;
}

describe('the corridor-growth story', () => {
  it('moves the timeline to the first week of each KPI year', () => {
    const result = resultWithWeeks(['2018-12-24', '2018-12-31', '2019-01-07', '2019-01-14'], [2018, 2019]);
    expect(yearStartHours(result, 0)).toBe(
      Date.parse('2018-12-24T00:00:00Z') / 3_600_000 - Date.parse('2018-01-01T00:00:00Z') / 3_600_000,
    );
    // 2018-12-31 starts in 2018; the first week starting in 2019 is 7 January.
    expect(yearStartHours(result, 1)).toBe(
      (Date.parse('2019-01-07T00:00:00Z') - Date.parse('2018-01-01T00:00:00Z')) / 3_600_000,
    );
  });

  it('has no time for a year past the run', () => {
    expect(yearStartHours(resultWithWeeks(['2018-01-01'], [2018]), 3)).toBeUndefined();
  });
});

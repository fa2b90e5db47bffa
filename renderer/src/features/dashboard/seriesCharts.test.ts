import { describe, expect, it } from 'vitest';
import type { Matrix, RunResult } from '../../../../sim-core/src/api/types.ts';
import {
  alignWeeks,
  chartedWeeks,
  distinctTickLabels,
  throughputByMode,
  type ChartLabels,
} from './seriesCharts.ts';

const LABELS: ChartLabels = { compare: 'B', unit: 'TEU a week', weekFrom: 'Week', formatTick: String };

/** A run of `hours.length` weeks whose sea TEU are 700 in every full week (100 a day). */
function runWithWeeks(hours: number[]): RunResult {
  const periods = hours.length;
  const teu: Matrix = {
    periods,
    entities: 4,
    values: Float64Array.from({ length: periods * 4 }, (_, i) =>
      i % 4 === 0 ? (100 * (hours[Math.floor(i / 4)] as number)) / 24 : 0,
    ),
  };
  const startDates = hours.map((_, w) => `2025-01-${String(6 + 7 * w).padStart(2, '0')}`);
  return {
    replications: [
      {
        weeks: {
          kind: 'week',
          startHours: Float64Array.from(hours, (_, w) => 120 + 168 * w),
          startDates,
          hours: Float64Array.from(hours),
        },
      },
    ],
    bands: { modes: { teu: { mean: teu, low: teu, high: teu } } },
  } as unknown as RunResult;
}

describe('the throughput charts', () => {
  it('leave out a last week the run cut short, which would plot as a dip', () => {
    const run = runWithWeeks([168, 168, 168, 24]);
    expect(chartedWeeks(run)).toBe(3);
    const chart = throughputByMode(run, undefined, (mode) => mode, LABELS);
    expect(chart.data[0]).toHaveLength(3);
    expect(Array.from(chart.data[1] as ArrayLike<number>)).toEqual([700, 700, 700]);
    // The playback cursor still has an x for every week, the short one included.
    expect(chart.weekX).toHaveLength(4);
  });

  it('draw every week when all are full, and a lone short week rather than nothing', () => {
    expect(chartedWeeks(runWithWeeks([168, 168]))).toBe(2);
    expect(chartedWeeks(runWithWeeks([48]))).toBe(1);
  });
});

describe('runs of other years beside each other', () => {
  it('pairs each week with the same week of the year', () => {
    const a = ['2025-01-06', '2025-01-13', '2025-01-20', '2025-01-27'];
    const b = ['2022-01-10', '2022-01-17', '2022-01-24'];
    // 2025-01-06 → 2022-01-06: B's nearest week starts 2022-01-10 (4 days off: none).
    expect(Array.from(alignWeeks(a, b))).toEqual([-1, 0, 1, 2]);
  });

  it('aligns runs of the same dates week for week', () => {
    const dates = ['2025-01-06', '2025-01-13', '2025-01-20'];
    expect(Array.from(alignWeeks(dates, dates))).toEqual([0, 1, 2]);
  });
});

describe('month labels on the time axis', () => {
  it('labels a month once when two ticks fall in it', () => {
    const month = (seconds: number) => new Date(seconds * 1000).toISOString().slice(0, 7);
    const day = 86_400;
    const jan1 = Date.UTC(2025, 0, 1) / 1000;
    expect(distinctTickLabels([jan1, jan1 + 14 * day, jan1 + 31 * day, jan1 + 45 * day], month)).toEqual([
      '2025-01',
      '',
      '2025-02',
      '',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { estimate } from './kpiSummary.ts';

describe('KPI estimates over replications', () => {
  it('gives a single replication no interval', () => {
    expect(estimate([812])).toEqual({ mean: 812, low: 812, high: 812, replications: 1 });
  });

  it('widens the interval by Student t for few replications', () => {
    // Values 1, 2, 3: mean 2, sd 1, t(2) = 4.30265273: half-width 4.30265273 / sqrt(3).
    const result = estimate([1, 2, 3]);
    expect(result.mean).toBe(2);
    expect(result.high - result.mean).toBeCloseTo(4.30265273 / Math.sqrt(3), 6);
    expect(result.mean - result.low).toBeCloseTo(result.high - result.mean, 12);
  });

  it('ignores years with no value (NaN) rather than counting them as zero', () => {
    expect(estimate([Number.NaN, 4, 6]).mean).toBe(5);
  });
});

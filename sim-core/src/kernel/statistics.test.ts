import { describe, expect, it } from 'vitest';
import { confidenceInterval95, studentT975 } from './confidenceInterval95.ts';
import { PeriodSeries } from './PeriodSeries.ts';
import { RandomStreams } from './RandomStreams.ts';
import { sampler } from './sampler.ts';
import { StreamingQuantiles } from './StreamingQuantiles.ts';
import { Tally } from './Tally.ts';
import { TimeWeighted } from './TimeWeighted.ts';

describe('Tally', () => {
  it('matches the two-pass mean and sample variance, also for large offsets', () => {
    const xs = [4, 7, 13, 16].map((x) => x + 1e9);
    const tally = new Tally();
    for (const x of xs) tally.add(x);
    expect(tally.count).toBe(4);
    expect(tally.mean).toBe(1e9 + 10);
    expect(tally.variance).toBeCloseTo(30, 9); // deviations -6, -3, 3, 6: 90 / 3
    expect(tally.stdDev).toBeCloseTo(Math.sqrt(30), 9);
    expect(tally.min).toBe(1e9 + 4);
    expect(tally.max).toBe(1e9 + 16);
  });

  it('stays within 1e-9 of a two-pass reference for 100,000 values far from zero, even after an outlier first', () => {
    // Sums are kept about the first value, so the worst case is a first value far out in the tail.
    let state = 12345;
    const uniform = (): number => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const xs = [5e6 + 1000]; // 1000 standard deviations above the mean
    for (let i = 0; i < 100_000; i++) xs.push(5e6 + (uniform() + uniform() + uniform() - 1.5) * 2);
    const tally = new Tally();
    for (const x of xs) tally.add(x);
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const variance = xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (xs.length - 1);
    expect(Math.abs(tally.mean - mean) / mean).toBeLessThan(1e-12);
    expect(Math.abs(tally.variance - variance) / variance).toBeLessThan(1e-9);
  });

  it('gives a variance of exactly 0 for constant data', () => {
    const tally = new Tally();
    for (let i = 0; i < 1000; i++) tally.add(0.1);
    expect(tally.mean).toBe(0.1);
    expect(tally.variance).toBe(0);
  });

  it('reports NaN rather than a made-up zero when empty or with one value', () => {
    const tally = new Tally();
    expect(tally.mean).toBeNaN();
    tally.add(3);
    expect(tally.mean).toBe(3);
    expect(tally.variance).toBeNaN();
    tally.reset();
    expect(tally.count).toBe(0);
    expect(tally.mean).toBeNaN();
  });
});

describe('TimeWeighted', () => {
  it('averages a piecewise-constant value over time', () => {
    // 0 for 2 h, 3 for 1 h, 1 for 5 h: (0 + 3 + 5) / 8 = 1
    const tw = new TimeWeighted(0, 0);
    tw.update(2, 3);
    tw.update(3, 1);
    expect(tw.mean(8)).toBeCloseTo(1, 12);
    expect(tw.integral(8)).toBeCloseTo(8, 12);
    expect(tw.max).toBe(3);
  });

  it('restarts averaging at a reset but keeps the current value (end of warm-up)', () => {
    const tw = new TimeWeighted(0, 10);
    tw.update(5, 2);
    tw.reset(6);
    expect(tw.current).toBe(2);
    tw.update(8, 4);
    expect(tw.mean(10)).toBeCloseTo((2 * 2 + 4 * 2) / 4, 12);
    expect(tw.max).toBe(4);
  });

  it('returns the current value when no time has passed', () => {
    expect(new TimeWeighted(3, 7).mean(3)).toBe(7);
  });
});

describe('StreamingQuantiles', () => {
  it('estimates p50 and p95 of 100,000 exponentials within 2 % without storing them', () => {
    const next = sampler({ kind: 'exponential', mean: 10 }, new RandomStreams(5).stream('q'));
    const q = new StreamingQuantiles([0.5, 0.95]);
    for (let i = 0; i < 100_000; i++) q.add(next());
    expect(q.count).toBe(100_000);
    expect(Math.abs(q.quantile(0.5) / (10 * Math.LN2) - 1)).toBeLessThan(0.02);
    expect(Math.abs(q.quantile(0.95) / (10 * Math.log(20)) - 1)).toBeLessThan(0.02);
  });

  it('tracks quantiles of a sorted (adversarial) input', () => {
    const q = new StreamingQuantiles([0.5, 0.9]);
    for (let i = 1; i <= 10_001; i++) q.add(i);
    expect(Math.abs(q.quantile(0.5) / 5001 - 1)).toBeLessThan(0.01);
    expect(Math.abs(q.quantile(0.9) / 9001 - 1)).toBeLessThan(0.01);
  });

  it('is exact for fewer than five values and NaN when empty', () => {
    const q = new StreamingQuantiles([0.5]);
    expect(q.quantile(0.5)).toBeNaN();
    q.add(9);
    q.add(1);
    q.add(5);
    expect(q.quantile(0.5)).toBe(5);
  });

  it('refuses a probability it was not asked to track', () => {
    const q = new StreamingQuantiles([0.5]);
    expect(() => q.quantile(0.9)).toThrow(/was not requested/);
    expect(() => new StreamingQuantiles([1])).toThrow(RangeError);
  });
});

describe('PeriodSeries', () => {
  it('sums values into weekly buckets and grows as time goes on', () => {
    const weekly = new PeriodSeries(168);
    weekly.add(0, 2);
    weekly.add(167.9, 3);
    weekly.add(168, 4);
    weekly.add(168 * 40 + 1, 1); // forces several doublings
    const values = weekly.values();
    expect(values.length).toBe(41);
    expect(values[0]).toBe(5);
    expect(values[1]).toBe(4);
    expect(values[40]).toBe(1);
    expect(values.slice(2, 40).every((v) => v === 0)).toBe(true);
  });

  it('can be extended with trailing empty periods', () => {
    const series = new PeriodSeries(24);
    series.add(1, 1);
    series.extendTo(3);
    expect(Array.from(series.values())).toEqual([1, 0, 0]);
  });
});

describe('studentT975 and confidenceInterval95', () => {
  /** P(T <= t) for Student's t by Simpson's rule on the density (independent of the table). */
  function tCdf(t: number, df: number): number {
    const logC = lgamma((df + 1) / 2) - lgamma(df / 2) - 0.5 * Math.log(df * Math.PI);
    const density = (x: number): number => Math.exp(logC - ((df + 1) / 2) * Math.log(1 + (x * x) / df));
    const steps = 20_000;
    const h = t / steps;
    let s = density(0) + density(t);
    for (let i = 1; i < steps; i++) s += (i % 2 === 1 ? 4 : 2) * density(i * h);
    return 0.5 + (s * h) / 3;
  }

  /** Lanczos log-gamma (g = 7), accurate to ~1e-15 for x > 0.5. */
  function lgamma(x: number): number {
    const c = [
      0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
      12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
    ];
    const z = x - 1;
    let a = c[0] as number;
    const t = z + 7.5;
    for (let i = 1; i < 9; i++) a += (c[i] as number) / (z + i);
    return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
  }

  it('gives the 97.5 % point of Student t for small and large degrees of freedom', () => {
    for (const df of [1, 2, 3, 5, 10, 19, 29, 30, 31, 50, 120, 1000]) {
      expect(Math.abs(tCdf(studentT975(df), df) - 0.975)).toBeLessThan(1e-6);
    }
    expect(studentT975(1e9)).toBeCloseTo(1.959964, 6);
    expect(() => studentT975(0)).toThrow(RangeError);
  });

  it('computes mean +- t * s / sqrt(n)', () => {
    const ci = confidenceInterval95([1, 2, 3, 4, 5]);
    const half = (2.776445105 * Math.sqrt(2.5)) / Math.sqrt(5);
    expect(ci.mean).toBe(3);
    expect(ci.halfWidth).toBeCloseTo(half, 9);
    expect(ci.low).toBeCloseTo(3 - half, 9);
    expect(ci.high).toBeCloseTo(3 + half, 9);
    expect(confidenceInterval95([7]).halfWidth).toBe(Infinity);
    expect(() => confidenceInterval95([])).toThrow(RangeError);
  });

  it('covers the true mean about 95 % of the time (1000 intervals of 10 normal draws)', () => {
    const next = sampler({ kind: 'normal', mean: 100, sd: 10 }, new RandomStreams(8).stream('ci'));
    let covered = 0;
    for (let k = 0; k < 1000; k++) {
      const ci = confidenceInterval95(Array.from({ length: 10 }, next));
      if (ci.low <= 100 && 100 <= ci.high) covered++;
    }
    // Binomial(1000, 0.95): sd 6.9, so 930..970 is about +-3 sd.
    expect(covered).toBeGreaterThanOrEqual(930);
    expect(covered).toBeLessThanOrEqual(970);
  });
});

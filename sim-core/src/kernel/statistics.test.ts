import { describe, expect, it } from 'vitest';
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

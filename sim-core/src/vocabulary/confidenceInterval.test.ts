import { describe, expect, it } from 'vitest';
import { RandomStreams } from '../kernel/RandomStreams.ts';
import { sampler } from '../kernel/sampler.ts';
import { confidenceInterval95, studentT975 } from './confidenceInterval.ts';

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
    expect(ci.high - ci.mean).toBeCloseTo(half, 9);
    expect(ci.low).toBeCloseTo(3 - half, 9);
    expect(ci.high).toBeCloseTo(3 + half, 9);
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

describe('confidenceInterval95 (mean and 95 % CI over replications)', () => {
  it('uses Student t with n - 1 degrees of freedom', () => {
    const e = confidenceInterval95([1, 2, 3, 4, 5]);
    // s = sqrt(2.5), t(0.975, 4) = 2.776445105: half-width = 2.776445105 * 1.58114 / sqrt(5) = 1.96324.
    expect(e.mean).toBe(3);
    expect(e.high - e.mean).toBeCloseTo(1.963_243, 5);
    expect(e.mean - e.low).toBeCloseTo(1.963_243, 5);
  });

  it('collapses to the value itself with one replication', () => {
    expect(confidenceInterval95([7.5])).toEqual({ mean: 7.5, low: 7.5, high: 7.5 });
  });

  it('leaves out replications with nothing to measure (NaN)', () => {
    expect(confidenceInterval95([NaN, 4, NaN])).toEqual({ mean: 4, low: 4, high: 4 });
    expect(confidenceInterval95([NaN])).toEqual({ mean: NaN, low: NaN, high: NaN });
  });

  it('covers the true mean about 95 % of the time for normal data', () => {
    // A fixed-seed LCG and Box-Muller: 4000 experiments of 5 replications each, true mean 10.
    let state = 12_345;
    const uniform = (): number => {
      state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
      return (state + 0.5) / 2 ** 32;
    };
    const normal = (): number =>
      10 + 2 * Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
    let covered = 0;
    const trials = 4000;
    for (let t = 0; t < trials; t++) {
      const e = confidenceInterval95([normal(), normal(), normal(), normal(), normal()]);
      if (e.low <= 10 && 10 <= e.high) covered += 1;
    }
    expect(covered / trials).toBeGreaterThan(0.935);
    expect(covered / trials).toBeLessThan(0.965);
  });
});

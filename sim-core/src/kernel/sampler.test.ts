import { describe, expect, it } from 'vitest';
import type { Distribution } from '../scenario/schema.ts';
import { RandomStreams } from './RandomStreams.ts';
import { distributionMean, sampler } from './sampler.ts';
import type { DistributionSpec } from './sampler.ts';

function lowest(xs: ArrayLike<number>): number {
  let m = Infinity;
  for (let i = 0; i < xs.length; i++) m = Math.min(m, xs[i] as number);
  return m;
}

function highest(xs: ArrayLike<number>): number {
  let m = -Infinity;
  for (let i = 0; i < xs.length; i++) m = Math.max(m, xs[i] as number);
  return m;
}

// Compile-time: the scenario schema's Distribution must stay assignable to the kernel's spec.
const _schemaFits = (d: Distribution): DistributionSpec => d;

const N = 200_000;

function draw(spec: DistributionSpec, seed = 1, n = N): Float64Array {
  const next = sampler(spec, new RandomStreams(seed).stream('test'));
  const xs = new Float64Array(n);
  for (let i = 0; i < n; i++) xs[i] = next();
  return xs;
}

function mean(xs: Float64Array): number {
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
}

function sd(xs: Float64Array): number {
  const m = mean(xs);
  let s = 0;
  for (const x of xs) s += (x - m) ** 2;
  return Math.sqrt(s / (xs.length - 1));
}

function quantile(xs: Float64Array, p: number): number {
  const sorted = Float64Array.from(xs).sort();
  return sorted[Math.floor(p * (sorted.length - 1))] as number;
}

/** |sample mean - mu| within 4 standard errors. */
function expectMeanNear(xs: Float64Array, mu: number): void {
  expect(Math.abs(mean(xs) - mu)).toBeLessThan((4 * sd(xs)) / Math.sqrt(xs.length) + 1e-12);
}

describe('sampler', () => {
  it('returns the value of a deterministic distribution every time', () => {
    expect(Array.from(draw({ kind: 'deterministic', value: 2.5 }, 1, 5))).toEqual([2.5, 2.5, 2.5, 2.5, 2.5]);
  });

  it('draws exponentials with the given mean and standard deviation', () => {
    const xs = draw({ kind: 'exponential', mean: 3 });
    expectMeanNear(xs, 3);
    expect(sd(xs)).toBeCloseTo(3, 1);
    expect(quantile(xs, 0.5)).toBeCloseTo(3 * Math.LN2, 1);
  });

  it('draws uniforms inside [min, max] with the middle as mean', () => {
    const xs = draw({ kind: 'uniform', min: 2, max: 6 });
    expect(lowest(xs)).toBeGreaterThanOrEqual(2);
    expect(highest(xs)).toBeLessThanOrEqual(6);
    expectMeanNear(xs, 4);
  });

  it('draws triangulars with mean (min + mode + max) / 3 and the mode as the densest region', () => {
    const spec = { kind: 'triangular', min: 1, mode: 2, max: 7 } as const;
    const xs = draw(spec);
    expect(distributionMean(spec)).toBeCloseTo(10 / 3, 12);
    expectMeanNear(xs, 10 / 3);
    expect(lowest(xs)).toBeGreaterThanOrEqual(1);
    expect(highest(xs)).toBeLessThanOrEqual(7);
    // CDF at the mode is (mode - min) / (max - min) = 1/6.
    expect(xs.filter((x) => x < 2).length / xs.length).toBeCloseTo(1 / 6, 2);
  });

  it('never draws a negative from a normal truncated at zero, and matches the truncated mean', () => {
    const spec = { kind: 'normal', mean: 1, sd: 2 } as const;
    const xs = draw(spec);
    expect(lowest(xs)).toBeGreaterThanOrEqual(0);
    // E[X | X > 0] for N(1, 2^2): 1 + 2 phi(-0.5) / (1 - Phi(-0.5)) = 2.0372...
    expect(distributionMean(spec)).toBeCloseTo(1 + (2 * 0.3520653267642995) / 0.6914624612740131, 6);
    expectMeanNear(xs, distributionMean(spec));
  });

  it('draws an untruncated-looking normal when zero is far in the tail', () => {
    const xs = draw({ kind: 'normal', mean: 50, sd: 5 });
    expectMeanNear(xs, 50);
    expect(sd(xs)).toBeCloseTo(5, 1);
    expect(quantile(xs, 0.975)).toBeCloseTo(50 + 1.959964 * 5, 0);
  });

  it('draws lognormals whose median and 90th percentile are the given ones', () => {
    const spec = { kind: 'lognormal', median: 24, p90: 60 } as const;
    const xs = draw(spec);
    expect(Math.abs(quantile(xs, 0.5) / 24 - 1)).toBeLessThan(0.01);
    expect(Math.abs(quantile(xs, 0.9) / 60 - 1)).toBeLessThan(0.015);
    // Mean of a lognormal: median * exp(sigma^2 / 2), sigma = ln(p90 / median) / z_0.9.
    const sigma = Math.log(60 / 24) / 1.2815515655446004;
    expect(distributionMean(spec)).toBeCloseTo(24 * Math.exp((sigma * sigma) / 2), 10);
    expectMeanNear(xs, distributionMean(spec));
  });

  it('draws empirical values in proportion to their weights and never a zero-weight value', () => {
    const spec = { kind: 'empirical', values: [10, 20, 30, 40], weights: [1, 0, 3, 6] } as const;
    const xs = draw(spec);
    const share = (v: number): number => xs.filter((x) => x === v).length / xs.length;
    expect(share(10)).toBeCloseTo(0.1, 2);
    expect(share(20)).toBe(0);
    expect(share(30)).toBeCloseTo(0.3, 2);
    expect(share(40)).toBeCloseTo(0.6, 2);
    expect(distributionMean(spec)).toBeCloseTo(1 + 9 + 24, 10);
  });

  it('draws empirical values with equal chances when no weights are given', () => {
    const xs = draw({ kind: 'empirical', values: [1, 2] }, 3, 100_000);
    expect(xs.filter((x) => x === 1).length / xs.length).toBeCloseTo(0.5, 2);
  });

  it('uses exactly one uniform per draw, whatever the kind', () => {
    const specs: DistributionSpec[] = [
      { kind: 'exponential', mean: 1 },
      { kind: 'normal', mean: 0, sd: 1 },
      { kind: 'lognormal', median: 1, p90: 3 },
      { kind: 'triangular', min: 0, mode: 1, max: 2 },
      { kind: 'empirical', values: [1, 2, 3] },
    ];
    for (const spec of specs) {
      const streams = new RandomStreams(21);
      const stream = streams.stream('s');
      const next = sampler(spec, stream);
      for (let i = 0; i < 10; i++) next();
      const reference = new RandomStreams(21).stream('s');
      for (let i = 0; i < 10; i++) reference.next01();
      expect(stream.next01()).toBe(reference.next01());
    }
  });

  it('rejects inconsistent parameters with a message naming the kind', () => {
    const bad: DistributionSpec[] = [
      { kind: 'uniform', min: 5, max: 1 },
      { kind: 'triangular', min: 0, mode: 5, max: 2 },
      { kind: 'lognormal', median: 10, p90: 5 },
      { kind: 'exponential', mean: 0 },
      { kind: 'empirical', values: [1, 2], weights: [1] },
      { kind: 'empirical', values: [1, 2], weights: [0, 0] },
      { kind: 'empirical', values: [] },
      { kind: 'normal', mean: 1, sd: -1 },
    ];
    for (const spec of bad) {
      expect(() => sampler(spec, new RandomStreams(1).stream('x'))).toThrow(
        new RegExp(`^${spec.kind} distribution:`),
      );
    }
  });
});

import { describe, expect, it } from 'vitest';
import { RandomStreams } from './RandomStreams.ts';
import { SampleQuantiles } from './SampleQuantiles.ts';
import { sampler } from './sampler.ts';

/** Type-7 quantile by full sort: the reference SampleQuantiles must equal exactly. */
function sortedQuantile(values: number[], p: number): number {
  const x = values.map(Math.fround).sort((a, b) => a - b);
  const h = (x.length - 1) * p;
  const lo = Math.floor(h);
  const low = x[lo] as number;
  return lo === x.length - 1 ? low : low + (h - lo) * ((x[lo + 1] as number) - low);
}

describe('SampleQuantiles', () => {
  it('equals the sorted-sample quantile exactly, for many sizes, ties and probabilities', () => {
    const uniform = sampler({ kind: 'uniform', min: 0, max: 50 }, new RandomStreams(11).stream('u'));
    for (const n of [1, 2, 3, 7, 64, 65, 601, 5000]) {
      const q = new SampleQuantiles();
      const values: number[] = [];
      for (let i = 0; i < n; i++) {
        // Every third value rounded to whole days, so there are many ties.
        const x = i % 3 === 0 ? Math.round(uniform()) : uniform();
        values.push(x);
        q.add(x);
      }
      expect(q.count).toBe(n);
      for (const p of [0, 0.05, 0.5, 0.95, 0.999, 1]) expect(q.quantile(p)).toBe(sortedQuantile(values, p));
    }
  });

  it('stays exact when values are added after a quantile was asked (selection reorders in place)', () => {
    const next = sampler({ kind: 'exponential', mean: 10 }, new RandomStreams(5).stream('q'));
    const q = new SampleQuantiles();
    const values: number[] = [];
    for (let round = 0; round < 4; round++) {
      for (let i = 0; i < 10_000; i++) {
        const x = next();
        values.push(x);
        q.add(x);
      }
      expect(q.quantile(0.95)).toBe(sortedQuantile(values, 0.95));
      expect(q.quantile(0.5)).toBe(sortedQuantile(values, 0.5));
    }
    // 40,000 exponentials of mean 10: the median is near 10 ln 2.
    expect(Math.abs(q.quantile(0.5) / (10 * Math.LN2) - 1)).toBeLessThan(0.02);
  });

  it('is NaN when empty and refuses p outside [0, 1]', () => {
    const q = new SampleQuantiles();
    expect(q.quantile(0.5)).toBeNaN();
    q.add(3);
    expect(q.quantile(0.5)).toBe(3);
    expect(() => q.quantile(1.5)).toThrow(/p must be in \[0, 1\], got 1.5/);
    expect(() => q.quantile(Number.NaN)).toThrow(RangeError);
  });
});

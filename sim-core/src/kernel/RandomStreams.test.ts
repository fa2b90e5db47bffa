import { describe, expect, it } from 'vitest';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { RandomStreams, cyrb128, streamState } from './RandomStreams.ts';
import type { RandomStream } from './RandomStreams.ts';

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

function take(stream: RandomStream, n: number): number[] {
  return Array.from({ length: n }, () => stream.next01());
}

function correlation(a: number[], b: number[]): number {
  const n = a.length;
  const ma = a.reduce((s, x) => s + x, 0) / n;
  const mb = b.reduce((s, x) => s + x, 0) / n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    const da = (a[i] as number) - ma;
    const db = (b[i] as number) - mb;
    sab += da * db;
    saa += da * da;
    sbb += db * db;
  }
  return sab / Math.sqrt(saa * sbb);
}

describe('RandomStreams', () => {
  it('gives the same sequence for the same seed and name', () => {
    expect(take(new RandomStreams(42).stream('arrivals'), 1000)).toEqual(
      take(new RandomStreams(42).stream('arrivals'), 1000),
    );
  });

  it('keeps a stream fixed across versions (golden values: a change here breaks reproducibility)', () => {
    // Seed 1, stream "arrivals": the first draws recorded when the derivation was written.
    // If this fails, results of saved scenarios change: bump the engine version on purpose.
    const first = take(new RandomStreams(1).stream('arrivals'), 3).map((x) => x.toFixed(12));
    expect(first).toEqual(GOLDEN_SEED1_ARRIVALS);
  });

  it('gives different sequences for different names and for different seeds', () => {
    const a = take(new RandomStreams(7).stream('arrivals'), 100);
    const b = take(new RandomStreams(7).stream('service'), 100);
    const c = take(new RandomStreams(8).stream('arrivals'), 100);
    expect(a).not.toEqual(b);
    expect(a).not.toEqual(c);
    expect(new Set([...a, ...b, ...c]).size).toBe(300);
  });

  it('gives uncorrelated streams for names that differ in one character and for adjacent seeds', () => {
    const n = 50_000;
    const bound = 4 / Math.sqrt(n); // 4 standard errors of a correlation under independence
    const base = take(new RandomStreams(3).stream('train-1'), n);
    expect(Math.abs(correlation(base, take(new RandomStreams(3).stream('train-2'), n)))).toBeLessThan(bound);
    expect(Math.abs(correlation(base, take(new RandomStreams(4).stream('train-1'), n)))).toBeLessThan(bound);
    // Lagged: one stream is not another shifted by a step.
    const other = take(new RandomStreams(3).stream('train-2'), n + 1).slice(1);
    expect(Math.abs(correlation(base, other))).toBeLessThan(bound);
  });

  it('does not shift an existing stream when another stream is added or used first', () => {
    const alone = new RandomStreams(99);
    const expected = take(alone.stream('ships'), 500);
    const crowded = new RandomStreams(99);
    take(crowded.stream('trains'), 1234);
    take(crowded.stream('flights'), 17);
    const ships = crowded.stream('ships');
    take(crowded.stream('new-border-process'), 50);
    expect(take(ships, 500)).toEqual(expected);
  });

  it('returns the same stream object for the same name, so draws continue rather than restart', () => {
    const streams = new RandomStreams(5);
    const first = streams.stream('x').next01();
    const second = streams.stream('x').next01();
    expect(first).not.toBe(second);
    expect(take(new RandomStreams(5).stream('x'), 2)).toEqual([first, second]);
  });

  it('draws uniforms strictly inside (0, 1) with mean 1/2 and variance 1/12', () => {
    const n = 200_000;
    const xs = take(new RandomStreams(11).stream('u'), n);
    const mean = xs.reduce((s, x) => s + x, 0) / n;
    const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1);
    expect(lowest(xs)).toBeGreaterThan(0);
    expect(highest(xs)).toBeLessThan(1);
    expect(Math.abs(mean - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / n));
    expect(variance).toBeCloseTo(1 / 12, 3);
  });

  it('spreads uniforms evenly over 20 bins (chi-square, 19 df, 99.9 % point 43.8)', () => {
    const n = 100_000;
    const bins = new Array<number>(20).fill(0);
    const stream = new RandomStreams(12).stream('bins');
    for (let i = 0; i < n; i++) bins[Math.floor(stream.next01() * 20)]! += 1;
    const expected = n / 20;
    const chi2 = bins.reduce((s, o) => s + (o - expected) ** 2 / expected, 0);
    expect(chi2).toBeLessThan(43.8);
  });

  it('draws integers in the inclusive range with equal frequency', () => {
    const stream = new RandomStreams(13).stream('dice');
    const counts = new Map<number, number>();
    const n = 60_000;
    for (let i = 0; i < n; i++) {
      const v = stream.int(1, 6);
      counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    const chi2 = [...counts.values()].reduce((s, o) => s + (o - n / 6) ** 2 / (n / 6), 0);
    expect(chi2).toBeLessThan(20.5); // 5 df, 99.9 % point
    expect(() => stream.int(3, 2)).toThrow(RangeError);
    expect(() => stream.int(0.5, 2)).toThrow(RangeError);
  });

  it('gives exactly the unbuffered numbers, also when next01() and int() are mixed', () => {
    // The reference draws straight from pure-rand's generator: a uniform is two steps, as the
    // stream documents; the stream makes its uniforms 32 at a time and must not show it.
    const reference = xoroshiro128plusFromState(streamState(99, 'mixed'));
    const referenceUniform = (): number => {
      const high = reference.next() >>> 6;
      const low = reference.next() >>> 6;
      return (high * 2 ** 26 + low + 0.5) * 2 ** -52;
    };
    const stream = new RandomStreams(99).stream('mixed');
    // Runs of uniforms of every length around the buffer size, each followed by an integer.
    for (const run of [0, 1, 5, 31, 32, 33, 64, 3, 0, 100]) {
      for (let i = 0; i < run; i++) expect(stream.next01()).toBe(referenceUniform());
      expect(stream.int(0, 1_000_000)).toBe(uniformInt(reference, 0, 1_000_000));
    }
    for (let i = 0; i < 100; i++) expect(stream.next01()).toBe(referenceUniform());
  });

  it('rejects a seed that is not an integer', () => {
    expect(() => new RandomStreams(1.5)).toThrow(/seed must be an integer/);
  });

  it('hashes with cyrb128 as published (the reference implementation value for the empty string)', () => {
    // Reference: bryc's cyrb128 returns [h1>>>0, ...]; ours keeps the same bits as signed int32.
    expect(cyrb128('').map((x) => x >>> 0)).toEqual(GOLDEN_CYRB128_EMPTY);
  });
});

const GOLDEN_SEED1_ARRIVALS = ['0.180749514651', '0.275186202600', '0.690754572888'];
// bryc's reference cyrb128 (JavaScript, run under Node 20) on '' returns these four words.
const GOLDEN_CYRB128_EMPTY = [41608494, 3485963809, 1435736333, 1262568316];

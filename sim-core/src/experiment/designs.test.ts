import { describe, expect, it } from 'vitest';
import { gridDesign, latinHypercubeDesign, oneAtATimeDesign, parameterLevels } from './designs.ts';
import type { Parameter } from './schema.ts';

const range = (id: string, from: number, to: number, extra: object = {}): Parameter =>
  ({ id, path: 'durationDays', range: { from, to, integer: false, ...extra } }) as Parameter;

describe('experiment designs', () => {
  it('spreads a range by count or by step, the step stopping short of an end it does not reach', () => {
    expect(parameterLevels(range('a', 1, 3, { count: 5 }))).toEqual([1, 1.5, 2, 2.5, 3]);
    expect(parameterLevels(range('a', 0, 10, { step: 4 }))).toEqual([0, 4, 8]);
    expect(parameterLevels(range('a', 10, 0, { step: 5 }))).toEqual([10, 5, 0]);
    expect(parameterLevels(range('a', 1, 2, { count: 5, integer: true }))).toEqual([1, 2]);
  });

  it('makes a full grid with every combination once, the first parameter slowest', () => {
    const rows = gridDesign([
      [1, 2],
      [10, 20, 30],
    ]);
    expect(rows).toEqual([
      [1, 10],
      [1, 20],
      [1, 30],
      [2, 10],
      [2, 20],
      [2, 30],
    ]);
  });

  it('puts exactly one Latin hypercube point in each stratum of every parameter', () => {
    const points = 17;
    const rows = latinHypercubeDesign([range('a', 0, 1), range('b', 100, 200)], points, 42);
    expect(rows).toHaveLength(points);
    for (const [p, [from, to]] of [
      [0, [0, 1]],
      [1, [100, 200]],
    ] as const) {
      const strata = rows
        .map((row) => Math.floor((((row[p] as number) - from) / (to - from)) * points))
        .sort((a, b) => a - b);
      expect(strata).toEqual(Array.from({ length: points }, (_, i) => i));
    }
  });

  it('gives the same Latin hypercube for the same seed and another for another seed', () => {
    const parameters = [range('a', 0, 1), range('b', 0, 1)];
    expect(latinHypercubeDesign(parameters, 8, 1)).toEqual(latinHypercubeDesign(parameters, 8, 1));
    expect(latinHypercubeDesign(parameters, 8, 2)).not.toEqual(latinHypercubeDesign(parameters, 8, 1));
  });

  it('varies one parameter at a time around the base, the base point first and never repeated', () => {
    const { rows, varied } = oneAtATimeDesign(
      [
        [1, 2, 3],
        [5, 6],
      ],
      [2, 5],
    );
    expect(rows).toEqual([
      [2, 5],
      [1, 5],
      [3, 5],
      [2, 6],
    ]);
    expect(varied).toEqual([-1, 0, 0, 1]);
  });
});

/**
 * The designs that pick an experiment's points from its parameters' levels. Each returns one row
 * of parameter values per point, in a fixed order, from its inputs alone.
 */
import { RandomStreams } from '../kernel/RandomStreams.ts';
import type { Parameter } from './schema.ts';

/** Values of a parameter: its list, or its range's evenly spaced values (`to` included). */
export function parameterLevels(parameter: Parameter): number[] {
  if (parameter.values) return [...parameter.values];
  const range = parameter.range;
  if (!range) throw new RangeError(`parameter ${parameter.id} has neither values nor a range`);
  const span = range.to - range.from;
  const { step, count } = range;
  // By step: from, from + step, ... up to `to` (a step that does not divide the span stops short).
  const levels =
    step !== undefined
      ? Array.from(
          { length: Math.floor(Math.abs(span) / step + 1e-9) + 1 },
          (_, i) => range.from + Math.sign(span) * step * i,
        )
      : Array.from({ length: count ?? 2 }, (_, i) => range.from + (span * i) / ((count ?? 2) - 1));
  return range.integer ? [...new Set(levels.map((level) => Math.round(level)))] : levels;
}

/** Every combination, the first parameter varying slowest (as nested loops read). */
export function gridDesign(levels: readonly (readonly number[])[]): number[][] {
  let rows: number[][] = [[]];
  for (const values of levels) rows = rows.flatMap((row) => values.map((value) => [...row, value]));
  return rows;
}

/**
 * Latin hypercube of `points` points: each parameter's span is cut into `points` equal strata and
 * every stratum is used exactly once; which strata meet in a point is a random permutation per
 * parameter, and the place inside the stratum is uniform. A range parameter spans [from, to]
 * (rounded when integer); a list parameter picks the list item its stratum falls on. The
 * randomness is the design's own seed, a stream per parameter id.
 */
export function latinHypercubeDesign(
  parameters: readonly Parameter[],
  points: number,
  seed: number,
): number[][] {
  const streams = new RandomStreams(seed);
  const columns = parameters.map((parameter) => {
    const stream = streams.stream(`latin-hypercube/${parameter.id}`);
    const strata = Array.from({ length: points }, (_, i) => i);
    for (let i = points - 1; i > 0; i--) {
      const j = stream.int(0, i);
      [strata[i], strata[j]] = [strata[j] as number, strata[i] as number];
    }
    return strata.map((stratum) => valueAt(parameter, (stratum + stream.next01()) / points));
  });
  return Array.from({ length: points }, (_, p) => columns.map((column) => column[p] as number));
}

/** The value at quantile u (0..1) of a parameter's span. */
function valueAt(parameter: Parameter, u: number): number {
  if (parameter.values) {
    const values = parameter.values;
    return values[Math.min(values.length - 1, Math.floor(u * values.length))] as number;
  }
  const range = parameter.range as NonNullable<Parameter['range']>;
  const value = range.from + (range.to - range.from) * u;
  return range.integer ? Math.round(value) : value;
}

/**
 * One-at-a-time sensitivity: the base point first, then for each parameter in turn each of its
 * levels other than the base value, the other parameters at their base values.
 */
export function oneAtATimeDesign(
  levels: readonly (readonly number[])[],
  base: readonly number[],
): { rows: number[][]; varied: number[] } {
  const rows: number[][] = [[...base]];
  const varied: number[] = [-1];
  levels.forEach((values, p) => {
    for (const value of values) {
      if (value === base[p]) continue;
      const row = [...base];
      row[p] = value;
      rows.push(row);
      varied.push(p);
    }
  });
  return { rows, varied };
}

// Totals and means over the weeks of one entity's column in a result matrix (weeks × entities).
import type { Matrix } from '../../../../sim-core/src/api/types.ts';

/** Sum over periods of one entity's column. */
export function columnSum(matrix: Matrix, entity: number): number {
  let sum = 0;
  for (let period = 0; period < matrix.periods; period++)
    sum += matrix.values[period * matrix.entities + entity] ?? 0;
  return sum;
}

/** Mean over periods of one entity's column, skipping NaN (periods with nothing to average). */
export function columnMean(matrix: Matrix, entity: number): number {
  let sum = 0;
  let count = 0;
  for (let period = 0; period < matrix.periods; period++) {
    const value = matrix.values[period * matrix.entities + entity] ?? Number.NaN;
    if (Number.isFinite(value)) {
      sum += value;
      count++;
    }
  }
  return count > 0 ? sum / count : Number.NaN;
}

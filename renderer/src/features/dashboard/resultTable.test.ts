import { describe, expect, it } from 'vitest';
import { columnMean, columnSum } from './matrixColumns.ts';
import { sortRows, type TableRow } from './resultTable.ts';

function row(id: string, teu: number, utilisation: number | undefined): TableRow {
  return {
    type: utilisation === undefined ? 'link' : 'node',
    id,
    name: id,
    category: 'seaport',
    teu,
    vehicles: undefined,
    utilisation,
    dwellHours: undefined,
    passThroughTeu: undefined,
    passThroughVehicles: undefined,
  };
}

describe('the node and link table', () => {
  const rows = [row('b', 10, 0.5), row('a', 30, undefined), row('c', 20, 0.9)];

  it('sorts by a clicked column, descending then ascending', () => {
    expect(sortRows(rows, 'teu', true).map((r) => r.id)).toEqual(['a', 'c', 'b']);
    expect(sortRows(rows, 'teu', false).map((r) => r.id)).toEqual(['b', 'c', 'a']);
    expect(sortRows(rows, 'name', false).map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });

  it('puts rows without a value last, whichever the direction', () => {
    expect(sortRows(rows, 'utilisation', true).map((r) => r.id)).toEqual(['c', 'b', 'a']);
    expect(sortRows(rows, 'utilisation', false).map((r) => r.id)).toEqual(['b', 'c', 'a']);
  });

  it('totals an entity over the weeks of a row-major matrix, and averages only weeks with a value', () => {
    // Two weeks, three entities: [week][entity].
    const matrix = { periods: 2, entities: 3, values: Float64Array.from([1, 2, 3, 10, Number.NaN, 30]) };
    expect(columnSum(matrix, 0)).toBe(11);
    expect(columnSum(matrix, 2)).toBe(33);
    expect(columnMean(matrix, 1)).toBe(2);
  });
});

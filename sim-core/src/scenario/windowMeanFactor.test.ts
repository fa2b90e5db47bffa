import { describe, expect, it } from 'vitest';
import { isoDateToDays } from './isoDate.ts';
import { windowMeanFactor } from './windowMeanFactor.ts';

const start = isoDateToDays('2018-01-01') as number;
const end = isoDateToDays('2030-01-01') as number;

describe('windowMeanFactor', () => {
  it('does not multiply windows that follow each other', () => {
    const yearly = Array.from({ length: 12 }, (_, y) => ({
      from: `${2018 + y}-01-01`,
      to: `${2019 + y}-01-01`,
      factor: 1.5,
    }));
    expect(windowMeanFactor(yearly, start, end)).toBeCloseTo(1.5, 9);
  });

  it('multiplies windows that overlap, weighted by how long they last', () => {
    const windows = [
      { from: '2018-01-01', factor: 2 },
      { from: '2024-01-01', to: '2030-01-01', factor: 3 },
    ];
    const firstHalf = isoDateToDays('2024-01-01')! - start;
    expect(windowMeanFactor(windows, start, end)).toBeCloseTo(
      (2 * firstHalf + 6 * (end - start - firstHalf)) / (end - start),
      9,
    );
  });

  it('is 1 without windows and ignores windows outside the run', () => {
    expect(windowMeanFactor([], start, end)).toBe(1);
    expect(windowMeanFactor([{ from: '2031-01-01', factor: 100 }], start, end)).toBe(1);
  });
});

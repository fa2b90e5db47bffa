import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysToIsoDate, isoDateToDays } from './isoDate.ts';

describe('calendar arithmetic', () => {
  it('agrees with the Unix epoch and leap years', () => {
    expect(isoDateToDays('1970-01-01')).toBe(0);
    expect(isoDateToDays('2024-03-01')! - isoDateToDays('2024-02-28')!).toBe(2);
    expect(isoDateToDays('2100-03-01')! - isoDateToDays('2100-02-28')!).toBe(1);
    expect(isoDateToDays('2000-02-29')).toBe(11_016);
  });

  it('refuses dates that do not exist', () => {
    expect(isoDateToDays('2025-02-29')).toBeUndefined();
    expect(isoDateToDays('2025-13-01')).toBeUndefined();
    expect(isoDateToDays('2025-1-1')).toBeUndefined();
  });

  it('round-trips every day between 1900 and 2200', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -25_567, max: 84_000 }),
        (days) => isoDateToDays(daysToIsoDate(days)) === days,
      ),
    );
  });
});

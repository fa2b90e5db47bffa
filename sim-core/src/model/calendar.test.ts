import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilFromDays, daysFromCivil, isoDateOfDays, parseIsoDate, SimCalendar } from './calendar.ts';

describe('the sim calendar', () => {
  it('round-trips every day between 1900 and 2100', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: daysFromCivil(1900, 1, 1), max: daysFromCivil(2100, 12, 31) }),
        (days) => {
          const [y, m, d] = civilFromDays(days);
          expect(daysFromCivil(y, m, d)).toBe(days);
          expect(parseIsoDate(isoDateOfDays(days))).toBe(days);
        },
      ),
    );
  });

  it('knows weekdays, month starts and calendar years from the start date', () => {
    const calendar = new SimCalendar('2024-12-30'); // a Monday
    expect(calendar.weekdayOfDay(0)).toBe(1);
    expect(calendar.weekdayOfDay(6)).toBe(7);
    expect(calendar.isoDateAt(24 * 61)).toBe('2025-03-01'); // 2025 is not a leap year
    expect(calendar.monthStartsBefore(24 * 40)).toEqual([2 * 24, 33 * 24]);
    expect(calendar.yearsBefore(24 * 400)).toEqual({
      years: [2024, 2025, 2026],
      startHours: [0, 48, (2 + 365) * 24, 400 * 24],
    });
    expect(calendar.hoursOf('2025-01-01')).toBe(48);
    expect(calendar.monthAt(47)).toBe(11);
    expect(calendar.monthAt(48)).toBe(0);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDateInput } from '../../i18n/format.ts';
import { LANGUAGES } from '../../i18n/languages.ts';
import { storedDate } from './DisruptionsEditor.tsx';

describe('a disruption date typed in the interface language', () => {
  it('reads each language its own way, not the browser’s', () => {
    expect(storedDate('15.04.2025', 'ru', false)).toBe('2025-04-15');
    expect(storedDate('15/04/2025', 'en', false)).toBe('2025-04-15');
    expect(storedDate('2025/04/15', 'zh', false)).toBe('2025-04-15');
    // The browser's US order is not the language's: refused, not read as another day.
    expect(storedDate('04/15/2025', 'en', false)).toBeNull();
  });

  it('stores null for what is not a date, and nothing for an empty optional field', () => {
    expect(storedDate('soon', 'ru', false)).toBeNull();
    expect(storedDate('', 'ru', false)).toBeNull();
    expect(storedDate('', 'ru', true)).toBeUndefined();
  });

  it('reads back every date it shows, in every language', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1990-01-01T00:00:00Z'),
          max: new Date('2090-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom(...LANGUAGES),
        (date, language) => {
          const iso = date.toISOString().slice(0, 10);
          expect(storedDate(formatDateInput(iso, language), language, false)).toBe(iso);
        },
      ),
    );
  });
});

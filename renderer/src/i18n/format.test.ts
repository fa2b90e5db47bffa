import { describe, expect, it } from 'vitest';
import { formatDateInput, parseDateInput, parseLocaleNumber } from './format.ts';

describe('numbers typed in the interface language', () => {
  it('reads a Russian decimal comma and grouping by spaces', () => {
    expect(parseLocaleNumber('3,5', 'ru')).toBe(3.5);
    expect(parseLocaleNumber('1 234,5', 'ru')).toBe(1234.5);
    expect(parseLocaleNumber('1\u00a0234', 'ru')).toBe(1234);
    expect(parseLocaleNumber('−2,25', 'ru')).toBe(-2.25);
  });

  it('reads English grouping commas and the decimal point', () => {
    expect(parseLocaleNumber('1,234.5', 'en')).toBe(1234.5);
    expect(parseLocaleNumber('3.5', 'en')).toBe(3.5);
    expect(parseLocaleNumber('-100', 'en')).toBe(-100);
    expect(parseLocaleNumber('3.5', 'zh')).toBe(3.5);
    expect(parseLocaleNumber('150%', 'en')).toBe(150);
    expect(parseLocaleNumber('12,5 %', 'ru')).toBe(12.5);
  });

  it('refuses what is not a plain number', () => {
    for (const text of ['0x10', '1e3', 'abc', '', '  ', 'Infinity', '1,2,3', '12abc', '--1', '%', '5%%'])
      expect(parseLocaleNumber(text, 'en'), text).toBeUndefined();
    expect(parseLocaleNumber('1,2,3', 'ru')).toBeUndefined();
    expect(parseLocaleNumber('1.234,5', 'ru')).toBeUndefined();
  });
});

describe('dates typed in the interface language', () => {
  it('shows a date in each language’s numeric order', () => {
    expect(formatDateInput('2024-12-31', 'en')).toBe('31/12/2024');
    expect(formatDateInput('2024-12-31', 'ru')).toBe('31.12.2024');
    expect(formatDateInput('2024-12-31', 'zh')).toBe('2024/12/31');
  });

  it('reads a date back in that order, and ISO always', () => {
    expect(parseDateInput('31.12.2024', 'ru')).toBe('2024-12-31');
    expect(parseDateInput('31/12/2024', 'en')).toBe('2024-12-31');
    expect(parseDateInput('2024/12/31', 'zh')).toBe('2024-12-31');
    expect(parseDateInput('2024-12-31', 'ru')).toBe('2024-12-31');
  });

  it('refuses a day that does not exist', () => {
    expect(parseDateInput('31.02.2024', 'ru')).toBeUndefined();
    expect(parseDateInput('12/31/2024', 'en')).toBeUndefined();
    expect(parseDateInput('soon', 'en')).toBeUndefined();
  });
});

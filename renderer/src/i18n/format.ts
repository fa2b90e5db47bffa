// Numbers and dates in the interface language's conventions (Intl), with the formatters cached:
// charts and tables call these for every cell.
import type { Language } from './languages.ts';
import { LOCALES } from './i18n.ts';

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[language], options);
    numberFormats.set(key, format);
  }
  return format;
}

/** A number with grouping, at most `digits` decimals; '–' for a missing value. */
export function formatNumber(value: number | undefined, language: Language, digits = 0): string {
  if (value === undefined || !Number.isFinite(value)) return '–';
  return numberFormat(language, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(value);
}

/** A number for an input field: the language's decimal sign, no grouping, up to 10 decimals. */
export function formatEditableNumber(value: number, language: Language): string {
  return numberFormat(language, { maximumFractionDigits: 10, useGrouping: false }).format(value);
}

/** A share as a percentage (0.1 → "10 %" in the locale's way). */
export function formatPercent(value: number | undefined, language: Language, digits = 1): string {
  if (value === undefined || !Number.isFinite(value)) return '–';
  return numberFormat(language, { style: 'percent', maximumFractionDigits: digits }).format(value);
}

/** A signed share as a percentage ("+12.5 %"); a change that rounds to zero shows no sign. */
export function formatSignedPercent(value: number | undefined, language: Language, digits = 1): string {
  if (value === undefined || !Number.isFinite(value)) return '–';
  return numberFormat(language, {
    style: 'percent',
    maximumFractionDigits: digits,
    signDisplay: 'exceptZero',
  }).format(value);
}

/** A signed number ("+12", "−3.5"), for deltas. */
export function formatSigned(value: number | undefined, language: Language, digits = 0): string {
  if (value === undefined || !Number.isFinite(value)) return '–';
  return numberFormat(language, { maximumFractionDigits: digits, signDisplay: 'exceptZero' }).format(value);
}

/** A calendar date at `epochMs`, read in UTC (sim dates carry no time zone), e.g. "14 Mar 2026". */
export function formatUtcDate(epochMs: number, language: Language): string {
  const key = `${language}|date`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[language], {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      timeZone: 'UTC',
    });
    dateFormats.set(key, format);
  }
  return format.format(epochMs);
}

/** A calendar date given as YYYY-MM-DD (read as UTC, so it never shifts a day). */
export function formatIsoDate(isoDate: string, language: Language): string {
  const time = Date.parse(`${isoDate}T00:00:00Z`);
  return Number.isNaN(time) ? isoDate : formatUtcDate(time, language);
}

/** A wall-clock time of day, for run labels. */
export function formatClockTime(epochMs: number, language: Language): string {
  const key = `${language}|clock`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[language], {
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    dateFormats.set(key, format);
  }
  return format.format(epochMs);
}

/** A wall-clock date and time in the language's way ("6 Dec 2026, 23:40"), for when a run was made. */
export function formatDateTime(epochMs: number, language: Language): string {
  const key = `${language}|datetime`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeStyle: 'short' });
    dateFormats.set(key, format);
  }
  return format.format(epochMs);
}

/** The numeric date pattern of a language: field order and separator, from Intl. */
function datePattern(language: Language): { order: ('year' | 'month' | 'day')[]; separator: string } {
  const parts = new Intl.DateTimeFormat(LOCALES[language], {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: 'UTC',
  }).formatToParts(Date.UTC(2024, 11, 31));
  const order = parts
    .map((part) => part.type)
    .filter(
      (type): type is 'year' | 'month' | 'day' => type === 'year' || type === 'month' || type === 'day',
    );
  const separator = parts.find((part) => part.type === 'literal')?.value ?? '-';
  return { order, separator };
}

/** A YYYY-MM-DD date as a person of that language types it: 31/12/2024, 31.12.2024, 2024/12/31. */
export function formatDateInput(isoDate: string, language: Language): string {
  const [year = '', month = '', day = ''] = isoDate.split('-');
  const fields = { year, month, day };
  const { order, separator } = datePattern(language);
  return order.map((field) => fields[field]).join(separator);
}

/** The hint shown beside a date field: the pattern in the language's order, as in "DD.MM.YYYY". */
export function dateInputPattern(
  language: Language,
  letters: { year: string; month: string; day: string },
): string {
  const { order, separator } = datePattern(language);
  return order.map((field) => letters[field]).join(separator);
}

/**
 * A date typed in the language's order (any of / . - or spaces between the fields; ISO
 * YYYY-MM-DD is always understood) as YYYY-MM-DD, or undefined when it is not a real date.
 */
export function parseDateInput(text: string, language: Language): string | undefined {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const fields = trimmed.split(/[\s./-]+/);
  let year: number;
  let month: number;
  let day: number;
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else {
    const { order } = datePattern(language);
    if (fields.length !== 3 || fields.some((field) => !/^\d{1,4}$/.test(field))) return undefined;
    const value = (name: 'year' | 'month' | 'day'): number => Number(fields[order.indexOf(name)]);
    [year, month, day] = [value('year'), value('month'), value('day')];
  }
  if (year < 1000 || year > 9999) return undefined;
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The decimal and grouping separators of a language (from Intl, so they match what is shown). */
function numberSymbols(language: Language): { decimal: string; group: string } {
  const parts = numberFormat(language, { maximumFractionDigits: 1 }).formatToParts(12345.5);
  return {
    decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
    group: parts.find((part) => part.type === 'group')?.value ?? ',',
  };
}

/**
 * A number typed the language's way: its decimal separator (a comma in Russian: "3,5"), grouping
 * by its group separator or spaces ("1 234,5"), a leading minus (also "−"), a trailing "%" (the
 * field's unit). Strict: anything else
 * ("0x10", "1e3", "abc", "1,2,3" in Russian) is not a number, so undefined. A full stop is also
 * read as the decimal point where the language's decimal is a comma and it cannot be grouping.
 */
export function parseLocaleNumber(text: string, language: Language): number | undefined {
  const { decimal, group } = numberSymbols(language);
  // A trailing per cent sign is the unit the field already shows: "150%" is 150.
  let s = text
    .trim()
    .replace(/\u2212/g, '-')
    .replace(/\s*%$/, '');
  if (s === '') return undefined;
  // Spaces of any kind group digits in every language here (ru uses a no-break space).
  s = s.replace(/[\s\u00a0\u202f]/g, '');
  if (group !== ' ' && !/\s/.test(group) && group !== decimal) {
    const grouped = new RegExp(`^-?\\d{1,3}(\\${group}\\d{3})+(\\${decimal}\\d+)?$`);
    if (grouped.test(s)) s = s.split(group).join('');
  }
  if (decimal !== '.') {
    if (s.includes('.') && s.includes(decimal)) return undefined;
    s = s.replace(decimal, '.');
  }
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(s)) return undefined;
  const value = Number(s);
  return Number.isFinite(value) ? value : undefined;
}

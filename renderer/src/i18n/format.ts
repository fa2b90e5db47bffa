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

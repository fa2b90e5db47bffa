/**
 * The cell and line rules of every CSV the simulator writes, fixed so that the same result gives
 * the same bytes on every machine and in every locale:
 * - UTF-8 with a byte-order mark (Excel then reads Chinese and Russian names correctly);
 * - CRLF line ends, as RFC 4180 specifies (every spreadsheet and pandas read them);
 * - RFC 4180 quoting: a cell holding a comma, a double quote, CR or LF is quoted, quotes doubled;
 * - numbers without locale: integers as digits, others with at most 6 decimals, trailing zeros
 *   dropped (0.1 + 0.2 prints 0.3); NaN and infinities print as an empty cell (not available);
 * - formula-injection safety: a TEXT cell starting with = + - @ TAB or CR gets a leading single
 *   quote, so a spreadsheet shows it instead of running it. Numbers are never prefixed.
 */

export const CSV_BOM = '\uFEFF';
export const CSV_EOL = '\r\n';

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell, made formula-safe and quoted as needed. */
export function textCell(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A number cell by the fixed rules above. */
export function numberCell(value: number): string {
  if (!Number.isFinite(value)) return '';
  if (Number.isInteger(value))
    return Math.abs(value) < 1e21 ? String(value === 0 ? 0 : value) : value.toFixed(0);
  const fixed = value.toFixed(6).replace(/0+$/, '').replace(/\.$/, '');
  return fixed === '-0' ? '0' : fixed;
}

export type Cell = string | number;

/** One CSV line with its line end; strings are text cells, numbers number cells. */
export function csvLine(cells: readonly Cell[]): string {
  return (
    cells.map((cell) => (typeof cell === 'number' ? numberCell(cell) : textCell(cell))).join(',') + CSV_EOL
  );
}

/** A whole file from its lines (header first), with the byte-order mark. */
export function csvFile(lines: Iterable<string>): string {
  let out = CSV_BOM;
  for (const line of lines) out += line;
  return out;
}

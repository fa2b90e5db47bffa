// CSV of a table on screen, by the same rules as the command line's files: UTF-8 with a byte-order
// mark (so Excel reads Chinese and Cyrillic names), RFC 4180 quoting, CRLF line ends, and no cell
// that a spreadsheet would run as a formula.

/** The byte-order mark at the start of every CSV file (U+FEFF, written as EF BB BF in UTF-8). */
export const BOM = '\uFEFF';

/** Characters that make a spreadsheet read a text cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvCell = string | number | undefined;

/**
 * A number as the command line writes it (sim-core/src/results/csvFormat.ts): integers as digits,
 * others with at most 6 decimals and no trailing zeros, -0 as 0, not-finite values empty.
 */
export function numberCell(value: number): string {
  if (!Number.isFinite(value)) return '';
  if (Number.isInteger(value))
    return Math.abs(value) < 1e21 ? String(value === 0 ? 0 : value) : value.toFixed(0);
  const fixed = value.toFixed(6).replace(/0+$/, '').replace(/\.$/, '');
  return fixed === '-0' ? '0' : fixed;
}

/**
 * One cell. Numbers are written plainly (numberCell);
 * text that starts like a formula gets a leading apostrophe; text with a comma, quote or line
 * break is quoted, quotes doubled.
 */
export function csvCell(value: CsvCell): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return numberCell(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A whole CSV file: BOM, header row, data rows, each line ended by CRLF. */
export function tableCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

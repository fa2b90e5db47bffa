// CSV of a table on screen, by the command line's own rules (sim-core/src/results/csvFormat.ts):
// UTF-8 with a byte-order mark (so Excel reads Chinese and Cyrillic names), RFC 4180 quoting,
// CRLF line ends, and no cell that a spreadsheet would run as a formula.
import {
  CSV_BOM,
  csvFile,
  csvLine,
  numberCell,
  textCell,
} from '../../../../sim-core/src/results/csvFormat.ts';

/** The byte-order mark at the start of every CSV file (U+FEFF, written as EF BB BF in UTF-8). */
export const BOM = CSV_BOM;

export type CsvCell = string | number | undefined;

/**
 * One cell: numbers as the command line writes them, text formula-safe and quoted as needed,
 * a missing value empty.
 */
export function csvCell(value: CsvCell): string {
  if (value === undefined) return '';
  return typeof value === 'number' ? numberCell(value) : textCell(value);
}

/** A whole CSV file: BOM, header row, data rows, each line ended by CRLF. */
export function tableCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  // csvLine writes an empty text cell for a missing value, as csvCell does.
  return csvFile([header, ...rows].map((row) => csvLine(row.map((cell) => cell ?? ''))));
}

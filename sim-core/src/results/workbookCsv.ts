/**
 * The planner's workbook (scenario/workbook) as CSV files, one per sheet, by the simulator's fixed
 * CSV rules (csvFormat.ts), so the files open the same in every spreadsheet and locale.
 */
import type { WorkbookTables } from '../scenario/workbook/workbookSheets.ts';
import { csvFile, csvLine } from './csvFormat.ts';

/** The workbook as CSV files, `<sheet>.csv`, by the simulator's fixed CSV rules. */
export function workbookToCsvFiles(tables: WorkbookTables): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [name, sheet] of Object.entries(tables)) {
    const lines = [sheet.header, ...sheet.rows].map((row) =>
      csvLine(row.map((cell) => (cell === null ? '' : typeof cell === 'boolean' ? String(cell) : cell))),
    );
    files[`${name.toLowerCase()}.csv`] = csvFile(lines);
  }
  return files;
}

/**
 * The .xlsx codec of the planner's workbook (sim-core/src/scenario/workbook), with exceljs: the
 * same code runs in the command line (Node, exceljs's own build) and in the app's workbook worker
 * (vite picks exceljs's browser build). It only moves cells; what they mean is the pure module's
 * business.
 */
import ExcelJS from 'exceljs';
import type { WorkbookCell, WorkbookTables } from '../src/scenario/workbook/workbookSheets.ts';

/** Column width in characters: wide enough for a header, capped for the JSON columns. */
const MAX_WIDTH = 48;

/** The workbook as .xlsx bytes: one sheet per table, a bold frozen header row. */
export async function workbookToXlsx(tables: WorkbookTables): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'SCODA Corridor Simulator';
  for (const [name, table] of Object.entries(tables)) {
    const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow(table.header).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row);
    sheet.columns.forEach((column, index) => {
      column.width = Math.min(MAX_WIDTH, Math.max(10, (table.header[index] ?? '').length + 2));
    });
  }
  const buffer = await book.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

export type XlsxReading = { ok: true; tables: WorkbookTables } | { ok: false; message: string };

/** Reads .xlsx bytes into tables (row 1 the header); a file that is no workbook is a message. */
export async function xlsxToWorkbook(bytes: Uint8Array): Promise<XlsxReading> {
  const book = new ExcelJS.Workbook();
  try {
    // exceljs's typings ask for a Node Buffer; both of its builds accept any ArrayBuffer view.
    await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `not an .xlsx workbook (${reason})` };
  }
  const tables: WorkbookTables = {};
  book.eachSheet((sheet) => {
    const rows: WorkbookCell[][] = [];
    const width = sheet.columnCount;
    for (let index = 1; index <= sheet.rowCount; index += 1) {
      const row = sheet.getRow(index);
      const cells: WorkbookCell[] = [];
      for (let column = 1; column <= width; column += 1) cells.push(plainCell(row.getCell(column).value));
      rows.push(cells);
    }
    const [header = [], ...body] = rows;
    tables[sheet.name] = { header: header.map((cell) => (cell === null ? '' : String(cell))), rows: body };
  });
  return { ok: true, tables };
}

/** A cell as a plain value: formulas by their result, dates as YYYY-MM-DD, rich text as text. */
function plainCell(value: ExcelJS.CellValue): WorkbookCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('formula' in value || 'sharedFormula' in value) return plainCell(value.result as ExcelJS.CellValue);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return null;
}

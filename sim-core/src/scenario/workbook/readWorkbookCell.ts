/**
 * Reads one spreadsheet cell as its column's kind (workbookSheets.ts). A blank cell is absent;
 * a cell of the wrong type is a message saying what was expected and what was found, so the
 * import can name the sheet, row and column.
 */
import { describeValue } from '../jsonPath.ts';
import type { ColumnKind, WorkbookCell } from './workbookSheets.ts';

export type CellReading = { ok: true; value: unknown } | { ok: false; message: string };

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TRUE_WORDS = new Set(['true', 'yes', 'y', '1']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0']);

const absent: CellReading = { ok: true, value: undefined };
const fail = (expected: string, cell: WorkbookCell): CellReading => ({
  ok: false,
  message: `expected ${expected}, got ${describeValue(cell)}`,
});

export function readWorkbookCell(cell: WorkbookCell, kind: ColumnKind): CellReading {
  if (cell === null || (typeof cell === 'string' && cell.trim() === '')) return absent;
  switch (kind) {
    case 'text':
      return typeof cell === 'boolean' ? fail('text', cell) : { ok: true, value: String(cell).trim() };
    case 'number':
      return readNumber(cell, false);
    case 'integer':
      return readNumber(cell, true);
    case 'boolean':
      return readBoolean(cell);
    case 'date':
      return typeof cell === 'string' && DATE.test(cell.trim())
        ? { ok: true, value: cell.trim() }
        : fail('a date as YYYY-MM-DD', cell);
    case 'list':
      return typeof cell === 'boolean'
        ? fail('ids separated by ";"', cell)
        : { ok: true, value: splitList(String(cell), /[;\n]/) };
    case 'integers':
      return readIntegers(cell);
    case 'json':
      return readJson(cell);
  }
}

function readNumber(cell: WorkbookCell, integer: boolean): CellReading {
  const expected = integer ? 'a whole number' : 'a number';
  let value: number;
  if (typeof cell === 'number') value = cell;
  else if (typeof cell === 'string' && NUMBER.test(cell.trim())) value = Number(cell.trim());
  else return fail(expected, cell);
  if (!Number.isFinite(value) || (integer && !Number.isInteger(value))) return fail(expected, cell);
  return { ok: true, value };
}

function readBoolean(cell: WorkbookCell): CellReading {
  if (typeof cell === 'boolean') return { ok: true, value: cell };
  const word = String(cell).trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return { ok: true, value: true };
  if (FALSE_WORDS.has(word)) return { ok: true, value: false };
  return fail('TRUE or FALSE', cell);
}

function readIntegers(cell: WorkbookCell): CellReading {
  if (typeof cell === 'number')
    return Number.isInteger(cell) ? { ok: true, value: [cell] } : fail('whole numbers', cell);
  if (typeof cell !== 'string') return fail('whole numbers separated by ","', cell);
  const parts = splitList(cell, /[,;\s]+/);
  const values = parts.map(Number);
  if (!values.every(Number.isInteger)) return fail('whole numbers separated by ","', cell);
  return { ok: true, value: values };
}

function readJson(cell: WorkbookCell): CellReading {
  if (typeof cell !== 'string') return { ok: true, value: cell };
  try {
    return { ok: true, value: JSON.parse(cell) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `expected JSON, got ${describeValue(cell)} (${reason})` };
  }
}

function splitList(text: string, separator: RegExp): string[] {
  return text
    .split(separator)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/**
 * Workbook tables -> scenario. The workbook replaces the base scenario's nodes, links, services,
 * demand and interventions; everything else (dates, corridors, documents, KPI settings) stays.
 * All or nothing: every cell is read first and every problem named by sheet, row and column;
 * only a workbook without a problem is assembled, and the result then passes the normal
 * scenario validator, whose messages are mapped back to their cells too.
 */
import { validateScenario } from '../validate.ts';
import { asRecord, type LooseRecord } from '../looseRead.ts';
import { readWorkbookCell } from './readWorkbookCell.ts';
import { locateIssue, WorkbookIssueList, type RowOrigin, type WorkbookIssue } from './workbookIssues.ts';
import {
  columnLetter,
  headerKey,
  SHEET_ARRAY,
  SHEET_COLUMNS,
  SHEET_NAMES,
  type SheetName,
  type WorkbookColumn,
  type WorkbookSheet,
  type WorkbookTables,
} from './workbookSheets.ts';

export type WorkbookImportOutcome =
  { ok: true; document: LooseRecord; warnings: WorkbookIssue[] } | { ok: false; issues: WorkbookIssue[] };

interface ParsedRow {
  entity: LooseRecord;
  origin: RowOrigin;
}

/** Reads `tables` onto `base` (a scenario document); nothing is returned unless all is valid. */
export function workbookToScenario(base: unknown, tables: WorkbookTables): WorkbookImportOutcome {
  const issues = new WorkbookIssueList();
  const parsed = new Map<SheetName, ParsedRow[]>();
  for (const name of SHEET_NAMES) {
    const sheet = tables[name];
    if (!sheet) issues.add({ sheet: name, message: `the workbook has no sheet "${name}"` });
    else parsed.set(name, readSheet(name, sheet, issues));
  }
  if (issues.count > 0) return { ok: false, issues: issues.list() };
  const assembled = assemble(asRecord(base) ?? {}, parsed, issues);
  if (issues.count > 0) return { ok: false, issues: issues.list() };
  const outcome = validateScenario(assembled.document);
  if (!outcome.ok) {
    return { ok: false, issues: outcome.issues.map((issue) => locateIssue(issue, assembled.origins)) };
  }
  return {
    ok: true,
    document: assembled.document,
    warnings: outcome.warnings.map((issue) => locateIssue(issue, assembled.origins)),
  };
}

/** Matches the header to the sheet's columns, then reads every non-blank row. */
function readSheet(name: SheetName, sheet: WorkbookSheet, issues: WorkbookIssueList): ParsedRow[] {
  const byKey = new Map(SHEET_COLUMNS[name].map((column) => [headerKey(column.header), column]));
  const placed: Array<WorkbookColumn | undefined> = sheet.header.map((header, index) => {
    const text = header === null || header === undefined ? '' : String(header);
    const column = byKey.get(headerKey(text));
    if (column) byKey.delete(headerKey(text));
    else if (text.trim() !== '') {
      issues.add({ sheet: name, row: 1, column: columnLetter(index), message: `unknown column "${text}"` });
    }
    return column;
  });
  for (const missing of byKey.values()) {
    issues.add({ sheet: name, row: 1, message: `missing the column "${missing.header}"` });
  }
  if (issues.count > 0) return [];
  const columns = new Map<string, { letter: string; header: string }>();
  placed.forEach((column, index) => {
    if (column) columns.set(column.path.join('.'), { letter: columnLetter(index), header: column.header });
  });
  const rows: ParsedRow[] = [];
  sheet.rows.forEach((cells, rowIndex) => {
    if (cells.every((cell) => cell === null || cell === '')) return;
    const row = rowIndex + 2;
    const entity: LooseRecord = {};
    placed.forEach((column, index) => {
      if (!column) return;
      const reading = readWorkbookCell(cells[index] ?? null, column.kind);
      if (!reading.ok) {
        issues.add({
          sheet: name,
          row,
          column: columnLetter(index),
          header: column.header,
          message: reading.message,
        });
      } else if (reading.value !== undefined) setPath(entity, column.path, reading.value);
    });
    rows.push({ entity, origin: { sheet: name, row, columns } });
  });
  return rows;
}

function setPath(target: LooseRecord, path: readonly string[], value: unknown): void {
  let at = target;
  path.slice(0, -1).forEach((key) => {
    const next = asRecord(at[key]) ?? {};
    at[key] = next;
    at = next;
  });
  at[path[path.length - 1] ?? ''] = value;
}

/**
 * The scenario document, with where each entity came from. A Services row that an add-service
 * intervention names is that intervention's service, not one of the scenario's own services.
 */
function assemble(
  base: LooseRecord,
  parsed: ReadonlyMap<SheetName, ParsedRow[]>,
  issues: WorkbookIssueList,
): { document: LooseRecord; origins: Map<string, RowOrigin[]> } {
  const services = parsed.get('Services') ?? [];
  const serviceById = new Map(services.map((row) => [row.entity['id'], row]));
  const interventions = parsed.get('Interventions') ?? [];
  const addedIds = new Set<unknown>();
  const addedOrigins: RowOrigin[] = [];
  for (const row of interventions) {
    addedOrigins.push(row.origin);
    if (row.entity['kind'] !== 'add-service') continue;
    const added = serviceById.get(row.entity['service']);
    if (!added) {
      const column = row.origin.columns.get('service');
      issues.add({
        sheet: 'Interventions',
        row: row.origin.row,
        ...(column ? { column: column.letter, header: column.header } : {}),
        message: `no row on the Services sheet has the id ${JSON.stringify(row.entity['service'] ?? '')}`,
      });
      continue;
    }
    addedIds.add(added.entity['id']);
    row.entity['service'] = added.entity;
    addedOrigins[addedOrigins.length - 1] = added.origin;
  }
  const own = services.filter((row) => !addedIds.has(row.entity['id']));
  const document: LooseRecord = { ...base };
  const origins = new Map<string, RowOrigin[]>();
  for (const name of SHEET_NAMES) {
    const rows = name === 'Services' ? own : (parsed.get(name) ?? []);
    document[SHEET_ARRAY[name]] = rows.map((row) => row.entity);
    origins.set(
      SHEET_ARRAY[name],
      rows.map((row) => row.origin),
    );
  }
  origins.set('addedServices', addedOrigins);
  return { document, origins };
}

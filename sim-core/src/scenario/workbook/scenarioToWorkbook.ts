/**
 * Scenario -> workbook tables (one sheet per part, see workbookSheets.ts). A service added by an
 * `add-service` intervention is written once on the Services sheet, and its intervention row names
 * it by id, so a planner edits every service in one place.
 */
import { asArray, asRecord, type LooseRecord } from '../looseRead.ts';
import type { Scenario } from '../schema.ts';
import {
  SHEET_ARRAY,
  SHEET_COLUMNS,
  SHEET_NAMES,
  type WorkbookCell,
  type WorkbookColumn,
  type WorkbookTables,
} from './workbookSheets.ts';

/** The workbook of a (validated) scenario. */
export function scenarioToWorkbook(scenario: Scenario): WorkbookTables {
  const source = scenario as unknown as LooseRecord;
  const tables: WorkbookTables = {};
  for (const name of SHEET_NAMES) {
    const columns = SHEET_COLUMNS[name];
    const entities = name === 'Services' ? allServices(source) : asArray(source[SHEET_ARRAY[name]]);
    tables[name] = {
      header: columns.map((column) => column.header),
      rows: entities.map((entity) => columns.map((column) => cellOf(asRecord(entity), column))),
    };
  }
  return tables;
}

/** The scenario's own services, then those added by interventions (first definition per id). */
function allServices(scenario: LooseRecord): unknown[] {
  const services = [...asArray(scenario['services'])];
  const seen = new Set(services.map((service) => asRecord(service)?.['id']));
  for (const intervention of asArray(scenario['interventions'])) {
    const added = asRecord(asRecord(intervention)?.['service']);
    if (added && !seen.has(added['id'])) {
      seen.add(added['id']);
      services.push(added);
    }
  }
  return services;
}

function cellOf(entity: LooseRecord | undefined, column: WorkbookColumn): WorkbookCell {
  let value: unknown = entity;
  for (const key of column.path) value = asRecord(value)?.[key];
  if (value === undefined || value === null) return null;
  switch (column.kind) {
    case 'json':
      return JSON.stringify(value);
    case 'list':
      return asArray(value).join('; ');
    case 'integers':
      return asArray(value).join(', ');
    default:
      // The intervention row of an added service names it by id (its definition is on Services).
      if (typeof value === 'object') return String(asRecord(value)?.['id'] ?? '');
      return value as WorkbookCell;
  }
}

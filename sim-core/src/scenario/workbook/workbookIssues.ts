/**
 * Problems found in an imported workbook, each named by sheet, row and column as the planner sees
 * them in the spreadsheet (row 1 is the header; column letters as the spreadsheet shows them).
 */
import type { ValidationIssue } from '../../vocabulary/validationIssue.ts';
import { LIMITS } from '../limits.ts';

/** One problem: where it is in the workbook (as far as it has a place) and what was expected. */
export interface WorkbookIssue {
  sheet?: string;
  /** 1-based spreadsheet row (the header is row 1). */
  row?: number;
  /** The column's letter ("F") and header. */
  column?: string;
  header?: string;
  message: string;
}

/** "Services!F7 (departures (per week)): expected a number, got "weekly"". */
export function formatWorkbookIssue(issue: WorkbookIssue): string {
  if (!issue.sheet) return issue.message;
  let where = issue.sheet;
  if (issue.column !== undefined && issue.row !== undefined) where += `!${issue.column}${issue.row}`;
  else if (issue.row !== undefined) where += ` row ${issue.row}`;
  const header = issue.header ? ` (${issue.header})` : '';
  return `${where}${header}: ${issue.message}`;
}

/**
 * Collects issues but keeps at most LIMITS.maxIssues of them, counting the rest, so a
 * 100,000-row sheet of bad cells costs a counter, not 100,000 messages.
 */
export class WorkbookIssueList {
  readonly issues: WorkbookIssue[] = [];
  private dropped = 0;

  add(issue: WorkbookIssue): void {
    if (this.issues.length < LIMITS.maxIssues) this.issues.push(issue);
    else this.dropped += 1;
  }

  get count(): number {
    return this.issues.length + this.dropped;
  }

  /** The kept issues, with a last one counting those left out. */
  list(): WorkbookIssue[] {
    if (this.dropped === 0) return this.issues;
    return [
      ...this.issues,
      { message: `... and ${this.dropped} more problem${this.dropped === 1 ? '' : 's'}` },
    ];
  }
}

/** Where each scenario entity came from in the workbook. */
export interface RowOrigin {
  sheet: string;
  row: number;
  /** Column letter and header by the column's path in the entity ("timetable.departuresPerWeek"). */
  columns: ReadonlyMap<string, { letter: string; header: string }>;
}

/** Entity origins by the scenario array and index: "services" -> origin of services[i]. */
export type OriginIndex = ReadonlyMap<string, readonly RowOrigin[]>;

/**
 * Maps a scenario validation issue (`services[3].timetable.departuresPerWeek`) back to the cell it
 * came from. The interventions' added services point at their rows on the Services sheet.
 */
export function locateIssue(issue: ValidationIssue, origins: OriginIndex): WorkbookIssue {
  const match = /^(\w+)\[(\d+)\](.*)$/.exec(issue.path);
  if (!match) return { message: issue.path ? `${issue.path}: ${issue.message}` : issue.message };
  const [, array = '', index = '', restText = ''] = match;
  let rest = pathKeys(restText);
  let origin = origins.get(array)?.[Number(index)];
  if (array === 'interventions' && rest[0] === 'service' && rest.length > 1) {
    origin = origins.get('addedServices')?.[Number(index)] ?? origin;
    rest = rest.slice(1);
  }
  if (!origin) return { message: `${issue.path}: ${issue.message}` };
  const column = findColumn(origin.columns, rest);
  return {
    sheet: origin.sheet,
    row: origin.row,
    ...(column ? { column: column.letter, header: column.header } : {}),
    message: issue.message,
  };
}

/** Object keys of a path tail such as ".legHours[0].min" (indices dropped). */
function pathKeys(text: string): string[] {
  return text
    .split(/[.[\]]+/)
    .filter((part) => part !== '' && !/^\d+$/.test(part))
    .map((part) => part.replace(/^"|"$/g, ''));
}

/** The column whose path is the longest prefix of `keys`, else the first one under `keys`. */
function findColumn(
  columns: RowOrigin['columns'],
  keys: readonly string[],
): { letter: string; header: string } | undefined {
  for (let length = keys.length; length > 0; length -= 1) {
    const found = columns.get(keys.slice(0, length).join('.'));
    if (found) return found;
  }
  if (keys.length === 0) return undefined;
  const prefix = `${keys.join('.')}.`;
  for (const [path, column] of columns) if (path.startsWith(prefix)) return column;
  return undefined;
}

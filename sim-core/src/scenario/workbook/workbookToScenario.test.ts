import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioHash } from '../hash.ts';
import type { Scenario } from '../schema.ts';
import { validateScenario } from '../validate.ts';
import { workbookToCsvFiles } from '../../results/workbookCsv.ts';
import { scenarioToWorkbook } from './scenarioToWorkbook.ts';
import { formatWorkbookIssue, type WorkbookIssue } from './workbookIssues.ts';
import type { WorkbookCell, WorkbookTables } from './workbookSheets.ts';
import { workbookToScenario } from './workbookToScenario.ts';

const BASELINE = new URL('../../../../assets/scenarios/baseline-2025.json', import.meta.url);
const BASELINE_2022 = new URL('../../../../assets/scenarios/baseline-2022.json', import.meta.url);
const TINY = new URL('../../../../tests/fixtures/cli/tiny.scenario.json', import.meta.url);

function load(url: URL): { document: Record<string, unknown>; scenario: Scenario } {
  const document = JSON.parse(readFileSync(url, 'utf8')) as Record<string, unknown>;
  const outcome = validateScenario(document);
  if (!outcome.ok) throw new Error(`fixture invalid: ${JSON.stringify(outcome.issues)}`);
  return { document, scenario: outcome.scenario };
}

function workbookOf(url: URL): { document: Record<string, unknown>; tables: WorkbookTables } {
  const { document, scenario } = load(url);
  return { document, tables: scenarioToWorkbook(scenario) };
}

function issuesOf(base: unknown, tables: WorkbookTables): WorkbookIssue[] {
  const outcome = workbookToScenario(base, tables);
  if (outcome.ok) throw new Error('expected the workbook to be rejected');
  return outcome.issues;
}

/** Sets one cell, found by its sheet, the row's id (first column) and the header's start. */
function setCell(
  tables: WorkbookTables,
  sheet: string,
  id: string,
  header: string,
  value: WorkbookCell,
): void {
  const table = tables[sheet]!;
  const column = table.header.findIndex((text) => text.startsWith(header));
  const row = table.rows.find((cells) => cells[0] === id);
  if (column < 0 || !row) throw new Error(`no cell ${sheet} ${id} ${header}`);
  row[column] = value;
}

describe('workbook round trip', () => {
  it('gives back the same scenario, bit for bit (same hash), for the 2025 baseline', () => {
    const { document, scenario } = load(BASELINE);
    const outcome = workbookToScenario(document, scenarioToWorkbook(scenario));
    if (!outcome.ok) throw new Error(outcome.issues.map(formatWorkbookIssue).join('\n'));
    const again = validateScenario(outcome.document);
    if (!again.ok) throw new Error('round trip invalid');
    expect(scenarioHash(again.scenario)).toBe(scenarioHash(scenario));
  });

  it('changes the run input when the planner edits a frequency in the sheet', () => {
    const { document, tables } = workbookOf(BASELINE);
    setCell(tables, 'Services', 'sco-almaty', 'departures', 5);
    const outcome = workbookToScenario(document, tables);
    if (!outcome.ok) throw new Error(outcome.issues.map(formatWorkbookIssue).join('\n'));
    const edited = validateScenario(outcome.document);
    if (!edited.ok) throw new Error('edit invalid');
    const almaty = edited.scenario.services.find((service) => service.id === 'sco-almaty');
    expect(almaty?.timetable).toMatchObject({ departuresPerWeek: 5 });
  });

  it('reads numbers typed as text and ids typed as numbers, as spreadsheets often hold them', () => {
    const { document, tables } = workbookOf(TINY);
    const demandRow = tables['Demand']!.rows[0]!;
    demandRow[5] = ` ${String(demandRow[5])} `;
    expect(workbookToScenario(document, tables).ok).toBe(true);
  });

  it('writes one CSV file per sheet with the units in the header', () => {
    const { scenario } = load(TINY);
    const files = workbookToCsvFiles(scenarioToWorkbook(scenario));
    expect(Object.keys(files)).toEqual([
      'nodes.csv',
      'links.csv',
      'services.csv',
      'demand.csv',
      'interventions.csv',
    ]);
    expect(files['links.csv']).toContain('distance (km)');
    expect(files['services.csv']).toContain('capacity (TEU per vehicle)');
  });
});

describe('workbook import: malformed workbooks', () => {
  it('names sheet, row and column of a cell of the wrong type, and returns no scenario', () => {
    const { document, tables } = workbookOf(TINY);
    const id = String(tables['Services']!.rows[0]![0]);
    setCell(tables, 'Services', id, 'departures', 'weekly');
    const issues = issuesOf(document, tables);
    expect(issues.map(formatWorkbookIssue)).toEqual([
      `Services!I2 (departures (per week)): expected a number, got "weekly"`,
    ]);
  });

  it('names every missing sheet', () => {
    const { document, tables } = workbookOf(TINY);
    delete tables['Demand'];
    delete tables['Links'];
    const messages = issuesOf(document, tables).map(formatWorkbookIssue);
    expect(messages).toEqual([
      'Links: the workbook has no sheet "Links"',
      'Demand: the workbook has no sheet "Demand"',
    ]);
  });

  it('names an unknown column and a missing one in the header row', () => {
    const { document, tables } = workbookOf(TINY);
    tables['Links']!.header[4] = 'length (miles)';
    const messages = issuesOf(document, tables).map(formatWorkbookIssue);
    expect(messages).toEqual([
      'Links!E1: unknown column "length (miles)"',
      'Links row 1: missing the column "distance (km)"',
    ]);
  });

  it('maps an unknown node id from the scenario validator back to its cell', () => {
    const { document, tables } = workbookOf(TINY);
    const demandId = String(tables['Demand']!.rows[0]![0]);
    setCell(tables, 'Demand', demandId, 'origin', 'atlantis');
    const issues = issuesOf(document, tables);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ sheet: 'Demand', row: 2, column: 'B', header: 'origin (node id)' });
    expect(issues[0]?.message).toContain('atlantis');
  });

  it('names an add-service intervention whose service has no row on Services', () => {
    const { document, tables } = workbookOf(BASELINE_2022);
    const interventions = tables['Interventions']!;
    const addRow = interventions.rows.findIndex((row) => row[0] === 'add-service');
    expect(addRow).toBeGreaterThanOrEqual(0);
    interventions.rows[addRow]![3] = 'no-such-service';
    const issues = issuesOf(document, tables);
    expect(issues[0]).toMatchObject({ sheet: 'Interventions', row: addRow + 2, column: 'D' });
  });

  it('maps a bad leg time of a service added by an intervention to its row on Services', () => {
    const { document, tables } = workbookOf(BASELINE_2022);
    const added = tables['Interventions']!.rows.find((row) => row[0] === 'add-service')![3] as string;
    setCell(tables, 'Services', added, 'leg hours', '[{"kind":"deterministic","value":-3}]');
    const issues = issuesOf(document, tables);
    const row = tables['Services']!.rows.findIndex((cells) => cells[0] === added) + 2;
    expect(issues[0]).toMatchObject({
      sheet: 'Services',
      row,
      header: 'leg hours (h; JSON list of distributions)',
    });
  });

  it('reports broken JSON in a cell with the parser reason', () => {
    const { document, tables } = workbookOf(TINY);
    const id = String(tables['Links']!.rows[0]![0]);
    setCell(tables, 'Links', id, 'geometry', '[[120.2, 36.0], [121');
    const [issue] = issuesOf(document, tables);
    expect(issue).toMatchObject({ sheet: 'Links', row: 2, column: 'G' });
    expect(issue?.message).toMatch(/^expected JSON/);
  });

  it('rejects 100,000 bad rows with a bounded list of messages (the rest counted)', () => {
    const { document, tables } = workbookOf(TINY);
    const template = tables['Demand']!.rows[0]!;
    tables['Demand']!.rows = Array.from({ length: 100_000 }, (_, index) => {
      const row = [...template];
      row[0] = `flow-${index}`;
      row[5] = 'lots';
      return row;
    });
    const issues = issuesOf(document, tables);
    expect(issues).toHaveLength(201);
    expect(issues[0]).toMatchObject({ sheet: 'Demand', row: 2, column: 'F' });
    expect(issues.at(-1)?.message).toBe('... and 99800 more problems');
  });

  it('rejects 100,000 well-formed demand rows as more than a scenario may hold', () => {
    const { document, tables } = workbookOf(TINY);
    const template = tables['Demand']!.rows[0]!;
    tables['Demand']!.rows = Array.from({ length: 100_000 }, (_, index) => {
      const row = [...template];
      row[0] = `flow-${index}`;
      return row;
    });
    const messages = issuesOf(document, tables).map(formatWorkbookIssue);
    expect(messages.join('\n')).toMatch(/demand.*50000/i);
  });
});

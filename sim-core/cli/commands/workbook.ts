import { basename, dirname, resolve } from 'node:path';
import { workbookToCsvFiles } from '../../src/results/workbookCsv.ts';
import { scenarioToWorkbook } from '../../src/scenario/workbook/scenarioToWorkbook.ts';
import { formatWorkbookIssue } from '../../src/scenario/workbook/workbookIssues.ts';
import { workbookToScenario } from '../../src/scenario/workbook/workbookToScenario.ts';
import { workbookToXlsx, xlsxToWorkbook } from '../../worker/xlsxWorkbook.ts';
import type { CliArgs, CliCommand, CliContext } from '../CliCommand.ts';
import { loadScenario, resolveScenarioSource } from '../io/loadScenario.ts';
import { readJsonFile, readRegularFile } from '../io/readJsonFile.ts';
import { safeLine } from '../../src/scenario/safeText.ts';
import { writeFilesAtomically } from '../io/writeFilesAtomically.ts';
import { UserError } from '../UserError.ts';

/** An .xlsx of the largest scenario (50,000 rows a sheet) is far below this. */
const MAX_WORKBOOK_BYTES = 64 * 1024 * 1024;

const USAGE = `Usage:
  scoda-sim workbook export <scenario> --out <file.xlsx | folder>
  scoda-sim workbook import <file.xlsx> --base <scenario> --out <scenario.json>

export  writes the scenario's nodes, links, services, demand and interventions as a workbook, one
        sheet each with the units in the headers and the sources in the last columns; with a
        folder instead of an .xlsx file, as one CSV file per sheet.
import  reads an edited workbook onto the base scenario (its dates, corridors, documents and
        KPI settings stay) and writes the scenario only if the whole workbook is valid; every
        problem is printed as "Sheet!<column><row> (header): what was expected".

Exit code: 0 on success, 1 when the scenario or the workbook has a problem, 2 for a usage mistake.`;

async function exportWorkbook(args: CliArgs, { stderr, cwd }: CliContext): Promise<number> {
  const [, scenarioArg] = args.positionals;
  const outArg = args.values['out'];
  if (scenarioArg === undefined || typeof outArg !== 'string') {
    throw new UserError('workbook export: name a scenario and --out <file.xlsx | folder>', 2);
  }
  const loaded = loadScenario(resolveScenarioSource(scenarioArg, cwd));
  if (!loaded.ok) {
    stderr.write(loaded.problems.map((line) => `${line}\n`).join(''));
    return 1;
  }
  const tables = scenarioToWorkbook(loaded.scenario);
  const out = resolve(cwd, outArg);
  if (out.toLowerCase().endsWith('.xlsx')) writeBytesAtomically(out, await workbookToXlsx(tables), outArg);
  else writeFilesAtomically(out, workbookToCsvFiles(tables), { displayDir: outArg });
  return 0;
}

async function importWorkbook(args: CliArgs, { stdout, cwd }: CliContext): Promise<number> {
  const [, workbookArg] = args.positionals;
  const baseArg = args.values['base'];
  const outArg = args.values['out'];
  if (workbookArg === undefined || typeof baseArg !== 'string' || typeof outArg !== 'string') {
    throw new UserError('workbook import: name a workbook, --base <scenario> and --out <scenario.json>', 2);
  }
  const source = resolveScenarioSource(baseArg, cwd);
  const base = readJsonFile(source.path, source.displayName);
  // Only a regular file, capped while reading (a FIFO or /dev/zero named .xlsx ends at once).
  const bytes = readRegularFile(resolve(cwd, workbookArg), safeLine(workbookArg), MAX_WORKBOOK_BYTES, {
    expected: 'an .xlsx workbook',
    holder: 'a workbook',
  });
  const reading = await xlsxToWorkbook(bytes);
  if (!reading.ok) throw new UserError(`${workbookArg}: ${reading.message}`);
  const outcome = workbookToScenario(base, reading.tables);
  if (!outcome.ok) {
    stdout.write(outcome.issues.map((issue) => `${workbookArg}: ${formatWorkbookIssue(issue)}\n`).join(''));
    return 1;
  }
  const text = `${JSON.stringify(outcome.document, null, 2)}\n`;
  writeBytesAtomically(resolve(cwd, outArg), new TextEncoder().encode(text), outArg);
  return 0;
}

/**
 * One file written the way the run's results are: staged in a private folder beside the target
 * (created exclusively, never through a symlink), fsynced, then renamed into place.
 */
function writeBytesAtomically(file: string, bytes: Uint8Array, display: string): void {
  writeFilesAtomically(dirname(file), { [basename(file)]: bytes }, { displayDir: display });
}

export const command: CliCommand = {
  name: 'workbook',
  summary: 'export a scenario as an .xlsx workbook or CSV files, or import an edited workbook',
  usage: USAGE,
  options: { out: { type: 'string' }, base: { type: 'string' } },
  allowPositionals: true,
  run: (args, context) => {
    const action = args.positionals[0];
    if (action === 'export') return exportWorkbook(args, context);
    if (action === 'import') return importWorkbook(args, context);
    throw new UserError(`workbook: expected "export" or "import", got ${JSON.stringify(action ?? '')}`, 2);
  },
};

/**
 * `scoda-sim workbook`: the .xlsx round trip a planner makes (export, edit a cell in the
 * spreadsheet, import), through exceljs both ways, as the command line does it.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { validateScenario } from '../../src/scenario/validate.ts';
import type { CliOutput } from '../CliCommand.ts';
import { command } from './workbook.ts';

const work = mkdtempSync(join(tmpdir(), 'scoda-workbook-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function capture(): CliOutput & { text: string } {
  const out = { text: '', write: (chunk: string) => (out.text += chunk) };
  return out;
}

async function cli(...argv: string[]): Promise<{ code: number; stdout: string }> {
  const stdout = capture();
  const values: Record<string, string> = {};
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg.startsWith('--')) values[arg.slice(2)] = argv[(i += 1)]!;
    else positionals.push(arg);
  }
  const code = await command.run({ values, positionals }, { stdout, stderr: capture(), cwd: work });
  return { code, stdout: stdout.text };
}

/** Edits one cell of the .xlsx file as a planner would in a spreadsheet program. */
async function editCell(
  file: string,
  sheetName: string,
  rowId: string,
  header: string,
  value: ExcelJS.CellValue,
) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheet = book.getWorksheet(sheetName)!;
  const headers = sheet.getRow(1).values as unknown[];
  const column = headers.findIndex((text) => typeof text === 'string' && text.startsWith(header));
  let target: number | undefined;
  sheet.eachRow((row, index) => {
    if (row.getCell(1).value === rowId) target = index;
  });
  sheet.getRow(target!).getCell(column).value = value;
  await book.xlsx.writeFile(file);
  return { row: target!, column };
}

describe('scoda-sim workbook', () => {
  it('reads only a regular file as a workbook, saying what it found instead', async () => {
    const folder = join(work, 'folder.xlsx');
    mkdirSync(folder);
    await expect(cli('import', 'folder.xlsx', '--base', 'baseline-2025', '--out', 'x.json')).rejects.toThrow(
      'folder.xlsx: is a folder, expected an .xlsx workbook',
    );
    await expect(cli('import', '/dev/zero', '--base', 'baseline-2025', '--out', 'x.json')).rejects.toThrow(
      '/dev/zero: is not a regular file (a device, pipe or socket), expected an .xlsx workbook',
    );
    expect(existsSync(join(work, 'x.json'))).toBe(false);
  });

  it('exports an .xlsx, reads a changed frequency back, and the scenario carries it', async () => {
    const xlsx = join(work, 'baseline.xlsx');
    expect((await cli('export', 'baseline-2025', '--out', xlsx)).code).toBe(0);
    await editCell(xlsx, 'Services', 'sco-almaty', 'departures', 7);
    const out = join(work, 'edited.scoda.json');
    expect(await cli('import', xlsx, '--base', 'baseline-2025', '--out', out)).toEqual({
      code: 0,
      stdout: '',
    });
    const outcome = validateScenario(JSON.parse(readFileSync(out, 'utf8')));
    if (!outcome.ok) throw new Error('imported scenario invalid');
    const almaty = outcome.scenario.services.find((service) => service.id === 'sco-almaty');
    expect(almaty?.timetable).toMatchObject({ departuresPerWeek: 7 });
  });

  it('names the sheet, row and column of a bad cell and writes nothing', async () => {
    const xlsx = join(work, 'bad.xlsx');
    await cli('export', 'baseline-2025', '--out', xlsx);
    await editCell(xlsx, 'Services', 'sco-almaty', 'departures', 'every week');
    const out = join(work, 'bad.scoda.json');
    const result = await cli('import', xlsx, '--base', 'baseline-2025', '--out', out);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /Services!I\d+ \(departures \(per week\)\): expected a number, got "every week"/,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('writes one CSV per sheet into a folder', async () => {
    const folder = join(work, 'csv');
    expect((await cli('export', 'baseline-2025', '--out', folder)).code).toBe(0);
    const links = readFileSync(join(folder, 'links.csv'), 'utf8');
    expect(links.split('\r\n')[0]).toContain('distance (km)');
  });

  it('says a file that is no workbook is not one', async () => {
    const fake = join(work, 'fake.xlsx');
    writeFileSync(fake, 'id,name\n');
    await expect(
      cli('import', fake, '--base', 'baseline-2025', '--out', join(work, 'x.json')),
    ).rejects.toThrow(/fake\.xlsx: not an \.xlsx workbook/);
  });
});

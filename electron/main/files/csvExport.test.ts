import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempFolder } from '../testing/tempFolder.ts';
import { csvExportProblems, existingCsvFiles, writeCsvFiles } from './csvExport.ts';

const files = {
  'throughput.csv': '\uFEFFyear,teu\n2025,100\n',
  'kpis.csv': 'kpi,value\n',
  'transit_times.csv': 'a\n',
};

describe('CSV export', () => {
  const tempFolder = useTempFolder();

  it('writes every file into the chosen folder', async () => {
    const dir = await tempFolder();
    expect(await writeCsvFiles(dir, files)).toEqual(Object.keys(files));
    expect((await readdir(dir)).sort()).toEqual(['kpis.csv', 'throughput.csv', 'transit_times.csv']);
    expect(await readFile(join(dir, 'throughput.csv'), 'utf8')).toBe(files['throughput.csv']);
  });

  it('refuses names with folders, parent references or other extensions, writing nothing', async () => {
    const dir = await tempFolder();
    for (const name of [
      '../evil.csv',
      'sub/a.csv',
      'a\\b.csv',
      '.hidden.csv',
      'run.exe',
      'CON.csv',
      'a..csv',
    ]) {
      expect(csvExportProblems({ [name]: 'x' }), name).toEqual([`"${name}" is not a plain .csv file name`]);
    }
    await expect(writeCsvFiles(dir, { 'ok.csv': 'x', '../evil.csv': 'y' })).rejects.toThrow(/evil/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses an empty export and one over the size limit', () => {
    expect(csvExportProblems({})).toEqual(['there are no files to export']);
    expect(csvExportProblems({ 'a.csv': 'x'.repeat(11) }, 10)).toEqual([
      'the files total 11 bytes; an export may be at most 10',
    ]);
  });

  it('finds which files would be replaced', async () => {
    const dir = await tempFolder();
    await writeFile(join(dir, 'kpis.csv'), 'old');
    expect(await existingCsvFiles(dir, files)).toEqual(['kpis.csv']);
  });
});

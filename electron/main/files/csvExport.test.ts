import { createHash } from 'node:crypto';
import { access, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempFolder } from '../testing/tempFolder.ts';
import { csvExportProblems, EXPORT_MANIFEST, existingCsvFiles, writeCsvFiles } from './csvExport.ts';

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
    expect((await readdir(dir)).sort()).toEqual([
      'kpis.csv',
      EXPORT_MANIFEST,
      'throughput.csv',
      'transit_times.csv',
    ]);
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

  it('writes the manifest last, listing each file with the SHA-256 of its bytes on disk', async () => {
    const dir = await tempFolder();
    await writeCsvFiles(dir, files);
    const manifest = JSON.parse(await readFile(join(dir, EXPORT_MANIFEST), 'utf8')) as {
      files: { name: string; bytes: number; sha256: string }[];
    };
    expect(manifest.files.map((file) => file.name)).toEqual(Object.keys(files));
    for (const file of manifest.files) {
      const bytes = await readFile(join(dir, file.name));
      expect(file.bytes, file.name).toBe(bytes.length);
      expect(file.sha256, file.name).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });

  it('leaves no manifest when a crash comes between the renames of a second export', async () => {
    const dir = await tempFolder();
    await writeCsvFiles(dir, files);
    const newer = Object.fromEntries(Object.keys(files).map((name) => [name, `new ${name}\n`]));
    let renamed = 0;
    const crash = async () => {
      renamed += 1;
      if (renamed === 1) throw new Error('killed between renames');
    };
    await expect(writeCsvFiles(dir, newer, { afterRename: crash })).rejects.toThrow(/killed/);
    // One file is new, the others old: without the manifest no reader takes this for a set.
    expect(await readFile(join(dir, 'throughput.csv'), 'utf8')).toBe(newer['throughput.csv']);
    expect(await readFile(join(dir, 'kpis.csv'), 'utf8')).toBe(files['kpis.csv']);
    await expect(access(join(dir, EXPORT_MANIFEST))).rejects.toThrow();
    // The next export completes the set and vouches for it again.
    await writeCsvFiles(dir, newer);
    const again = JSON.parse(await readFile(join(dir, EXPORT_MANIFEST), 'utf8')) as {
      files: { name: string; sha256: string }[];
    };
    expect(again.files.find((file) => file.name === 'kpis.csv')?.sha256).toBe(
      createHash('sha256')
        .update(newer['kpis.csv'] ?? '')
        .digest('hex'),
    );
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

// Writing a run's CSV files into a folder the user chose. Names come from the renderer, so each is
// checked to be a plain file name ending in .csv: no folders, no "..", nothing the OS treats
// specially. All files are written atomically as one set (see atomicWrite.ts), with a manifest
// (EXPORT_MANIFEST) that is removed before the first file is replaced and renamed in last: a folder
// holding the manifest holds exactly the files it lists, with the SHA-256 it gives for each.
import { createHash } from 'node:crypto';
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_CSV_EXPORT_BYTES } from '../../shared/desktopApi.ts';
import { writeFilesAtomic, type AtomicWriteHooks } from './atomicWrite.ts';

/** A safe CSV file name: letters, digits, space, dot, dash, underscore; ends in .csv; no leading dot. */
export const CSV_FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9 ._-]{0,120}\.csv$/;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;

/** Problems with a set of CSV files, one line each; empty when they may be written. */
export function csvExportProblems(
  files: Readonly<Record<string, string>>,
  maxBytes = MAX_CSV_EXPORT_BYTES,
): string[] {
  const names = Object.keys(files);
  const problems: string[] = [];
  if (names.length === 0) problems.push('there are no files to export');
  for (const name of names) {
    if (!CSV_FILE_NAME.test(name) || WINDOWS_RESERVED.test(name) || name.includes('..')) {
      problems.push(`"${name}" is not a plain .csv file name`);
    }
  }
  const totalBytes = Object.values(files).reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0);
  if (totalBytes > maxBytes)
    problems.push(`the files total ${totalBytes} bytes; an export may be at most ${maxBytes}`);
  return problems;
}

/** The names among `files` that already exist in `folder` (to ask before replacing them). */
export async function existingCsvFiles(
  folder: string,
  files: Readonly<Record<string, string>>,
): Promise<string[]> {
  const found: string[] = [];
  for (const name of Object.keys(files)) {
    try {
      await access(join(folder, name));
      found.push(name);
    } catch {
      // Not there: nothing to replace.
    }
  }
  return found;
}

/** The manifest of an export set: written last, it vouches for the files beside it. */
export const EXPORT_MANIFEST = 'scoda-export.json';

/** The manifest's text: every file of the set with its size and SHA-256. */
export function exportManifest(files: Readonly<Record<string, string>>): string {
  const listed = Object.entries(files).map(([name, text]) => ({
    name,
    bytes: Buffer.byteLength(text, 'utf8'),
    sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
  }));
  return `${JSON.stringify({ format: 'scoda-csv-export', version: 1, files: listed }, null, 2)}\n`;
}

/**
 * Writes every file into `folder`, then the manifest; throws (writing nothing) when a name is
 * unsafe. A crash between renames leaves no manifest, so the set is known to be incomplete.
 */
export async function writeCsvFiles(
  folder: string,
  files: Readonly<Record<string, string>>,
  hooks: AtomicWriteHooks = {},
): Promise<string[]> {
  const problems = csvExportProblems(files);
  if (problems.length > 0) throw new Error(problems.join('; '));
  const entries = Object.entries(files).map(([name, data]) => ({ filePath: join(folder, name), data }));
  const manifest = join(folder, EXPORT_MANIFEST);
  entries.push({ filePath: manifest, data: exportManifest(files) });
  await writeFilesAtomic(entries, hooks, { removeFirst: [manifest] });
  return Object.keys(files);
}

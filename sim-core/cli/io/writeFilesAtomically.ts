/**
 * Writes a set of files into a folder so that none is ever half-written: each goes to a temporary
 * name in the same folder first (same file system, so rename is atomic), and only when every one
 * is complete are they renamed into place. On failure the temporary files are removed and the
 * folder keeps whatever it had before.
 */
import { closeSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../UserError.ts';
import { describeFsError } from './readJsonFile.ts';

/** Text is gathered into writes of about this many characters. */
const BATCH_CHARS = 1 << 20;

/** File name -> its text, as one string or as chunks (the CSV line generators). */
export type OutputFiles = Record<string, string | Iterable<string>>;

export function writeFilesAtomically(dir: string, files: OutputFiles, displayDir: string = dir): void {
  try {
    if (statSync(dir, { throwIfNoEntry: false })?.isFile()) {
      throw new UserError(`--out ${displayDir}: is a file, expected a folder`);
    }
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`--out ${displayDir}: ${describeFsError(error)}`);
  }
  const temporary: Array<[string, string]> = [];
  try {
    for (const [name, content] of Object.entries(files)) {
      const target = join(dir, name);
      const temp = join(dir, `.${name}.${process.pid}.tmp`);
      temporary.push([temp, target]);
      writeChunks(temp, typeof content === 'string' ? [content] : content);
    }
    for (const [temp, target] of temporary) renameSync(temp, target);
  } catch (error) {
    for (const [temp] of temporary) rmSync(temp, { force: true });
    if (error instanceof UserError) throw error;
    throw new UserError(`--out ${displayDir}: could not write the results: ${describeFsError(error)}`);
  }
}

function writeChunks(path: string, chunks: Iterable<string>): void {
  const fd = openSync(path, 'w');
  try {
    let batch = '';
    for (const chunk of chunks) {
      batch += chunk;
      if (batch.length >= BATCH_CHARS) {
        writeSync(fd, batch, null, 'utf8');
        batch = '';
      }
    }
    if (batch) writeSync(fd, batch, null, 'utf8');
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes a run's set of files into a folder so that a reader never takes a mix of two runs for
 * one, and nothing lands outside the folder:
 *
 * 1. every file is written into a private staging folder inside the output folder (created
 *    exclusively with a random name, mode 0700), each opened with `wx` and O_NOFOLLOW, so a
 *    symlink planted in the folder is never followed; each file is fsynced, then the folder;
 * 2. the previous manifest (the `last` file, summary.json) is removed, then every other file is
 *    renamed into place (a rename replaces a planted symlink itself, never its target), and the
 *    manifest last, then the folder is fsynced.
 *
 * So the manifest is there only when every file beside it is from the same run: a run killed
 * half-way leaves no summary.json (readers then know the set is incomplete) and the next run
 * removes the staging folders that dead runs left behind.
 */
import {
  closeSync,
  constants,
  fsyncSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { safeLine } from '../../src/scenario/safeText.ts';
import { UserError } from '../UserError.ts';
import { describeFsError } from './readJsonFile.ts';

/** Text is gathered into writes of about this many characters. */
const BATCH_CHARS = 1 << 20;

/** Staging folders are named `.scoda-run-<pid>-<random>`; the pid says whether their run is alive. */
const STAGING_PREFIX = '.scoda-run-';

/** File name -> its text, as one string or as chunks (the CSV line generators). */
export type OutputFiles = Record<string, string | Iterable<string> | Uint8Array>;

export interface WriteOptions {
  /** How messages name the folder (the --out argument as typed). */
  displayDir?: string;
  /** The manifest: written last, and removed before any other file is replaced. */
  last?: string;
  /** Test seam: called after the staging folder is complete, before the first rename. */
  beforeSwap?: () => void;
}

/** Refuses an empty --out (it would mean the current folder); call it before a long run. */
export function checkOutArgument(outArg: string): void {
  if (outArg.trim() === '') throw new UserError('--out: expected a folder name, got an empty one', 2);
}

export function writeFilesAtomically(dir: string, files: OutputFiles, options: WriteOptions = {}): void {
  const shown = safeLine(options.displayDir ?? dir);
  checkOutArgument(options.displayDir ?? dir);
  prepareFolder(dir, shown);
  removeStaleStaging(dir);
  let staging: string;
  try {
    staging = mkdtempSync(join(dir, `${STAGING_PREFIX}${process.pid}-`));
  } catch (error) {
    throw new UserError(`--out ${shown}: ${describeFsError(error)}`);
  }
  try {
    const names = Object.keys(files);
    for (const name of names) {
      const content = files[name] ?? '';
      if (content instanceof Uint8Array) writeBytes(join(staging, name), content);
      else writeChunks(join(staging, name), chunksOf(content));
    }
    syncFolder(staging);
    options.beforeSwap?.();
    const last = options.last !== undefined && names.includes(options.last) ? options.last : undefined;
    if (last !== undefined) rmSync(join(dir, last), { force: true });
    for (const name of names) if (name !== last) renameSync(join(staging, name), join(dir, name));
    if (last !== undefined) renameSync(join(staging, last), join(dir, last));
    syncFolder(dir);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`--out ${shown}: could not write the results: ${describeFsError(error)}`);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

function prepareFolder(dir: string, shown: string): void {
  try {
    const existing = lstatSync(dir, { throwIfNoEntry: false });
    if (existing?.isFile()) throw new UserError(`--out ${shown}: is a file, expected a folder`);
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`--out ${shown}: ${describeFsError(error)}`);
  }
}

/** Removes staging folders (and the temporary files of earlier versions) whose run has ended. */
export function removeStaleStaging(dir: string): void {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  for (const entry of entries) {
    const pid = stagingPid(entry);
    if (pid !== undefined && !isAlive(pid)) rmSync(join(dir, entry), { recursive: true, force: true });
  }
}

/** Temporary names of earlier versions: `.NAME.PID.tmp`, NAME one of the run's files. */
const OLD_TEMPORARY = /^\.(?:throughput\.csv|kpis\.csv|transit_times\.csv|summary\.json)\.(\d+)\.tmp$/;

/** The pid in a staging name (`.scoda-run-PID-xxxx`) or an old temporary name. */
function stagingPid(entry: string): number | undefined {
  const match = /^\.scoda-run-(\d+)-[A-Za-z0-9]+$/.exec(entry) ?? OLD_TEMPORARY.exec(entry);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as { code?: string }).code === 'EPERM';
  }
}

function chunksOf(content: string | Iterable<string>): Iterable<string> {
  return typeof content === 'string' ? [content] : content;
}

function writeChunks(path: string, chunks: Iterable<string>): void {
  const fd = openSync(
    path,
    constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0),
    0o644,
  );
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
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function writeBytes(path: string, bytes: Uint8Array): void {
  const fd = openSync(
    path,
    constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0),
    0o644,
  );
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Windows cannot open or fsync a folder; NTFS journals the rename itself.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

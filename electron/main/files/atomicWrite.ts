// Writes that never leave a half-written file: write to a temporary file in the same folder,
// fsync it, rename it over the target (atomic on one file system), then fsync the folder so the
// rename itself survives a power cut. A crash at any point leaves either the old file or the new
// one, never a mix. Several files (a CSV export) are all written and synced before any is renamed,
// so a failure while writing leaves every target untouched.
//
// Symlinks are never followed: the temporary file is created exclusively ('wx': O_CREAT|O_EXCL
// fails on an existing name, link or not) under a random name, and the rename replaces a link at
// the target with the new file rather than writing where the link points (a link named
// throughput.csv planted in an export folder must not make the export overwrite a file elsewhere).
// Temporary files that a killed process left are removed on the next write into that folder.
import { randomBytes } from 'node:crypto';
import { lstat, open, readdir, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Test seams: called between steps, so a test can inject a crash. */
export interface AtomicWriteHooks {
  /** After every temporary file is written and synced, before the first rename. */
  beforeRename?: () => void | Promise<void>;
  /** After each rename into place (a crash here leaves some files new, some old). */
  afterRename?: (filePath: string) => void | Promise<void>;
}

export interface AtomicSetOptions {
  /**
   * Files removed after every temporary file is synced and before the first rename: a set's
   * manifest, which the same call then renames in last, so that a manifest only ever stands beside
   * the complete set it lists.
   */
  removeFirst?: readonly string[];
}

export interface AtomicWriteEntry {
  filePath: string;
  data: string | Uint8Array;
}

/** The temporary name used while `filePath` is written: hidden, unique, in the same folder. */
export function temporaryPathFor(filePath: string): string {
  return join(
    dirname(filePath),
    `.${basename(filePath)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
}

/** The permission bits of the file being replaced (a private 0600 file stays private), else 0644. */
async function modeFor(filePath: string): Promise<number> {
  try {
    const info = await lstat(filePath);
    return info.isFile() ? info.mode & 0o777 : 0o644;
  } catch {
    return 0o644;
  }
}

/** `.NAME.PID.HEX.tmp`, as temporaryPathFor makes them. */
const TEMPORARY_NAME = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the temporary files of processes that died while writing into `folder`. */
export async function removeStaleTemporaries(folder: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = TEMPORARY_NAME.exec(name)?.[1];
    if (pid !== undefined && !isAlive(Number(pid))) await unlink(join(folder, name)).catch(() => undefined);
  }
}

async function writeAndSync(path: string, data: string | Uint8Array, mode: number): Promise<void> {
  // 'wx': fail rather than follow a symlink or clobber a file someone placed at the temp name.
  const handle = await open(path, 'wx', mode);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function syncDirectory(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // Windows cannot open or fsync a directory; NTFS journals the rename itself.
  } finally {
    await handle?.close();
  }
}

/** Writes every entry atomically; on failure removes the temporary files and rethrows. */
export async function writeFilesAtomic(
  entries: readonly AtomicWriteEntry[],
  hooks: AtomicWriteHooks = {},
  options: AtomicSetOptions = {},
): Promise<void> {
  const staged: { temporary: string; filePath: string }[] = [];
  for (const folder of new Set(entries.map((entry) => dirname(entry.filePath))))
    await removeStaleTemporaries(folder);
  try {
    for (const entry of entries) {
      const filePath = entry.filePath;
      const temporary = temporaryPathFor(filePath);
      staged.push({ temporary, filePath });
      await writeAndSync(temporary, entry.data, await modeFor(filePath));
    }
    await hooks.beforeRename?.();
    for (const path of options.removeFirst ?? []) await unlink(path).catch(() => undefined);
    for (const { temporary, filePath } of staged) {
      await rename(temporary, filePath);
      await hooks.afterRename?.(filePath);
    }
  } catch (error) {
    await Promise.all(staged.map(({ temporary }) => unlink(temporary).catch(() => undefined)));
    throw error;
  }
  const folders = new Set(staged.map(({ filePath }) => dirname(filePath)));
  for (const folder of folders) await syncDirectory(folder);
}

/** Writes one file atomically. */
export function writeFileAtomic(
  filePath: string,
  data: string | Uint8Array,
  hooks: AtomicWriteHooks = {},
): Promise<void> {
  return writeFilesAtomic([{ filePath, data }], hooks);
}

// Writes that never leave a half-written file: write to a temporary file in the same folder,
// fsync it, rename it over the target (atomic on one file system), then fsync the folder so the
// rename itself survives a power cut. A crash at any point leaves either the old file or the new
// one, never a mix. Several files (a CSV export) are all written and synced before any is renamed,
// so a failure while writing leaves every target untouched.
import { randomBytes } from 'node:crypto';
import { open, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Test seams: called between steps, so a test can inject a crash. */
export interface AtomicWriteHooks {
  /** After every temporary file is written and synced, before the first rename. */
  beforeRename?: () => void | Promise<void>;
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
    return (await stat(filePath)).mode & 0o777;
  } catch {
    return 0o644;
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
/** The file a path names after following symlinks (a link to a scenario stays a link), or itself. */
async function realTarget(filePath: string): Promise<string> {
  try {
    return await realpath(filePath);
  } catch {
    return filePath;
  }
}

export async function writeFilesAtomic(
  entries: readonly AtomicWriteEntry[],
  hooks: AtomicWriteHooks = {},
): Promise<void> {
  const staged: { temporary: string; filePath: string }[] = [];
  try {
    for (const entry of entries) {
      const filePath = await realTarget(entry.filePath);
      const temporary = temporaryPathFor(filePath);
      staged.push({ temporary, filePath });
      await writeAndSync(temporary, entry.data, await modeFor(filePath));
    }
    await hooks.beforeRename?.();
    for (const { temporary, filePath } of staged) await rename(temporary, filePath);
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

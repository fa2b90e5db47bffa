// Small JSON files in the app's userData folder (recent files, window state, autosave). A missing
// or corrupt file reads as the default: losing a recent-files list must never stop the app.
// Writes are atomic, so a crash never leaves a corrupt store behind in the first place.
import { readFile, unlink } from 'node:fs/promises';
import type { z } from 'zod';
import { writeFileAtomic } from '../files/atomicWrite.ts';

/** Reads `filePath` as `schema`, or undefined when it is missing, not JSON or not that shape. */
export async function readJsonStore<S extends z.ZodType>(
  filePath: string,
  schema: S,
): Promise<z.infer<S> | undefined> {
  let text: string;
  try {
    text = await readFile(filePath, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function writeJsonStore(filePath: string, value: unknown): Promise<void> {
  return writeFileAtomic(filePath, `${JSON.stringify(value, null, 2)}\n`);
}

/** Deletes a store file; a missing one is fine. */
export async function removeJsonStore(filePath: string): Promise<void> {
  await unlink(filePath).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
}

// A fresh folder under the OS temp dir per test, removed afterwards. The removal retries: the code
// under test may still be writing into the folder (the language preference is saved without
// being awaited), and a file landing between rm's listing and its rmdir failed the test with
// ENOTEMPTY once in a full run.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/** Call at the top of a describe: returns a function giving the current test's folder. */
export function useTempFolder(prefix = 'scoda-electron-'): () => Promise<string> {
  const made: string[] = [];
  afterEach(async () => {
    await Promise.all(
      made.splice(0).map((dir) => rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 })),
    );
  });
  return async () => {
    const dir = await mkdtemp(join(tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
}

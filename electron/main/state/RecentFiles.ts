// The app's own recent-files list (File > Open Recent), kept as JSON in userData: newest first,
// at most 10, no duplicates, and files that no longer exist are dropped when the list is read.
import { basename, resolve } from 'node:path';
import { z } from 'zod';
import type { RecentFile } from '../../shared/desktopApi.ts';
import { pathExists } from '../files/pathExists.ts';
import { readJsonStore, writeJsonStore } from './jsonStore.ts';

export const MAX_RECENT_FILES = 10;

const RecentFilesStore = z.object({ version: z.literal(1), files: z.array(z.string().min(1)).max(100) });

/** Paths compare case-insensitively where the file system usually does (Windows, macOS). */
export function samePath(a: string, b: string, platform: NodeJS.Platform = process.platform): boolean {
  const caseInsensitive = platform === 'win32' || platform === 'darwin';
  return caseInsensitive ? a.toLowerCase() === b.toLowerCase() : a === b;
}

/** `list` with `filePath` moved (or added) to the front, duplicates removed, cut to `max`. */
export function withRecentFile(
  list: readonly string[],
  filePath: string,
  max = MAX_RECENT_FILES,
  platform: NodeJS.Platform = process.platform,
): string[] {
  const absolute = resolve(filePath);
  return [absolute, ...list.filter((entry) => !samePath(entry, absolute, platform))].slice(0, max);
}

export class RecentFiles {
  private paths: string[] = [];

  constructor(
    private readonly storePath: string,
    private readonly platform: NodeJS.Platform = process.platform,
  ) {}

  /** Loads the list, dropping files that are gone (and saving the shorter list). */
  async load(): Promise<RecentFile[]> {
    const stored = await readJsonStore(this.storePath, RecentFilesStore);
    const paths = stored?.files ?? [];
    const present: string[] = [];
    for (const filePath of paths) if (await pathExists(filePath)) present.push(filePath);
    this.paths = present.slice(0, MAX_RECENT_FILES);
    if (stored && this.paths.length !== paths.length) await this.save();
    return this.list();
  }

  list(): RecentFile[] {
    return this.paths.map((filePath) => ({ filePath, fileName: basename(filePath) }));
  }

  /** True when `filePath` is on the list (Open Recent refuses any other path). */
  has(filePath: string): boolean {
    return this.paths.some((entry) => samePath(entry, resolve(filePath), this.platform));
  }

  async add(filePath: string): Promise<RecentFile[]> {
    this.paths = withRecentFile(this.paths, filePath, MAX_RECENT_FILES, this.platform);
    await this.save();
    return this.list();
  }

  async remove(filePath: string): Promise<RecentFile[]> {
    this.paths = this.paths.filter((entry) => !samePath(entry, resolve(filePath), this.platform));
    await this.save();
    return this.list();
  }

  async clear(): Promise<void> {
    this.paths = [];
    await this.save();
  }

  private save(): Promise<void> {
    return writeJsonStore(this.storePath, { version: 1, files: this.paths });
  }
}

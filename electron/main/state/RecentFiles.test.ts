import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempFolder } from '../testing/tempFolder.ts';
import { MAX_RECENT_FILES, RecentFiles, withRecentFile } from './RecentFiles.ts';

describe('recent files', () => {
  const tempFolder = useTempFolder();

  async function scenarios(dir: string, count: number): Promise<string[]> {
    const paths = Array.from({ length: count }, (_, i) => join(dir, `s${i}.scoda.json`));
    await Promise.all(paths.map((path) => writeFile(path, '{}')));
    return paths;
  }

  it('lists the newest first and moves a reopened file to the top without duplicating it', async () => {
    const dir = await tempFolder();
    const [a, b] = await scenarios(dir, 2);
    const recent = new RecentFiles(join(dir, 'recent-files.json'));
    await recent.load();
    await recent.add(a!);
    await recent.add(b!);
    const list = await recent.add(a!);
    expect(list.map((file) => file.fileName)).toEqual(['s0.scoda.json', 's1.scoda.json']);
  });

  it(`keeps at most ${MAX_RECENT_FILES}`, async () => {
    const dir = await tempFolder();
    const paths = await scenarios(dir, 12);
    const recent = new RecentFiles(join(dir, 'recent-files.json'));
    for (const path of paths) await recent.add(path);
    const list = recent.list();
    expect(list).toHaveLength(10);
    expect(list[0]?.fileName).toBe('s11.scoda.json');
    expect(list.at(-1)?.fileName).toBe('s2.scoda.json');
  });

  it('survives a restart and drops files deleted since', async () => {
    const dir = await tempFolder();
    const [a, b, c] = await scenarios(dir, 3);
    const store = join(dir, 'recent-files.json');
    const first = new RecentFiles(store);
    for (const path of [a!, b!, c!]) await first.add(path);
    await rm(b!);
    const second = new RecentFiles(store);
    expect((await second.load()).map((file) => file.filePath)).toEqual([c, a]);
    expect(second.has(b!)).toBe(false);
    expect((await new RecentFiles(store).load()).map((file) => file.filePath)).toEqual([c, a]);
  });

  it('starts empty when the store is corrupt', async () => {
    const dir = await tempFolder();
    const store = join(dir, 'recent-files.json');
    await writeFile(store, '{"version":1,"files":[');
    expect(await new RecentFiles(store).load()).toEqual([]);
  });

  it('treats paths that differ only in case as one file on Windows and macOS, not on Linux', () => {
    expect(withRecentFile(['/Users/a/Plan.scoda.json'], '/Users/a/plan.scoda.json', 10, 'darwin')).toEqual([
      '/Users/a/plan.scoda.json',
    ]);
    expect(withRecentFile(['/home/a/Plan.scoda.json'], '/home/a/plan.scoda.json', 10, 'linux')).toHaveLength(
      2,
    );
  });
});

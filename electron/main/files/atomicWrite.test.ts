import { spawnSync } from 'node:child_process';
import { chmod, lstat, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useTempFolder } from '../testing/tempFolder.ts';
import { writeFileAtomic, writeFilesAtomic } from './atomicWrite.ts';

describe('atomic writes', () => {
  const tempFolder = useTempFolder();

  it('replaces the file and leaves no temporary file behind', async () => {
    const dir = await tempFolder();
    const target = join(dir, 'plan.scoda.json');
    await writeFile(target, 'old');
    await writeFileAtomic(target, 'new');
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['plan.scoda.json']);
  });

  it('keeps the old file when the write fails between writing and renaming', async () => {
    const dir = await tempFolder();
    const target = join(dir, 'plan.scoda.json');
    await writeFile(target, '{"version":"old"}');
    const crash = () => {
      throw new Error('injected crash before rename');
    };
    await expect(writeFileAtomic(target, '{"version":"new"', { beforeRename: crash })).rejects.toThrow(
      /injected/,
    );
    expect(await readFile(target, 'utf8')).toBe('{"version":"old"}');
    expect(await readdir(dir)).toEqual(['plan.scoda.json']);
  });

  it('keeps the old file when the process is killed between writing and renaming', async () => {
    const dir = await tempFolder();
    const target = join(dir, 'plan.scoda.json');
    await writeFile(target, 'old contents');
    const module = fileURLToPath(new URL('./atomicWrite.ts', import.meta.url));
    // A real crash: the child dies by SIGKILL with the new file fully written under its temp name.
    const script = `
      const { writeFileAtomic } = await import(${JSON.stringify(module)});
      await writeFileAtomic(${JSON.stringify(target)}, 'new contents '.repeat(100000), {
        beforeRename: () => process.kill(process.pid, 'SIGKILL'),
      });`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(child.signal, child.stderr).toBe('SIGKILL');
    expect(await readFile(target, 'utf8')).toBe('old contents');
    const leftovers = (await readdir(dir)).filter((name) => name !== 'plan.scoda.json');
    expect(leftovers).toHaveLength(1);
    expect(leftovers[0]).toMatch(/^\.plan\.scoda\.json\..*\.tmp$/);
    // Starting a child with tsx takes seconds on a busy machine; the spawn has its own 30 s limit.
  }, 40_000);

  it('writes several files as a set: a failure leaves every target untouched', async () => {
    const dir = await tempFolder();
    await writeFile(join(dir, 'a.csv'), 'old a');
    const entries = [
      { filePath: join(dir, 'a.csv'), data: 'new a' },
      { filePath: join(dir, 'missing-folder', 'b.csv'), data: 'new b' },
    ];
    await expect(writeFilesAtomic(entries)).rejects.toThrow(/ENOENT/);
    expect(await readFile(join(dir, 'a.csv'), 'utf8')).toBe('old a');
    expect(await readdir(dir)).toEqual(['a.csv']);
  });

  it.skipIf(process.platform === 'win32')('keeps the permissions of the file it replaces', async () => {
    const dir = await tempFolder();
    const target = join(dir, 'private.scoda.json');
    await writeFile(target, 'old', { mode: 0o600 });
    await chmod(target, 0o600);
    await writeFileAtomic(target, 'new');
    expect((await stat(target)).mode & 0o777).toBe(0o600);
  });

  it.skipIf(process.platform === 'win32')(
    'replaces a symlink at the target instead of writing where it points',
    async () => {
      const dir = await tempFolder();
      const outside = join(dir, 'outside.txt');
      const link = join(dir, 'throughput.csv');
      await writeFile(outside, 'precious');
      await symlink(outside, link);
      await writeFilesAtomic([{ filePath: link, data: 'new' }]);
      expect((await lstat(link)).isFile()).toBe(true);
      expect(await readFile(link, 'utf8')).toBe('new');
      expect(await readFile(outside, 'utf8')).toBe('precious');
    },
  );

  it('removes temporary files that a killed process left in the folder', async () => {
    const dir = await tempFolder();
    // pid_max is at most 2^22 on Linux: no process has this pid.
    const stale = join(dir, '.kpis.csv.4194305.0badf00d.tmp');
    await writeFile(stale, 'x'.repeat(1000));
    await writeFileAtomic(join(dir, 'kpis.csv'), 'k');
    expect(await readdir(dir)).toEqual(['kpis.csv']);
  });

  it('writes new files that did not exist before', async () => {
    const dir = await tempFolder();
    await writeFilesAtomic([
      { filePath: join(dir, 'kpis.csv'), data: 'k' },
      { filePath: join(dir, 'throughput.csv'), data: new Uint8Array([0xef, 0xbb, 0xbf, 0x61]) },
    ]);
    expect(await readFile(join(dir, 'kpis.csv'), 'utf8')).toBe('k');
    expect([...(await readFile(join(dir, 'throughput.csv')))]).toEqual([0xef, 0xbb, 0xbf, 0x61]);
  });
});

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useTempFolder } from '../testing/tempFolder.ts';
import { AutosaveStore } from './AutosaveStore.ts';

const scenario = (n: number) => ({ schemaVersion: 1, nodes: [{ id: `n${n}` }], links: [] });

describe('autosave', () => {
  const tempFolder = useTempFolder();
  afterEach(() => vi.useRealTimers());

  it('writes at most one snapshot per interval, always the latest', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const dir = await tempFolder();
    const store = new AutosaveStore(join(dir, 'autosave.json'), 5_000);
    store.submit({ scenario: scenario(1), dirty: true, filePath: null });
    await vi.advanceTimersByTimeAsync(0);
    expect((await store.read())?.scenario).toEqual(scenario(1));
    store.submit({ scenario: scenario(2), dirty: true, filePath: null });
    store.submit({ scenario: scenario(3), dirty: true, filePath: null });
    await vi.advanceTimersByTimeAsync(4_000);
    expect((await store.read())?.scenario).toEqual(scenario(1));
    await vi.advanceTimersByTimeAsync(1_000);
    expect((await store.read())?.scenario).toEqual(scenario(3));
  });

  it('flushes the pending snapshot at once (before a reload) and records its file', async () => {
    const dir = await tempFolder();
    const store = new AutosaveStore(join(dir, 'autosave.json'), 60_000);
    store.submit({ scenario: scenario(1), dirty: true, filePath: null });
    await store.flush();
    store.submit({ scenario: scenario(2), dirty: false, filePath: '/plans/a.scoda.json' });
    await store.flush();
    expect(await store.read()).toMatchObject({
      scenario: scenario(2),
      dirty: false,
      filePath: '/plans/a.scoda.json',
    });
  });

  it('forgets everything on discard, including a snapshot not yet written', async () => {
    const dir = await tempFolder();
    const store = new AutosaveStore(join(dir, 'autosave.json'), 60_000);
    store.submit({ scenario: scenario(1), dirty: true, filePath: null });
    await store.flush();
    store.submit({ scenario: scenario(2), dirty: true, filePath: null });
    await store.discard();
    await store.flush();
    expect(await store.read()).toBeUndefined();
  });

  it('reads a corrupt autosave as none, and reports a failed write instead of throwing', async () => {
    const dir = await tempFolder();
    await writeFile(join(dir, 'autosave.json'), '{"version":1,');
    const errors: unknown[] = [];
    const store = new AutosaveStore(join(dir, 'autosave.json'), 0, (error) => errors.push(error));
    expect(await store.read()).toBeUndefined();
    const unwritable = new AutosaveStore(join(dir, 'no-such-folder', 'autosave.json'), 0, (error) =>
      errors.push(error),
    );
    unwritable.submit({ scenario: scenario(1), dirty: true, filePath: null });
    await unwritable.flush();
    expect(errors).toHaveLength(1);
    expect(await readFile(join(dir, 'autosave.json'), 'utf8')).toBe('{"version":1,');
  });
});

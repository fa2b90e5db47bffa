import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IpcChannel } from '../../shared/desktopApi.ts';
import { fakeDesktop } from '../testing/fakeDesktop.ts';
import { useTempFolder } from '../testing/tempFolder.ts';

describe('saving an exported image or video', () => {
  const tempFolder = useTempFolder();

  async function setUp() {
    const userData = await tempFolder();
    const documents = await tempFolder();
    return { documents, ...fakeDesktop(userData, documents) };
  }

  it('writes the bytes where the user chose, adding the extension the name lacks', async () => {
    const { invoke, script, documents } = await setUp();
    const data = Uint8Array.from([0x1a, 0x45, 0xdf, 0xa3, 1, 2, 3]);
    script.savePath = join(documents, 'corridor-story');
    expect(
      await invoke(IpcChannel.saveBinaryFile, { suggestedName: 'scoda video', kind: 'webm', data }),
    ).toEqual({
      status: 'saved',
      filePath: join(documents, 'corridor-story.webm'),
    });
    expect(new Uint8Array(await readFile(join(documents, 'corridor-story.webm')))).toEqual(data);
    // The dialog proposed the page's name, made safe, in the documents folder.
    expect(script.saveDefaults).toEqual([join(documents, 'scoda video.webm')]);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const { invoke, script, documents } = await setUp();
    script.savePath = null;
    const data = Uint8Array.from([1]);
    expect(await invoke(IpcChannel.saveBinaryFile, { suggestedName: 'map', kind: 'png', data })).toEqual({
      status: 'cancelled',
    });
    expect(await readdir(documents)).toEqual([]);
  });

  it('refuses a payload that is not bytes, or an unknown kind, naming the field', async () => {
    const { invoke, script, documents } = await setUp();
    script.savePath = join(documents, 'x.png');
    await expect(
      invoke(IpcChannel.saveBinaryFile, { suggestedName: 'map', kind: 'png', data: 'not bytes' }),
    ).rejects.toThrow(/file:save-binary: invalid payload: \$\.data/);
    await expect(
      invoke(IpcChannel.saveBinaryFile, { suggestedName: 'map', kind: 'exe', data: Uint8Array.from([1]) }),
    ).rejects.toThrow(/\$\.kind/);
    expect(await readdir(documents)).toEqual([]);
  });
});

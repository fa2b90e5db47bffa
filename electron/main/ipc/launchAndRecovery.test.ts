import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { IpcChannel } from '../../shared/desktopApi.ts';
import { fakeDesktop } from '../testing/fakeDesktop.ts';
import { useTempFolder } from '../testing/tempFolder.ts';

const scenario = (id: string) => ({ schemaVersion: 1, id, nodes: [{ id: 'qingdao-port' }], links: [] });

describe('launch, file association and crash recovery', () => {
  const tempFolder = useTempFolder();

  async function setUp() {
    const userData = await tempFolder();
    const documents = await tempFolder();
    const desktop = fakeDesktop(userData, documents);
    await desktop.service.initialize();
    return { userData, documents, ...desktop };
  }

  it('starts on the baseline when nothing was asked for and nothing was lost', async () => {
    const { invoke } = await setUp();
    expect(await invoke(IpcChannel.signalReady)).toEqual({ openedFile: null, recovered: null });
  });

  it('hands a file from the command line to the page once it is ready', async () => {
    const { invoke, service, documents } = await setUp();
    const filePath = join(documents, 'plan.scoda.json');
    await writeFile(filePath, JSON.stringify(scenario('plan')));
    await service.openFromOutside(null, filePath);
    expect(await invoke(IpcChannel.signalReady)).toEqual({
      openedFile: { filePath, fileName: 'plan.scoda.json', json: scenario('plan') },
      recovered: null,
    });
    expect(await invoke(IpcChannel.signalReady)).toEqual({ openedFile: null, recovered: null });
  });

  it('sends a file opened by a second launch straight to a ready page', async () => {
    const { invoke, service, window, documents } = await setUp();
    await invoke(IpcChannel.signalReady);
    const filePath = join(documents, 'second.scoda.json');
    await writeFile(filePath, JSON.stringify(scenario('second')));
    await service.openFromOutside({ id: 1, owner: window }, filePath);
    expect(window.sent).toEqual([
      {
        channel: IpcChannel.scenarioOpened,
        payload: { filePath, fileName: 'second.scoda.json', json: scenario('second') },
      },
    ]);
  });

  it('asks before a file from outside replaces unsaved work, and keeps the work when told to', async () => {
    const { invoke, service, window, script, documents } = await setUp();
    await invoke(IpcChannel.signalReady);
    await invoke(IpcChannel.setDocumentState, { scenarioName: 'Edited plan', dirty: true });
    const filePath = join(documents, 'other.scoda.json');
    await writeFile(filePath, JSON.stringify(scenario('other')));
    script.discard = 'cancel';
    await service.openFromOutside({ id: 1, owner: window }, filePath);
    expect(window.sent).toEqual([]);
    script.discard = 'save';
    await service.openFromOutside({ id: 1, owner: window }, filePath);
    expect(window.sent).toEqual([{ channel: IpcChannel.menuCommand, payload: { command: 'file.save' } }]);
    script.discard = 'discard';
    await service.openFromOutside({ id: 1, owner: window }, filePath);
    expect(window.sent.at(-1)).toMatchObject({
      channel: IpcChannel.scenarioOpened,
      payload: { fileName: 'other.scoda.json' },
    });
  });

  it('restores the autosaved working scenario after the renderer crashes', async () => {
    const { invoke, service, window } = await setUp();
    await invoke(IpcChannel.signalReady);
    await invoke(IpcChannel.autosave, { scenario: scenario('edited'), dirty: true });
    await service.prepareRecovery({ id: 1, owner: window });
    const launch = await invoke(IpcChannel.signalReady);
    expect(launch).toMatchObject({
      openedFile: null,
      recovered: { reason: 'renderer-crash', json: scenario('edited'), dirty: true, filePath: null },
    });
  });

  it('reopens the file after a crash when no snapshot was taken yet', async () => {
    const { invoke, service, window, script, documents } = await setUp();
    const filePath = join(documents, 'plan.scoda.json');
    await writeFile(filePath, JSON.stringify(scenario('plan')));
    await invoke(IpcChannel.signalReady);
    script.openPath = filePath;
    await invoke(IpcChannel.openScenario);
    await service.prepareRecovery({ id: 1, owner: window });
    expect(await invoke(IpcChannel.signalReady)).toMatchObject({ openedFile: { filePath }, recovered: null });
  });

  it('offers unsaved work left by a session that did not quit cleanly, and saving clears it', async () => {
    const first = await setUp();
    await first.invoke(IpcChannel.signalReady);
    await first.invoke(IpcChannel.autosave, { scenario: scenario('unsaved'), dirty: true });
    await first.service.prepareRecovery({ id: 1, owner: first.window }); // flushes; stands in for a kill
    const next = fakeDesktop(first.userData, first.documents);
    await next.service.initialize();
    const launch = await next.invoke(IpcChannel.signalReady);
    expect(launch).toMatchObject({ recovered: { reason: 'previous-session', json: scenario('unsaved') } });
    next.script.savePath = join(first.documents, 'rescued.scoda.json');
    await next.invoke(IpcChannel.saveScenario, { scenario: scenario('unsaved'), suggestedName: 'rescued' });
    const third = fakeDesktop(first.userData, first.documents);
    await third.service.initialize();
    expect(await third.invoke(IpcChannel.signalReady)).toEqual({ openedFile: null, recovered: null });
  });

  it('keeps the autosave for the next start when the app gives up on a crashing window', async () => {
    const first = await setUp();
    await first.invoke(IpcChannel.autosave, { scenario: scenario('crashy'), dirty: true });
    first.service.keepAutosaveForNextStart();
    await first.service.quitCleanly();
    const next = fakeDesktop(first.userData, first.documents);
    await next.service.initialize();
    expect(await next.invoke(IpcChannel.signalReady)).toMatchObject({
      recovered: { json: scenario('crashy') },
    });
  });

  it('starts in the language the interface had last time, before the page says anything', async () => {
    const first = await setUp();
    await first.invoke(IpcChannel.setMenuState, { language: 'ru' });
    await vi.waitFor(async () => {
      const next = fakeDesktop(first.userData, first.documents);
      await next.service.initialize();
      expect(next.service.getMenuState().language).toBe('ru');
    });
  });

  it('offers nothing after a clean quit', async () => {
    const first = await setUp();
    await first.invoke(IpcChannel.autosave, { scenario: scenario('x'), dirty: true });
    await first.service.quitCleanly();
    const next = fakeDesktop(first.userData, first.documents);
    await next.service.initialize();
    expect(await next.invoke(IpcChannel.signalReady)).toEqual({ openedFile: null, recovered: null });
  });

  it('saves work recovered from a previous session back to the file it came from, without asking', async () => {
    const first = await setUp();
    const filePath = join(first.documents, 'plan.scoda.json');
    await writeFile(filePath, JSON.stringify(scenario('plan')));
    first.script.openPath = filePath;
    await first.invoke(IpcChannel.signalReady);
    await first.invoke(IpcChannel.openScenario);
    await first.invoke(IpcChannel.autosave, { scenario: scenario('plan-edited'), dirty: true });
    await first.service.prepareRecovery({ id: 1, owner: first.window });
    const next = fakeDesktop(first.userData, first.documents);
    await next.service.initialize();
    expect(await next.invoke(IpcChannel.signalReady)).toMatchObject({ recovered: { filePath } });
    const saved = await next.invoke(IpcChannel.saveScenario, {
      scenario: scenario('plan-edited'),
      suggestedName: 'p',
    });
    expect(saved).toMatchObject({ status: 'saved', filePath });
    expect(next.script.saveDefaults).toEqual([]);
  });
});

// The main process's wiring, run against a fake `electron` module.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IpcChannel } from '../shared/desktopApi.ts';
import { PAYLOAD_SCHEMAS } from './ipc/payloadSchemas.ts';
import { APP_ENTRY_URL } from './security/appOrigin.ts';
import { FakeBrowserWindow, createFakeElectron, type FakeElectron } from './testing/fakeElectron.ts';
import { useTempFolder } from './testing/tempFolder.ts';

const tempFolder = useTempFolder();

async function startMain(
  options: { lock?: boolean; argv?: string[]; userData?: string } = {},
): Promise<FakeElectron> {
  const fake = createFakeElectron(options.userData ?? (await tempFolder()));
  fake.module.app.singleInstanceLock = options.lock ?? true;
  FakeBrowserWindow.instances = [];
  vi.resetModules();
  vi.doMock('electron', () => fake.module);
  const argv = process.argv;
  process.argv = options.argv ?? ['/usr/lib/electron', '.'];
  try {
    await import('./index.ts');
  } finally {
    process.argv = argv;
  }
  return fake;
}

async function becomeReady(electron: FakeElectron): Promise<FakeBrowserWindow> {
  electron.resolveReady();
  await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1));
  return FakeBrowserWindow.instances[0]!;
}

const fromWindow = (window: FakeBrowserWindow) => ({
  senderFrame: { url: APP_ENTRY_URL, parent: null },
  sender: { id: window.webContents.id },
});

describe('the main process', () => {
  beforeEach(() => vi.clearAllMocks());

  it('registers the app:// scheme as privileged before the app is ready', async () => {
    const electron = await startMain();
    expect(electron.module.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
    expect(electron.module.protocol.handle).not.toHaveBeenCalled();
  });

  it('quits at once when another instance holds the lock', async () => {
    const electron = await startMain({ lock: false });
    expect(electron.module.app.quit).toHaveBeenCalled();
    electron.resolveReady();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });

  it('opens one hardened window on the app:// page, never a file or remote URL', async () => {
    const electron = await startMain();
    const window = await becomeReady(electron);
    expect(window.options['webPreferences']).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    expect(window.loadURL).toHaveBeenCalledWith(APP_ENTRY_URL);
    expect(window.loadFile).not.toHaveBeenCalled();
    expect(electron.module.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(electron.module.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(window.webContents.windowOpenHandler).toBeDefined();
    expect(electron.module.Menu.setApplicationMenu).toHaveBeenCalled();
  });

  it('handles every renderer channel, each guarded', async () => {
    const electron = await startMain();
    const window = await becomeReady(electron);
    expect([...electron.handlers.keys()].sort()).toEqual(Object.keys(PAYLOAD_SCHEMAS).sort());
    const getAppInfo = electron.handlers.get(IpcChannel.getAppInfo)!;
    expect(await getAppInfo(fromWindow(window))).toEqual({ version: '0.1.0', platform: process.platform });
    const foreign = { ...fromWindow(window), senderFrame: { url: 'http://127.0.0.1:5173/', parent: null } };
    await expect(getAppInfo(foreign)).rejects.toThrow(/refused/);
  });

  it('opens a scenario named on the command line once the page is ready', async () => {
    const dir = await tempFolder();
    const filePath = join(dir, 'plan.scoda.json');
    await writeFile(filePath, JSON.stringify({ schemaVersion: 1, nodes: [], links: [] }));
    const electron = await startMain({ argv: ['/usr/lib/electron', '.', filePath] });
    const window = await becomeReady(electron);
    const launch = await electron.handlers.get(IpcChannel.signalReady)!(fromWindow(window));
    expect(launch).toMatchObject({ openedFile: { filePath, fileName: 'plan.scoda.json' } });
  });

  it('opens a file macOS hands over with open-file before the app is ready', async () => {
    const dir = await tempFolder();
    const filePath = join(dir, 'finder.scoda.json');
    await writeFile(filePath, JSON.stringify({ schemaVersion: 1, nodes: [], links: [] }));
    const electron = await startMain();
    const event = { preventDefault: vi.fn() };
    electron.module.app.emit('open-file', event, filePath);
    expect(event.preventDefault).toHaveBeenCalled();
    const window = await becomeReady(electron);
    const launch = await electron.handlers.get(IpcChannel.signalReady)!(fromWindow(window));
    expect(launch).toMatchObject({ openedFile: { fileName: 'finder.scoda.json' } });
  });

  it('sends the file of a second launch to the running window', async () => {
    const dir = await tempFolder();
    const filePath = join(dir, 'second.scoda.json');
    await writeFile(filePath, JSON.stringify({ schemaVersion: 1, nodes: [], links: [] }));
    const electron = await startMain();
    const window = await becomeReady(electron);
    await electron.handlers.get(IpcChannel.signalReady)!(fromWindow(window));
    electron.module.app.emit('second-instance', {}, ['/opt/scoda/scoda', 'second.scoda.json'], dir);
    await vi.waitFor(() =>
      expect(window.webContents.sent.map((message) => message.channel)).toContain(IpcChannel.scenarioOpened),
    );
  });

  it('reloads the page after the renderer crashes', async () => {
    const electron = await startMain();
    const window = await becomeReady(electron);
    window.loadURL.mockClear();
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    await vi.waitFor(() => expect(window.loadURL).toHaveBeenCalledWith(APP_ENTRY_URL));
  });

  it('asks before closing a window with unsaved changes', async () => {
    const electron = await startMain();
    const window = await becomeReady(electron);
    await electron.handlers.get(IpcChannel.setDocumentState)!(fromWindow(window), {
      scenarioName: 'Plan',
      dirty: true,
    });
    electron.module.dialog.showMessageBox.mockResolvedValueOnce({ response: 2 }); // Cancel
    window.close();
    await vi.waitFor(() => expect(electron.module.dialog.showMessageBox).toHaveBeenCalled());
    expect(window.isDestroyed()).toBe(false);
    electron.module.dialog.showMessageBox.mockResolvedValueOnce({ response: 1 }); // Don't save
    window.close();
    await vi.waitFor(() => expect(window.isDestroyed()).toBe(true));
  });

  it('reopens the window where it was closed', async () => {
    const userData = await tempFolder();
    const first = await startMain({ userData });
    const window = await becomeReady(first);
    window.close();
    await vi.waitFor(() => expect(first.module.app.quit).toHaveBeenCalled());
    const second = await startMain({ userData });
    const reopened = await becomeReady(second);
    expect(reopened.options).toMatchObject({ x: 10, y: 20, width: 1300, height: 850 });
  });

  it('stops reloading a page that keeps crashing, and keeps the autosave for the next start', async () => {
    const electron = await startMain();
    const window = await becomeReady(electron);
    await electron.handlers.get(IpcChannel.autosave)!(fromWindow(window), {
      scenario: { schemaVersion: 1, nodes: [], links: [] },
      dirty: true,
    });
    for (let crash = 0; crash < 4; crash += 1) {
      window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    }
    await vi.waitFor(() => expect(window.isDestroyed()).toBe(true));
    expect(electron.module.dialog.showMessageBox).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ type: 'error', title: 'The window keeps crashing' }),
    );
  });
});

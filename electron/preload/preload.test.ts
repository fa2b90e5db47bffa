import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DESKTOP_API_METHODS, IpcChannel, type DesktopApi } from '../shared/desktopApi.ts';

const electron = vi.hoisted(() => {
  const listeners = new Map<string, (event: unknown, payload: unknown) => void>();
  return {
    listeners,
    exposed: new Map<string, unknown>(),
    invoke: vi.fn(async (..._args: unknown[]) => 'answer'),
  };
});

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api) },
  ipcRenderer: {
    invoke: electron.invoke,
    on: (channel: string, listener: (event: unknown, payload: unknown) => void) =>
      electron.listeners.set(channel, listener),
    removeListener: (channel: string) => electron.listeners.delete(channel),
  },
}));

async function loadBridge(): Promise<DesktopApi> {
  await import('./index.ts');
  return electron.exposed.get('desktop') as DesktopApi;
}

describe('the preload bridge', () => {
  beforeEach(() => electron.invoke.mockClear());

  it('exposes exactly the DesktopApi methods as window.desktop, and nothing else', async () => {
    const api = await loadBridge();
    expect([...electron.exposed.keys()]).toEqual(['desktop']);
    expect(Object.keys(api).sort()).toEqual([...DESKTOP_API_METHODS].sort());
    for (const method of DESKTOP_API_METHODS) expect(typeof api[method], method).toBe('function');
  });

  it('passes each call to its channel unchanged', async () => {
    const api = await loadBridge();
    await api.saveScenario({ scenario: { schemaVersion: 1 }, suggestedName: 'a' });
    await api.openRecentScenario('/p/a.scoda.json');
    await api.getAppInfo();
    expect(electron.invoke.mock.calls).toEqual([
      [IpcChannel.saveScenario, { scenario: { schemaVersion: 1 }, suggestedName: 'a' }],
      [IpcChannel.openRecentScenario, { filePath: '/p/a.scoda.json' }],
      [IpcChannel.getAppInfo],
    ]);
  });

  it('gives menu listeners the command only, never the IPC event, and lets them unsubscribe', async () => {
    const api = await loadBridge();
    const received: unknown[][] = [];
    const unsubscribe = api.onMenuCommand((...args) => received.push(args));
    const secretEvent = { sender: 'ipcRenderer would leak here' };
    electron.listeners.get(IpcChannel.menuCommand)?.(secretEvent, { command: 'file.save' });
    expect(received).toEqual([['file.save']]);
    unsubscribe();
    expect(electron.listeners.has(IpcChannel.menuCommand)).toBe(false);
  });
});

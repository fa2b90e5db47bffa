// A DesktopService wired to scripted dialogs and real files in a temporary folder, with the IPC
// handlers as Electron would call them.
import { join } from 'node:path';
import type { MessageRequest } from '../../shared/desktopApi.ts';
import type { AtomicWriteHooks } from '../files/atomicWrite.ts';
import type { DialogPort } from '../ipc/DialogPort.ts';
import { DesktopService } from '../ipc/DesktopService.ts';
import type { GuardedEvent } from '../ipc/guardHandler.ts';
import { createIpcHandlers } from '../ipc/registerIpcHandlers.ts';
import { APP_ENTRY_URL } from '../security/appOrigin.ts';
import { AutosaveStore } from '../state/AutosaveStore.ts';
import { RecentFiles } from '../state/RecentFiles.ts';

export interface FakeWindow {
  name: string;
  title: string;
  sent: { channel: string; payload: unknown }[];
}

/** What the scripted dialogs answer next, and what they were shown. */
export interface DialogScript {
  openPath: string | null;
  savePath: string | null;
  exportFolder: string | null;
  replace: boolean;
  discard: 'save' | 'discard' | 'cancel';
  messages: MessageRequest[];
  saveDefaults: string[];
  exportDefaults: string[];
}

export function fakeDesktop(userData: string, documents: string, writeHooks: AtomicWriteHooks = {}) {
  const script: DialogScript = {
    openPath: null,
    savePath: null,
    exportFolder: null,
    replace: false,
    discard: 'cancel',
    messages: [],
    saveDefaults: [],
    exportDefaults: [],
  };
  const dialogs: DialogPort<FakeWindow> = {
    chooseScenarioToOpen: async () => script.openPath,
    chooseSaveTarget: async (_owner, defaultPath) => {
      script.saveDefaults.push(defaultPath);
      return script.savePath;
    },
    chooseMediaTarget: async (_owner, defaultPath) => {
      script.saveDefaults.push(defaultPath);
      return script.savePath;
    },
    chooseExportFolder: async (_owner, _description, defaultFolder) => {
      script.exportDefaults.push(defaultFolder);
      return script.exportFolder;
    },
    confirmReplace: async () => script.replace,
    confirmDiscard: async () => script.discard,
    showMessage: async (_owner, request) => {
      script.messages.push(request);
    },
  };
  const window: FakeWindow = { name: 'main', title: '', sent: [] };
  let menuRebuilds = 0;
  const service = new DesktopService<FakeWindow>({
    appInfo: { version: '0.1.0', platform: 'linux' },
    dialogs,
    recentFiles: new RecentFiles(join(userData, 'recent-files.json')),
    autosave: new AutosaveStore(join(userData, 'autosave.json'), 0),
    send: (owner, channel, payload) => owner.sent.push({ channel, payload }),
    onMenuInputsChanged: () => {
      menuRebuilds += 1;
    },
    setWindowTitle: (owner, title) => {
      owner.title = title;
    },
    defaultFolder: documents,
    preferencesPath: join(userData, 'preferences.json'),
    writeHooks,
  });
  const handlers = createIpcHandlers(service, (event) =>
    event.sender.id === 1 ? { id: 1, owner: window } : null,
  );
  const fromApp: GuardedEvent = { senderFrame: { url: APP_ENTRY_URL, parent: null }, sender: { id: 1 } };
  /** Calls a channel's handler as the app's own page would. */
  const invoke = (channel: keyof typeof handlers, payload?: unknown, event: GuardedEvent = fromApp) =>
    handlers[channel](event, payload);
  return { service, script, window, handlers, invoke, menuRebuilds: () => menuRebuilds };
}

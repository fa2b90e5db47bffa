// The preload bridge: one function per message, nothing else reaches the renderer. It runs
// sandboxed (CommonJS, only `electron` can be required), so it holds no logic: main validates
// every payload. Listeners get the payload only, never the IpcRendererEvent (which would hand the
// page `event.sender`, an ipcRenderer).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  IpcChannel,
  type DesktopApi,
  type MenuCommandMessage,
  type OpenedScenario,
  type Unsubscribe,
} from '../shared/desktopApi.ts';

function subscribe<T>(channel: string, listener: (payload: T) => void): Unsubscribe {
  const wrapped = (_event: IpcRendererEvent, payload: T): void => listener(payload);
  ipcRenderer.on(channel, wrapped);
  return () => {
    ipcRenderer.removeListener(channel, wrapped);
  };
}

export const desktopApi: DesktopApi = {
  getAppInfo: () => ipcRenderer.invoke(IpcChannel.getAppInfo),
  signalReady: () => ipcRenderer.invoke(IpcChannel.signalReady),
  openScenario: () => ipcRenderer.invoke(IpcChannel.openScenario),
  openRecentScenario: (filePath) => ipcRenderer.invoke(IpcChannel.openRecentScenario, { filePath }),
  saveScenario: (request) => ipcRenderer.invoke(IpcChannel.saveScenario, request),
  saveScenarioAs: (request) => ipcRenderer.invoke(IpcChannel.saveScenarioAs, request),
  startUntitledScenario: () => ipcRenderer.invoke(IpcChannel.startUntitledScenario),
  exportCsv: (request) => ipcRenderer.invoke(IpcChannel.exportCsv, request),
  saveBinaryFile: (request) => ipcRenderer.invoke(IpcChannel.saveBinaryFile, request),
  getRecentFiles: () => ipcRenderer.invoke(IpcChannel.getRecentFiles),
  clearRecentFiles: () => ipcRenderer.invoke(IpcChannel.clearRecentFiles),
  autosave: (snapshot) => ipcRenderer.invoke(IpcChannel.autosave, snapshot),
  setDocumentState: (state) => ipcRenderer.invoke(IpcChannel.setDocumentState, state),
  setMenuState: (state) => ipcRenderer.invoke(IpcChannel.setMenuState, state),
  showMessage: (request) => ipcRenderer.invoke(IpcChannel.showMessage, request),
  onMenuCommand: (listener) =>
    subscribe<MenuCommandMessage>(IpcChannel.menuCommand, (message) => listener(message.command)),
  onScenarioOpened: (listener) => subscribe<OpenedScenario>(IpcChannel.scenarioOpened, listener),
};

contextBridge.exposeInMainWorld('desktop', desktopApi);

// The preload bridge: one function per message, nothing else reaches the renderer.
import { contextBridge, ipcRenderer } from 'electron';
import { IpcChannel, type DesktopApi } from '../shared/desktopApi.ts';

const api: DesktopApi = {
  getAppInfo: () => ipcRenderer.invoke(IpcChannel.getAppInfo),
};

contextBridge.exposeInMainWorld('desktop', api);

// Main process: lifecycle and the one window. Kept thin; logic lives in testable modules.
import { app, BrowserWindow, ipcMain } from 'electron';
import { join } from 'node:path';
import { IpcChannel, type AppInfo } from '../shared/desktopApi.ts';

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    title: 'SCODA Corridor Simulator',
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    },
  });
  void window.loadFile(join(import.meta.dirname, '../web/index.html'));
  return window;
}

void app.whenReady().then(() => {
  ipcMain.handle(IpcChannel.getAppInfo, (): AppInfo => ({
    version: app.getVersion(),
    platform: process.platform,
  }));
  createWindow();
});

app.on('window-all-closed', () => app.quit());

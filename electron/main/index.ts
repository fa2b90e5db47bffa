// Main process: wiring only. The logic lives in plain modules beside this file (security/, files/,
// state/, menu/, ipc/, launch/), each tested without Electron.
import { app, BrowserWindow, ipcMain, Menu, protocol, session, shell, type WebContents } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { IpcChannel, type MenuCommandMessage } from '../shared/desktopApi.ts';
import type { MenuCommand } from '../shared/menuCommands.ts';
import { DesktopService, type Caller } from './ipc/DesktopService.ts';
import { registerIpcHandlers, type CallerResolver } from './ipc/registerIpcHandlers.ts';
import { scenarioPathFromArgv } from './launch/fileArguments.ts';
import { buildMenuTemplate } from './menu/buildMenuTemplate.ts';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './protocol/appProtocol.ts';
import { APP_SCHEME } from './security/appOrigin.ts';
import { AutosaveStore } from './state/AutosaveStore.ts';
import { readJsonStore, writeJsonStore } from './state/jsonStore.ts';
import { RecentFiles } from './state/RecentFiles.ts';
import { WindowStateSchema } from './state/windowState.ts';
import { createMainWindow } from './window/createMainWindow.ts';
import { hardenSession, hardenWebContents } from './window/hardening.ts';
import { createNativeDialogs } from './window/nativeDialogs.ts';

const here = import.meta.dirname;
const webRoot = join(here, '../web');
const preloadPath = join(here, '../preload/index.cjs');
const iconPath = join(app.getAppPath(), 'assets/icons/icon.png');

// Before `ready`: a separate profile when asked (end-to-end tests start from a clean slate), the
// privileged scheme, and one instance only (a second launch hands its file to the first and quits).
const userDataOverride = process.env['SCODA_USER_DATA_DIR'];
if (userDataOverride) app.setPath('userData', userDataOverride);
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}

function start(): void {
  const launchFile = scenarioPathFromArgv(process.argv, process.cwd());
  const userData = app.getPath('userData');
  let mainWindow: BrowserWindow | null = null;
  /** Writes that must land before the process exits (the window state on close). */
  const pendingWrites = new Set<Promise<void>>();
  const track = (write: Promise<void>): void => {
    pendingWrites.add(write);
    void write.finally(() => pendingWrites.delete(write));
  };
  const callerOf = (window: BrowserWindow | null): Caller<BrowserWindow> | null =>
    window && !window.isDestroyed() ? { id: window.webContents.id, owner: window } : null;

  // The dialogs speak the page's language, which the service learns from setMenuState.
  const dialogs = createNativeDialogs(() => service.text());
  const service: DesktopService<BrowserWindow> = new DesktopService<BrowserWindow>({
    appInfo: { version: app.getVersion(), platform: process.platform },
    dialogs,
    recentFiles: new RecentFiles(join(userData, 'recent-files.json')),
    autosave: new AutosaveStore(join(userData, 'autosave.json'), undefined, (error) =>
      console.error('autosave failed:', error),
    ),
    send: (owner, channel, payload) => owner.webContents.send(channel, payload),
    onMenuInputsChanged: () => refreshMenu(),
    setWindowTitle: (owner, title, dirty) => {
      owner.setTitle(title);
      owner.setDocumentEdited(dirty);
    },
    addRecentDocumentToOs: (filePath) => app.addRecentDocument(filePath),
    defaultFolder: app.getPath('documents'),
  });

  const sendCommand = (command: MenuCommand): void => {
    const target = BrowserWindow.getFocusedWindow() ?? mainWindow;
    target?.webContents.send(IpcChannel.menuCommand, { command } satisfies MenuCommandMessage);
  };
  function refreshMenu(): void {
    const template = buildMenuTemplate(
      {
        ...service.getMenuState(),
        platform: process.platform,
        recentFiles: service.getRecentFiles(),
        devTools: !app.isPackaged,
      },
      {
        command: sendCommand,
        openRecent: (filePath) => void service.openFromOutside(callerOf(mainWindow), filePath),
        clearRecent: () => void service.clearRecentFiles(),
      },
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }

  const bringToFront = (): void => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  };
  const openFromOutside = (filePath: string): void => {
    bringToFront();
    void service.openFromOutside(callerOf(mainWindow), filePath);
  };
  // macOS delivers double-clicked files as 'open-file' (possibly before `ready`).
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    openFromOutside(filePath);
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const filePath = scenarioPathFromArgv(argv, workingDirectory);
    if (filePath) openFromOutside(filePath);
    else bringToFront();
  });
  app.on('web-contents-created', (_event, contents: WebContents) =>
    hardenWebContents(contents, (url) => shell.openExternal(url)),
  );

  async function openWindow(): Promise<void> {
    const windowStatePath = join(userData, 'window-state.json');
    mainWindow = createMainWindow({
      preloadPath,
      iconPath: existsSync(iconPath) ? iconPath : undefined,
      devTools: !app.isPackaged,
      savedState: await readJsonStore(windowStatePath, WindowStateSchema),
      service,
      dialogs,
      saveWindowState: (state) => track(writeJsonStore(windowStatePath, state).catch(() => undefined)),
    });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  }

  void app.whenReady().then(async () => {
    hardenSession(session.defaultSession);
    protocol.handle(APP_SCHEME, createAppProtocolHandler(webRoot));
    const resolveCaller: CallerResolver<BrowserWindow> = (event) => {
      const window = BrowserWindow.getAllWindows().find((w) => w.webContents.id === event.sender.id);
      return callerOf(window ?? null);
    };
    registerIpcHandlers(ipcMain, service, resolveCaller);
    await service.initialize();
    if (launchFile) void service.openFromOutside(null, launchFile);
    refreshMenu();
    await openWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) void openWindow();
    });
  });

  // On macOS the app outlives its windows, unless the user asked to quit (Cmd+Q) and a close
  // prompt held the quit up.
  let quitRequested = false;
  app.on('before-quit', () => {
    quitRequested = true;
  });
  app.on('window-all-closed', () => {
    // Every window closed after its unsaved work was saved or knowingly discarded.
    void Promise.all([service.quitCleanly(), ...pendingWrites]).finally(() => {
      if (process.platform !== 'darwin' || quitRequested) app.quit();
    });
  });
}

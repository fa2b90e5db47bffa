// Main process: wiring only. The logic lives in plain modules beside this file (security/, files/,
// state/, menu/, ipc/, launch/, i18n/), each tested without Electron.
import { app, BrowserWindow, ipcMain, Menu, protocol, session, shell, type WebContents } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { IpcChannel, type MenuCommandMessage } from '../shared/desktopApi.ts';
import type { MenuCommand } from '../shared/menuCommands.ts';
import { DesktopService, type Caller } from './ipc/DesktopService.ts';
import type { DialogPort } from './ipc/DialogPort.ts';
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

/** What the wiring functions share: the service, the one window, writes to finish before exit. */
interface MainContext {
  userData: string;
  service: DesktopService<BrowserWindow>;
  dialogs: DialogPort<BrowserWindow>;
  mainWindow: BrowserWindow | null;
  pendingWrites: Set<Promise<void>>;
  quitRequested: boolean;
}

const callerOf = (window: BrowserWindow | null): Caller<BrowserWindow> | null =>
  window && !window.isDestroyed() ? { id: window.webContents.id, owner: window } : null;

function createContext(): MainContext {
  const userData = app.getPath('userData');
  // service and dialogs refer to each other through ctx, so they are filled in just below.
  const ctx = { userData, mainWindow: null, pendingWrites: new Set(), quitRequested: false } as Omit<
    MainContext,
    'service' | 'dialogs'
  > as MainContext;
  // The dialogs speak the page's language, which the service learns from setMenuState.
  ctx.dialogs = createNativeDialogs(() => ctx.service.text());
  ctx.service = new DesktopService<BrowserWindow>({
    appInfo: { version: app.getVersion(), platform: process.platform },
    dialogs: ctx.dialogs,
    recentFiles: new RecentFiles(join(userData, 'recent-files.json')),
    autosave: new AutosaveStore(join(userData, 'autosave.json'), undefined, (error) =>
      console.error('autosave failed:', error),
    ),
    send: (owner, channel, payload) => owner.webContents.send(channel, payload),
    onMenuInputsChanged: () => refreshMenu(ctx),
    setWindowTitle: (owner, title, dirty) => {
      owner.setTitle(title);
      owner.setDocumentEdited(dirty);
    },
    addRecentDocumentToOs: (filePath) => app.addRecentDocument(filePath),
    defaultFolder: app.getPath('documents'),
    preferencesPath: join(userData, 'preferences.json'),
  });
  return ctx;
}

function refreshMenu(ctx: MainContext): void {
  const sendCommand = (command: MenuCommand): void => {
    const target = BrowserWindow.getFocusedWindow() ?? ctx.mainWindow;
    target?.webContents.send(IpcChannel.menuCommand, { command } satisfies MenuCommandMessage);
  };
  const state = {
    ...ctx.service.getMenuState(),
    platform: process.platform,
    recentFiles: ctx.service.getRecentFiles(),
    devTools: !app.isPackaged,
  };
  const template = buildMenuTemplate(state, {
    command: sendCommand,
    openRecent: (filePath) => void ctx.service.openFromOutside(callerOf(ctx.mainWindow), filePath),
    clearRecent: () => void ctx.service.clearRecentFiles(),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** Files from the OS: macOS 'open-file' (possibly before `ready`) and a second launch's argv. */
function listenForOutsideFiles(ctx: MainContext): void {
  const bringToFront = (): void => {
    const window = ctx.mainWindow;
    if (!window || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  };
  const open = (filePath: string): void => {
    bringToFront();
    void ctx.service.openFromOutside(callerOf(ctx.mainWindow), filePath);
  };
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    open(filePath);
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const filePath = scenarioPathFromArgv(argv, workingDirectory);
    if (filePath) open(filePath);
    else bringToFront();
  });
}

async function openWindow(ctx: MainContext): Promise<void> {
  const windowStatePath = join(ctx.userData, 'window-state.json');
  const track = (write: Promise<void>): void => {
    ctx.pendingWrites.add(write);
    void write.finally(() => ctx.pendingWrites.delete(write));
  };
  const window = createMainWindow({
    preloadPath,
    iconPath: existsSync(iconPath) ? iconPath : undefined,
    devTools: !app.isPackaged,
    savedState: await readJsonStore(windowStatePath, WindowStateSchema),
    service: ctx.service,
    dialogs: ctx.dialogs,
    saveWindowState: (state) => track(writeJsonStore(windowStatePath, state).catch(() => undefined)),
  });
  ctx.mainWindow = window;
  window.on('closed', () => {
    if (ctx.mainWindow === window) ctx.mainWindow = null;
  });
}

async function whenReady(ctx: MainContext, launchFile: string | null): Promise<void> {
  hardenSession(session.defaultSession);
  protocol.handle(APP_SCHEME, createAppProtocolHandler(webRoot));
  const resolveCaller: CallerResolver<BrowserWindow> = (event) =>
    callerOf(
      BrowserWindow.getAllWindows().find((window) => window.webContents.id === event.sender.id) ?? null,
    );
  registerIpcHandlers(ipcMain, ctx.service, resolveCaller);
  await ctx.service.initialize();
  if (launchFile) void ctx.service.openFromOutside(null, launchFile);
  refreshMenu(ctx);
  await openWindow(ctx);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void openWindow(ctx);
  });
}

/**
 * Quits once every window closed (after its unsaved work was saved or knowingly discarded). On
 * macOS the app outlives its windows, unless the user asked to quit (Cmd+Q) and a close prompt
 * held the quit up.
 */
function quitWhenClosed(ctx: MainContext): void {
  app.on('before-quit', () => {
    ctx.quitRequested = true;
  });
  app.on('window-all-closed', () => {
    void Promise.all([ctx.service.quitCleanly(), ...ctx.pendingWrites]).finally(() => {
      if (process.platform !== 'darwin' || ctx.quitRequested) app.quit();
    });
  });
}

function start(): void {
  const launchFile = scenarioPathFromArgv(process.argv, process.cwd());
  const ctx = createContext();
  listenForOutsideFiles(ctx);
  app.on('web-contents-created', (_event, contents: WebContents) =>
    hardenWebContents(contents, (url) => shell.openExternal(url)),
  );
  quitWhenClosed(ctx);
  void app.whenReady().then(() => whenReady(ctx, launchFile));
}

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

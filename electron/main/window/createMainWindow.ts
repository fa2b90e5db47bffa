// The app's window: secure options, the app:// entry page, and the lifecycle hooks (bounds saved on
// close, the close prompt for unsaved work, reload and recovery after a renderer crash). Navigation
// and new-window hooks are added to every web contents by index.ts ('web-contents-created').
import { BrowserWindow, screen } from 'electron';
import { basename } from 'node:path';
import { APP_ENTRY_URL } from '../security/appOrigin.ts';
import { createWindowOptions } from '../security/windowOptions.ts';
import { decideAfterRendererGone } from '../launch/crashPolicy.ts';
import type { DesktopService } from '../ipc/DesktopService.ts';
import type { DialogPort } from '../ipc/DialogPort.ts';
import { IpcChannel } from '../../shared/desktopApi.ts';
import { boundsToRestore, type WindowState } from '../state/windowState.ts';

export interface MainWindowInput {
  preloadPath: string;
  iconPath: string | undefined;
  devTools: boolean;
  savedState: WindowState | undefined;
  service: DesktopService<BrowserWindow>;
  dialogs: DialogPort<BrowserWindow>;
  saveWindowState(state: WindowState): void;
}

function stateOf(window: BrowserWindow): WindowState {
  const bounds = window.getNormalBounds();
  return { ...bounds, maximized: window.isMaximized() };
}

/** Asks about unsaved work before the window closes; `true` when it may close now. */
async function confirmClose(window: BrowserWindow, input: MainWindowInput): Promise<boolean> {
  const document = input.service.documentOf(window.webContents.id);
  if (!document.dirty) return true;
  const name = document.filePath
    ? basename(document.filePath)
    : document.scenarioName || input.service.text().untitled;
  const choice = await input.dialogs.confirmDiscard(window, name);
  if (choice === 'save') window.webContents.send(IpcChannel.menuCommand, { command: 'file.save' });
  return choice === 'discard';
}

function watchCrashes(window: BrowserWindow, input: MainWindowInput): void {
  const crashTimesMs: number[] = [];
  window.webContents.on('render-process-gone', (_event, details) => {
    const nowMs = Date.now();
    const decision = decideAfterRendererGone(details.reason, crashTimesMs, nowMs);
    if (decision === 'ignore' || window.isDestroyed()) return;
    crashTimesMs.push(nowMs);
    const caller = { id: window.webContents.id, owner: window };
    void input.service.prepareRecovery(caller).then(async () => {
      if (decision === 'reload') return window.loadURL(APP_ENTRY_URL);
      const words = input.service.text();
      await input.dialogs.showMessage(window, {
        kind: 'error',
        title: words.crashTitle,
        message: words.crashMessage(crashTimesMs.length, details.reason),
        detail: words.crashDetail,
      });
      input.service.keepAutosaveForNextStart();
      window.destroy();
    });
  });
}

export function createMainWindow(input: MainWindowInput): BrowserWindow {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const bounds = boundsToRestore(input.savedState, workAreas);
  const window = new BrowserWindow(
    createWindowOptions({
      preloadPath: input.preloadPath,
      bounds,
      devTools: input.devTools,
      ...(input.iconPath ? { iconPath: input.iconPath } : {}),
    }),
  );
  if (bounds && input.savedState?.maximized) window.maximize();
  // The title follows the document (setDocumentState), not the page's <title>.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());

  let closeConfirmed = false;
  window.on('close', (event) => {
    if (closeConfirmed) {
      input.saveWindowState(stateOf(window));
      return;
    }
    event.preventDefault();
    void confirmClose(window, input).then((mayClose) => {
      if (!mayClose) return;
      closeConfirmed = true;
      window.close();
    });
  });
  const id = window.webContents.id;
  window.on('closed', () => input.service.forget(id));
  watchCrashes(window, input);
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

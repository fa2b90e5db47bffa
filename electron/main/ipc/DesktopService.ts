// What each renderer -> main message does: the desktop's file flows (open, save, save as, export),
// the recent list, autosave and crash recovery, and the state the menus and title follow. No
// Electron import: windows are opaque (`W`), dialogs and messages to the page are injected, so the
// tests drive it against real files in a temporary folder.
import { basename, dirname, join } from 'node:path';
import {
  IpcChannel,
  type AppInfo,
  type DocumentState,
  type ExportCsvRequest,
  type ExportCsvResult,
  type FileFailure,
  type LaunchState,
  type MenuState,
  type MessageRequest,
  type OpenScenarioResult,
  type OpenedScenario,
  type RecentFile,
  type RecoveredScenario,
  type SaveScenarioRequest,
  type SaveScenarioResult,
  type SaveBinaryFileRequest,
  type SaveBinaryFileResult,
} from '../../shared/desktopApi.ts';
import { writeFileAtomic, type AtomicWriteHooks } from '../files/atomicWrite.ts';
import { csvExportProblems, existingCsvFiles, writeCsvFiles } from '../files/csvExport.ts';
import {
  readScenarioFile,
  safeFileStem,
  withScenarioExtension,
  writeScenarioFile,
} from '../files/scenarioFile.ts';
import { MAIN_TEXT, type MainText } from '../i18n/mainText.ts';
import type { AutosaveRecord, AutosaveStore } from '../state/AutosaveStore.ts';
import { readLanguagePreference, saveLanguagePreference } from '../state/languagePreference.ts';
import type { RecentFiles } from '../state/RecentFiles.ts';
import type { DialogPort } from './DialogPort.ts';
import { windowTitle } from './windowTitle.ts';

/** Which window a message came from: its webContents id and the window itself. */
export interface Caller<W> {
  id: number;
  owner: W;
}

export interface DesktopServiceDeps<W> {
  appInfo: AppInfo;
  dialogs: DialogPort<W>;
  recentFiles: RecentFiles;
  autosave: AutosaveStore;
  /** Sends a main -> renderer message to the window. */
  send(owner: W, channel: string, payload: unknown): void;
  /** The menus must be rebuilt (menu state or the recent list changed). */
  onMenuInputsChanged(): void;
  setWindowTitle(owner: W, title: string, dirty: boolean): void;
  /** Also tells the OS (Windows jump list, macOS Dock menu). */
  addRecentDocumentToOs?(filePath: string): void;
  /** Where the dialogs start when the scenario has no file yet (the Documents folder). */
  defaultFolder: string;
  /**
   * Where the last interface language is kept (JSON in userData), so menus and dialogs speak it
   * from the first frame of the next start, before the page has said anything.
   */
  preferencesPath?: string;
  /** Test seam: crash injection inside atomic writes. */
  writeHooks?: AtomicWriteHooks;
}

interface Session {
  filePath: string | null;
  scenarioName: string;
  dirty: boolean;
  /** The page has called signalReady since its last load: events can be sent to it. */
  ready: boolean;
  recovery: RecoveredScenario | null;
}

const DEFAULT_MENU_STATE: MenuState = {
  simulationRunning: false,
  hasResults: false,
  presentation: false,
  language: 'en',
};

function recovered(record: AutosaveRecord, reason: RecoveredScenario['reason']): RecoveredScenario {
  return {
    reason,
    json: record.scenario,
    dirty: record.dirty,
    filePath: record.filePath,
    savedAt: record.savedAt,
  };
}

export class DesktopService<W> {
  private readonly sessions = new Map<number, Session>();
  private menuState: MenuState = { ...DEFAULT_MENU_STATE };
  /** A file the OS asked to open before a page was ready for it. */
  private pendingOpenPath: string | null = null;
  /** An autosave left by a session that did not quit cleanly, offered to the first page. */
  private previousSession: RecoveredScenario | null = null;
  private autosaveKept = false;
  private lastExportFolder: string | null = null;

  constructor(private readonly deps: DesktopServiceDeps<W>) {}

  private session(id: number): Session {
    let session = this.sessions.get(id);
    if (!session) {
      session = { filePath: null, scenarioName: '', dirty: false, ready: false, recovery: null };
      this.sessions.set(id, session);
    }
    return session;
  }

  /** At start-up: loads the recent list and picks up unsaved work a previous session left. */
  async initialize(): Promise<void> {
    await this.deps.recentFiles.load();
    const language = this.deps.preferencesPath && (await readLanguagePreference(this.deps.preferencesPath));
    if (language) this.menuState = { ...this.menuState, language };
    const record = await this.deps.autosave.read();
    if (record?.dirty) this.previousSession = recovered(record, 'previous-session');
    else if (record) await this.deps.autosave.discard();
  }

  getAppInfo(): AppInfo {
    return this.deps.appInfo;
  }

  /** What main says in dialogs, in the language the page last reported. */
  text(): MainText {
    return MAIN_TEXT[this.menuState.language];
  }

  getMenuState(): MenuState {
    return { ...this.menuState };
  }

  getRecentFiles(): RecentFile[] {
    return this.deps.recentFiles.list();
  }

  /** The current file and dirty flag of a window (for the close prompt). */
  documentOf(id: number): { filePath: string | null; scenarioName: string; dirty: boolean } {
    const { filePath, scenarioName, dirty } = this.session(id);
    return { filePath, scenarioName, dirty };
  }

  async signalReady(caller: Caller<W>): Promise<LaunchState> {
    const session = this.session(caller.id);
    session.ready = true;
    let recovery = session.recovery ?? this.previousSession;
    session.recovery = null;
    this.previousSession = null;
    if (recovery) session.filePath = recovery.filePath;
    let openedFile: OpenedScenario | null = null;
    const pendingPath = this.pendingOpenPath;
    this.pendingOpenPath = null;
    if (pendingPath) {
      const result = await this.openPath(caller, pendingPath);
      if (result.status === 'opened') {
        openedFile = result.scenario;
        recovery = null;
      }
    }
    return { openedFile, recovered: recovery };
  }

  async openScenario(caller: Caller<W>): Promise<OpenScenarioResult> {
    const session = this.session(caller.id);
    const folder = session.filePath ? dirname(session.filePath) : this.deps.defaultFolder;
    const filePath = await this.deps.dialogs.chooseScenarioToOpen(caller.owner, folder);
    if (!filePath) return { status: 'cancelled' };
    return this.openPath(caller, filePath);
  }

  async openRecentScenario(caller: Caller<W>, filePath: string): Promise<OpenScenarioResult> {
    if (!this.deps.recentFiles.has(filePath)) {
      throw new Error(`scenario:open-recent: refused: ${filePath} is not on the recent-files list`);
    }
    return this.openPath(caller, filePath);
  }

  /**
   * A file the OS, a second launch or Open Recent asks to open: read it now and send it to the page,
   * or keep it for signalReady when the page is not ready (still loading, or no window yet).
   */
  async openFromOutside(caller: Caller<W> | null, filePath: string): Promise<void> {
    if (!caller || !this.session(caller.id).ready) {
      this.pendingOpenPath = filePath;
      return;
    }
    if (!(await this.mayReplaceDocument(caller))) return;
    const result = await this.openPath(caller, filePath);
    if (result.status === 'opened') this.deps.send(caller.owner, IpcChannel.scenarioOpened, result.scenario);
  }

  /**
   * Before a file from outside replaces unsaved work: asks, as closing would. 'save' sends the
   * page a file.save command and keeps the current scenario (the user opens the file again after).
   */
  private async mayReplaceDocument(caller: Caller<W>): Promise<boolean> {
    const session = this.session(caller.id);
    if (!session.dirty) return true;
    const name = session.filePath ? basename(session.filePath) : session.scenarioName || this.text().untitled;
    const choice = await this.deps.dialogs.confirmDiscard(caller.owner, name);
    if (choice === 'save') this.deps.send(caller.owner, IpcChannel.menuCommand, { command: 'file.save' });
    return choice === 'discard';
  }

  private async openPath(caller: Caller<W>, filePath: string): Promise<OpenScenarioResult> {
    const outcome = await readScenarioFile(filePath, undefined, this.menuState.language);
    if (!outcome.ok) {
      if (this.deps.recentFiles.has(filePath)) {
        await this.deps.recentFiles.load();
        this.deps.onMenuInputsChanged();
      }
      return this.fail(caller, this.text().cannotOpenTitle, filePath, outcome.message);
    }
    const session = this.session(caller.id);
    session.filePath = filePath;
    session.dirty = false;
    await this.remember(filePath);
    this.updateTitle(caller);
    return { status: 'opened', scenario: outcome.scenario };
  }

  async saveScenario(caller: Caller<W>, request: SaveScenarioRequest): Promise<SaveScenarioResult> {
    const { filePath } = this.session(caller.id);
    if (!filePath) return this.saveScenarioAs(caller, request);
    return this.writeScenario(caller, filePath, request.scenario);
  }

  async saveScenarioAs(caller: Caller<W>, request: SaveScenarioRequest): Promise<SaveScenarioResult> {
    const session = this.session(caller.id);
    // Save As of a file proposes its own name (to save a variant beside it); a new scenario, the
    // name the page suggests.
    const proposed = session.filePath
      ? session.filePath
      : join(this.deps.defaultFolder, withScenarioExtension(safeFileStem(request.suggestedName)));
    const chosen = await this.deps.dialogs.chooseSaveTarget(caller.owner, proposed);
    if (!chosen) return { status: 'cancelled' };
    return this.writeScenario(caller, withScenarioExtension(chosen), request.scenario);
  }

  private async writeScenario(
    caller: Caller<W>,
    filePath: string,
    scenario: unknown,
  ): Promise<SaveScenarioResult> {
    try {
      await writeScenarioFile(filePath, scenario, this.deps.writeHooks, undefined, this.menuState.language);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const words = this.text();
      return this.fail(caller, words.notSavedTitle, filePath, words.notSaved(basename(filePath), reason));
    }
    const session = this.session(caller.id);
    session.filePath = filePath;
    session.dirty = false;
    await this.deps.autosave.discard();
    await this.remember(filePath);
    this.updateTitle(caller);
    return { status: 'saved', filePath, fileName: basename(filePath) };
  }

  startUntitledScenario(caller: Caller<W>): void {
    this.session(caller.id).filePath = null;
    this.updateTitle(caller);
  }

  async exportCsv(caller: Caller<W>, request: ExportCsvRequest): Promise<ExportCsvResult> {
    const problems = csvExportProblems(request.files);
    if (problems.length > 0) {
      const words = this.text();
      return this.fail(caller, words.notExportedTitle, null, words.cannotExport(problems.join('; ')));
    }
    // Analysts export run after run into one folder: start where the last export went.
    const startIn = this.lastExportFolder ?? this.deps.defaultFolder;
    const folder = await this.deps.dialogs.chooseExportFolder(caller.owner, request.description, startIn);
    if (!folder) return { status: 'cancelled' };
    this.lastExportFolder = folder;
    const existing = await existingCsvFiles(folder, request.files);
    if (existing.length > 0 && !(await this.deps.dialogs.confirmReplace(caller.owner, folder, existing))) {
      return { status: 'cancelled' };
    }
    try {
      const fileNames = await writeCsvFiles(folder, request.files, this.deps.writeHooks);
      return { status: 'exported', folderPath: folder, fileNames };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const words = this.text();
      return this.fail(caller, words.notExportedTitle, folder, words.nothingWritten(folder, reason));
    }
  }

  /** Asks where to save an exported image or video, then writes it atomically (never half a file). */
  async saveBinaryFile(caller: Caller<W>, request: SaveBinaryFileRequest): Promise<SaveBinaryFileResult> {
    const extension = `.${request.kind}`;
    const startIn = this.lastExportFolder ?? this.deps.defaultFolder;
    const proposed = join(startIn, `${safeFileStem(request.suggestedName)}${extension}`);
    const chosen = await this.deps.dialogs.chooseMediaTarget(caller.owner, proposed, request.kind);
    if (!chosen) return { status: 'cancelled' };
    const filePath = chosen.toLowerCase().endsWith(extension) ? chosen : `${chosen}${extension}`;
    this.lastExportFolder = dirname(filePath);
    try {
      await writeFileAtomic(filePath, request.data, this.deps.writeHooks);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const words = this.text();
      return this.fail(caller, words.notSavedTitle, filePath, words.notSaved(basename(filePath), reason));
    }
    return { status: 'saved', filePath };
  }

  async refreshRecentFiles(): Promise<RecentFile[]> {
    const files = await this.deps.recentFiles.load();
    this.deps.onMenuInputsChanged();
    return files;
  }

  async clearRecentFiles(): Promise<void> {
    await this.deps.recentFiles.clear();
    this.deps.onMenuInputsChanged();
  }

  autosave(caller: Caller<W>, snapshot: { scenario: unknown; dirty: boolean }): void {
    const { filePath } = this.session(caller.id);
    this.deps.autosave.submit({ scenario: snapshot.scenario, dirty: snapshot.dirty, filePath });
  }

  setDocumentState(caller: Caller<W>, state: DocumentState): void {
    const session = this.session(caller.id);
    session.scenarioName = state.scenarioName;
    session.dirty = state.dirty;
    this.updateTitle(caller);
  }

  setMenuState(patch: { [K in keyof MenuState]?: MenuState[K] | undefined }): void {
    const next = { ...this.menuState };
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined) Object.assign(next, { [key]: value });
    }
    const languageChanged = next.language !== this.menuState.language;
    this.menuState = next;
    this.deps.onMenuInputsChanged();
    if (languageChanged && this.deps.preferencesPath) {
      // Losing this write costs only a start-up in the previous language.
      void saveLanguagePreference(this.deps.preferencesPath, next.language).catch(() => undefined);
    }
  }

  /**
   * The renderer died. Writes the pending autosave, and when the page is to be reloaded, keeps
   * the snapshot for its next signalReady (or, with no snapshot, its file to reopen).
   */
  async prepareRecovery(caller: Caller<W>): Promise<void> {
    await this.deps.autosave.flush();
    const session = this.session(caller.id);
    session.ready = false;
    const record = await this.deps.autosave.read();
    if (record) session.recovery = recovered(record, 'renderer-crash');
    else if (session.filePath) this.pendingOpenPath = session.filePath;
  }

  showMessage(owner: W, request: MessageRequest): Promise<void> {
    return this.deps.dialogs.showMessage(owner, request);
  }

  /** The window closed: forget its session. */
  forget(id: number): void {
    this.sessions.delete(id);
  }

  /** The app gave up on a crashing window: keep the autosave so the next start offers it. */
  keepAutosaveForNextStart(): void {
    this.autosaveKept = true;
  }

  /** A clean quit (unsaved work was saved or knowingly discarded): nothing to recover next time. */
  async quitCleanly(): Promise<void> {
    if (this.autosaveKept) await this.deps.autosave.flush();
    else await this.deps.autosave.discard();
  }

  private async remember(filePath: string): Promise<void> {
    await this.deps.recentFiles.add(filePath);
    this.deps.addRecentDocumentToOs?.(filePath);
    this.deps.onMenuInputsChanged();
  }

  private updateTitle(caller: Caller<W>): void {
    const session = this.session(caller.id);
    const fileName = session.filePath ? basename(session.filePath) : null;
    this.deps.setWindowTitle(
      caller.owner,
      windowTitle(fileName, session.scenarioName, session.dirty),
      session.dirty,
    );
  }

  private async fail(
    caller: Caller<W>,
    title: string,
    filePath: string | null,
    message: string,
  ): Promise<FileFailure> {
    await this.deps.dialogs.showMessage(caller.owner, { kind: 'error', title, message });
    return { status: 'failed', filePath, message };
  }
}

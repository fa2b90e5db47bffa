// What each renderer -> main message does, by topic: each window's document and title
// (DocumentSessions), the file flows (FileFlows), start-up and crash recovery (LaunchRecovery), the
// menus' state, language and recent files (MenuSettings). This class only wires them together and
// is the one object the IPC handlers and the window code call. No Electron import: windows are
// opaque (`W`), dialogs and messages to the page are injected, so the tests drive it against real
// files in a temporary folder.
import type {
  AppInfo,
  DocumentState,
  ExportCsvRequest,
  ExportCsvResult,
  LaunchState,
  MenuState,
  MessageRequest,
  OpenScenarioResult,
  RecentFile,
  SaveBinaryFileRequest,
  SaveBinaryFileResult,
  SaveScenarioRequest,
  SaveScenarioResult,
} from '../../shared/desktopApi.ts';
import type { AtomicWriteHooks } from '../files/atomicWrite.ts';
import type { MainText } from '../i18n/mainText.ts';
import type { AutosaveStore } from '../state/AutosaveStore.ts';
import type { RecentFiles } from '../state/RecentFiles.ts';
import type { DialogPort } from './DialogPort.ts';
import { DocumentSessions, type Caller } from './DocumentSessions.ts';
import { FileFlows } from './FileFlows.ts';
import { LaunchRecovery } from './LaunchRecovery.ts';
import { MenuSettings } from './MenuSettings.ts';

export type { Caller } from './DocumentSessions.ts';

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
  /** Where the last interface language is kept (JSON in userData). */
  preferencesPath?: string;
  /** Test seam: crash injection inside atomic writes. */
  writeHooks?: AtomicWriteHooks;
}

export class DesktopService<W> {
  private readonly settings: MenuSettings;
  private readonly sessions: DocumentSessions<W>;
  private readonly files: FileFlows<W>;
  private readonly launch: LaunchRecovery<W>;

  constructor(private readonly deps: DesktopServiceDeps<W>) {
    this.settings = new MenuSettings(deps);
    this.sessions = new DocumentSessions(deps.setWindowTitle, () => this.settings.text().untitled);
    this.files = new FileFlows({
      dialogs: deps.dialogs,
      sessions: this.sessions,
      settings: this.settings,
      discardAutosave: () => deps.autosave.discard(),
      defaultFolder: deps.defaultFolder,
      ...(deps.writeHooks ? { writeHooks: deps.writeHooks } : {}),
    });
    this.launch = new LaunchRecovery({
      autosave: deps.autosave,
      sessions: this.sessions,
      files: this.files,
      send: deps.send,
    });
  }

  /** At start-up: loads the recent list and language, and picks up unsaved work a previous session left. */
  async initialize(): Promise<void> {
    await this.settings.load();
    await this.launch.initialize();
  }

  getAppInfo(): AppInfo {
    return this.deps.appInfo;
  }

  text(): MainText {
    return this.settings.text();
  }

  getMenuState(): MenuState {
    return this.settings.getMenuState();
  }

  setMenuState(patch: { [K in keyof MenuState]?: MenuState[K] | undefined }): void {
    this.settings.setMenuState(patch);
  }

  getRecentFiles(): RecentFile[] {
    return this.settings.getRecentFiles();
  }

  refreshRecentFiles(): Promise<RecentFile[]> {
    return this.settings.refreshRecentFiles();
  }

  clearRecentFiles(): Promise<void> {
    return this.settings.clearRecentFiles();
  }

  documentOf(id: number): { filePath: string | null; scenarioName: string; dirty: boolean } {
    return this.sessions.documentOf(id);
  }

  setDocumentState(caller: Caller<W>, state: DocumentState): void {
    this.sessions.setDocumentState(caller, state);
  }

  startUntitledScenario(caller: Caller<W>): void {
    this.sessions.startUntitled(caller);
  }

  forget(id: number): void {
    this.sessions.forget(id);
  }

  openScenario(caller: Caller<W>): Promise<OpenScenarioResult> {
    return this.files.openScenario(caller);
  }

  openRecentScenario(caller: Caller<W>, filePath: string): Promise<OpenScenarioResult> {
    return this.files.openRecentScenario(caller, filePath);
  }

  saveScenario(caller: Caller<W>, request: SaveScenarioRequest): Promise<SaveScenarioResult> {
    return this.files.saveScenario(caller, request);
  }

  saveScenarioAs(caller: Caller<W>, request: SaveScenarioRequest): Promise<SaveScenarioResult> {
    return this.files.saveScenarioAs(caller, request);
  }

  exportCsv(caller: Caller<W>, request: ExportCsvRequest): Promise<ExportCsvResult> {
    return this.files.exportCsv(caller, request);
  }

  saveBinaryFile(caller: Caller<W>, request: SaveBinaryFileRequest): Promise<SaveBinaryFileResult> {
    return this.files.saveBinaryFile(caller, request);
  }

  signalReady(caller: Caller<W>): Promise<LaunchState> {
    return this.launch.signalReady(caller);
  }

  openFromOutside(caller: Caller<W> | null, filePath: string): Promise<void> {
    return this.launch.openFromOutside(caller, filePath);
  }

  autosave(caller: Caller<W>, snapshot: { scenario: unknown; dirty: boolean }): void {
    this.launch.autosave(caller, snapshot);
  }

  prepareRecovery(caller: Caller<W>): Promise<void> {
    return this.launch.prepareRecovery(caller);
  }

  keepAutosaveForNextStart(): void {
    this.launch.keepAutosaveForNextStart();
  }

  quitCleanly(): Promise<void> {
    return this.launch.quitCleanly();
  }

  showMessage(owner: W, request: MessageRequest): Promise<void> {
    return this.deps.dialogs.showMessage(owner, request);
  }
}

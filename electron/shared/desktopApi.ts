// The IPC contract between the main process and the renderer: channel names and payload types only.
// The renderer reaches the desktop through `window.desktop` (typed as DesktopApi); in a browser
// `window.desktop` is undefined and renderer/src/platform falls back to web equivalents.
//
// Security model (why the API looks like this): the renderer never names a file path to write to.
// Paths come from a native dialog shown by the main process, from the recent-files list or from the
// OS (file association); the main process remembers the current scenario's path per window. So a
// compromised renderer can at worst overwrite the file the user opened, never an arbitrary file.
import type { Language, MenuCommand } from './menuCommands.ts';

export type { Language, MenuCommand } from './menuCommands.ts';

/** The channels the preload bridge uses, one per message. */
export const IpcChannel = {
  // renderer -> main (ipcRenderer.invoke / ipcMain.handle)
  getAppInfo: 'app:get-info',
  signalReady: 'app:signal-ready',
  openScenario: 'scenario:open',
  openRecentScenario: 'scenario:open-recent',
  saveScenario: 'scenario:save',
  saveScenarioAs: 'scenario:save-as',
  startUntitledScenario: 'scenario:start-untitled',
  exportCsv: 'csv:export',
  saveBinaryFile: 'file:save-binary',
  getRecentFiles: 'recent:get',
  clearRecentFiles: 'recent:clear',
  autosave: 'autosave:write',
  setDocumentState: 'document:set-state',
  setMenuState: 'menu:set-state',
  showMessage: 'dialog:show-message',
  // main -> renderer (webContents.send / ipcRenderer.on)
  menuCommand: 'menu:command',
  scenarioOpened: 'scenario:opened',
} as const;

export type IpcChannelName = (typeof IpcChannel)[keyof typeof IpcChannel];

/** Largest scenario file the app opens or saves, in bytes (20 MB: the baseline is well under 1 MB). */
export const MAX_SCENARIO_BYTES = 20 * 1024 * 1024;
/** Largest total size of one CSV export, in bytes (a 30-year daily run is a few tens of MB). */
export const MAX_CSV_EXPORT_BYTES = 200 * 1024 * 1024;
/** The file extension of scenario files (the OS file association). */
export const SCENARIO_EXTENSION = '.scoda.json';

/** What the desktop shell tells the renderer about itself. */
export interface AppInfo {
  /** The app's version from package.json. */
  version: string;
  /** `process.platform` of the main process. */
  platform: string;
}

/**
 * A scenario file the main process has read: it checked the size, the JSON syntax and the outline
 * (an object with a numeric `schemaVersion` and `nodes`/`links` arrays). The full validation and
 * migration is the sim worker's (validateScenario); the renderer reports its issues naming `fileName`.
 */
export interface OpenedScenario {
  /** Absolute path, for display only (the main process keeps the path it will save to). */
  filePath: string;
  /** The file's base name, as in "baseline.scoda.json". */
  fileName: string;
  /** The parsed JSON, not yet validated against the scenario schema. */
  json: unknown;
}

/**
 * Why a file operation failed, said so a user can act on it (names the file and what is wrong;
 * for a JSON syntax error the line and column). The main process has already shown it in an
 * error dialog; the renderer may also show it inline.
 */
export interface FileFailure {
  status: 'failed';
  /** The file or folder concerned, when one was chosen. */
  filePath: string | null;
  message: string;
}

export interface Cancelled {
  status: 'cancelled';
}

export type OpenScenarioResult = { status: 'opened'; scenario: OpenedScenario } | Cancelled | FileFailure;

/** A scenario to save: the JSON the renderer holds (checked for outline and size, then pretty-printed). */
export interface SaveScenarioRequest {
  scenario: unknown;
  /** The name proposed in the Save As dialog, without folder, as in "baseline-more-trains". */
  suggestedName: string;
}

export type SaveScenarioResult =
  { status: 'saved'; filePath: string; fileName: string } | Cancelled | FileFailure;

/** The CSV files of one run, by file name (plain names ending in .csv, no folders). */
export interface ExportCsvRequest {
  files: Record<string, string>;
  /** Shown in the folder dialog's title, as in "Baseline 2025, seed 1". */
  description: string;
}

export type ExportCsvResult =
  { status: 'exported'; folderPath: string; fileNames: string[] } | Cancelled | FileFailure;

/** The kinds of exported media the desktop saves (the file extension; the Save dialog filters by it). */
export const BINARY_FILE_KINDS = ['png', 'webm', 'mp4'] as const;
export type BinaryFileKind = (typeof BINARY_FILE_KINDS)[number];
/** Largest exported image or video, in bytes (a minute of 4K video at a high bitrate is well under). */
export const MAX_BINARY_FILE_BYTES = 1024 * 1024 * 1024;

/** An exported image or video to save where the user chooses. */
export interface SaveBinaryFileRequest {
  /** The proposed file name, without folder or extension, as in "scoda-map". */
  suggestedName: string;
  kind: BinaryFileKind;
  data: Uint8Array;
}

export type SaveBinaryFileResult = { status: 'saved'; filePath: string } | Cancelled | FileFailure;

export interface RecentFile {
  filePath: string;
  fileName: string;
}

/** A snapshot of the working scenario, sent by the renderer (throttled) so a crash loses little. */
export interface AutosaveSnapshot {
  scenario: unknown;
  /** True when the scenario differs from its file (or has none). */
  dirty: boolean;
}

/** A working scenario restored from the autosave after a crash. */
export interface RecoveredScenario {
  /** 'renderer-crash': the window crashed and was reloaded; 'previous-session': the app did not quit cleanly. */
  reason: 'renderer-crash' | 'previous-session';
  json: unknown;
  dirty: boolean;
  /** The file the scenario belongs to, if it has one (Save writes there again). */
  filePath: string | null;
  /** When the snapshot was written, ISO 8601. */
  savedAt: string;
}

/** What the renderer should show first, answered once per page load by `signalReady()`. */
export interface LaunchState {
  /** A file given on the command line or by the OS (file association), already read. */
  openedFile: OpenedScenario | null;
  /** Set after a crash: the working scenario as last autosaved. */
  recovered: RecoveredScenario | null;
}

/** The window title and the close prompt follow this. */
export interface DocumentState {
  /** The scenario's name in the current language (used in the title when it has no file). */
  scenarioName: string;
  dirty: boolean;
}

/** What the native menus show enabled or checked. Every field optional in `setMenuState`. */
export interface MenuState {
  simulationRunning: boolean;
  /** A finished run exists (enables Export CSV and Compare). */
  hasResults: boolean;
  presentation: boolean;
  language: Language;
}

export interface MessageRequest {
  kind: 'info' | 'warning' | 'error';
  title: string;
  message: string;
  detail?: string | undefined;
}

/** Sent with `menu:command`. */
export interface MenuCommandMessage {
  command: MenuCommand;
}

/** Removes a listener added with one of the `on...` methods. */
export type Unsubscribe = () => void;

/**
 * The API the preload script exposes as `window.desktop`. Every method returns a promise (IPC is
 * asynchronous); failures a user can act on are results (`status: 'failed'`), while a rejected
 * promise means a programming error (a payload that does not match these types).
 */
export interface DesktopApi {
  getAppInfo(): Promise<AppInfo>;
  /**
   * Call once per page load, after registering `onMenuCommand` and `onScenarioOpened`: answers
   * what to show first (a file from the command line, or a scenario recovered after a crash).
   */
  signalReady(): Promise<LaunchState>;
  /** Shows the Open dialog and reads the chosen file. */
  openScenario(): Promise<OpenScenarioResult>;
  /** Opens a file from `getRecentFiles()` (any other path is refused). */
  openRecentScenario(filePath: string): Promise<OpenScenarioResult>;
  /** Saves to the current file; asks where (Save As) when the scenario has none yet. */
  saveScenario(request: SaveScenarioRequest): Promise<SaveScenarioResult>;
  /** Always asks where to save; the chosen file becomes the current one. */
  saveScenarioAs(request: SaveScenarioRequest): Promise<SaveScenarioResult>;
  /** Forgets the current file: the next Save asks where (after New, or loading the baseline). */
  startUntitledScenario(): Promise<void>;
  /** Asks for a folder and writes every file into it; nothing is half-written. */
  exportCsv(request: ExportCsvRequest): Promise<ExportCsvResult>;
  /** Asks where to save an exported image or video and writes it (atomically). */
  saveBinaryFile(request: SaveBinaryFileRequest): Promise<SaveBinaryFileResult>;
  /** The recent files that still exist, newest first (at most 10). */
  getRecentFiles(): Promise<RecentFile[]>;
  clearRecentFiles(): Promise<void>;
  /** Stores a snapshot of the working scenario (the main process writes at most one every few seconds). */
  autosave(snapshot: AutosaveSnapshot): Promise<void>;
  setDocumentState(state: DocumentState): Promise<void>;
  setMenuState(state: Partial<MenuState>): Promise<void>;
  /** A native message box (for errors the user must acknowledge). */
  showMessage(request: MessageRequest): Promise<void>;
  /** Called for each menu command (see MENU_COMMANDS). */
  onMenuCommand(listener: (command: MenuCommand) => void): Unsubscribe;
  /** Called when a file is opened from outside the renderer: Open Recent, the OS, a second launch. */
  onScenarioOpened(listener: (scenario: OpenedScenario) => void): Unsubscribe;
}

/** Every method of DesktopApi, so the preload and its test can check nothing is missing or extra. */
export const DESKTOP_API_METHODS = [
  'getAppInfo',
  'signalReady',
  'openScenario',
  'openRecentScenario',
  'saveScenario',
  'saveScenarioAs',
  'startUntitledScenario',
  'exportCsv',
  'saveBinaryFile',
  'getRecentFiles',
  'clearRecentFiles',
  'autosave',
  'setDocumentState',
  'setMenuState',
  'showMessage',
  'onMenuCommand',
  'onScenarioOpened',
] as const satisfies readonly (keyof DesktopApi)[];

type UnlistedMethod = Exclude<keyof DesktopApi, (typeof DESKTOP_API_METHODS)[number]>;
// Fails to compile when a method is added to DesktopApi but not to DESKTOP_API_METHODS.
const _everyMethodListed: [UnlistedMethod] extends [never] ? true : UnlistedMethod = true;

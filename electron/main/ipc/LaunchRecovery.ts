// Start-up and recovery: files the OS asks to open (kept until the page is ready), unsaved work a
// previous session or a crashed page left in the autosave, and what a clean quit discards.
import {
  IpcChannel,
  type LaunchState,
  type OpenedScenario,
  type RecoveredScenario,
} from '../../shared/desktopApi.ts';
import type { AutosaveRecord, AutosaveStore } from '../state/AutosaveStore.ts';
import type { Caller, DocumentSessions } from './DocumentSessions.ts';
import type { FileFlows } from './FileFlows.ts';

export interface LaunchRecoveryDeps<W> {
  autosave: AutosaveStore;
  sessions: DocumentSessions<W>;
  files: FileFlows<W>;
  /** Sends a main -> renderer message to the window. */
  send(owner: W, channel: string, payload: unknown): void;
}

function recovered(record: AutosaveRecord, reason: RecoveredScenario['reason']): RecoveredScenario {
  return {
    reason,
    json: record.scenario,
    dirty: record.dirty,
    filePath: record.filePath,
    savedAt: record.savedAt,
  };
}

export class LaunchRecovery<W> {
  /** A file the OS asked to open before a page was ready for it. */
  private pendingOpenPath: string | null = null;
  /** An autosave left by a session that did not quit cleanly, offered to the first page. */
  private previousSession: RecoveredScenario | null = null;
  private autosaveKept = false;

  constructor(private readonly deps: LaunchRecoveryDeps<W>) {}

  /** At start-up: picks up unsaved work a previous session left. */
  async initialize(): Promise<void> {
    const record = await this.deps.autosave.read();
    if (record?.dirty) this.previousSession = recovered(record, 'previous-session');
    else if (record) await this.deps.autosave.discard();
  }

  async signalReady(caller: Caller<W>): Promise<LaunchState> {
    const session = this.deps.sessions.session(caller.id);
    session.ready = true;
    let recovery = session.recovery ?? this.previousSession;
    session.recovery = null;
    this.previousSession = null;
    if (recovery) session.filePath = recovery.filePath;
    let openedFile: OpenedScenario | null = null;
    const pendingPath = this.pendingOpenPath;
    this.pendingOpenPath = null;
    if (pendingPath) {
      const result = await this.deps.files.openPath(caller, pendingPath);
      if (result.status === 'opened') {
        openedFile = result.scenario;
        recovery = null;
      }
    }
    return { openedFile, recovered: recovery };
  }

  /**
   * A file the OS, a second launch or Open Recent asks to open: read it now and send it to the page,
   * or keep it for signalReady when the page is not ready (still loading, or no window yet).
   */
  async openFromOutside(caller: Caller<W> | null, filePath: string): Promise<void> {
    if (!caller || !this.deps.sessions.session(caller.id).ready) {
      this.pendingOpenPath = filePath;
      return;
    }
    const decision = await this.deps.files.mayReplaceDocument(caller);
    if (decision === 'save') this.deps.send(caller.owner, IpcChannel.menuCommand, { command: 'file.save' });
    if (decision !== 'replace') return;
    const result = await this.deps.files.openPath(caller, filePath);
    if (result.status === 'opened') this.deps.send(caller.owner, IpcChannel.scenarioOpened, result.scenario);
  }

  autosave(caller: Caller<W>, snapshot: { scenario: unknown; dirty: boolean }): void {
    const { filePath } = this.deps.sessions.session(caller.id);
    this.deps.autosave.submit({ scenario: snapshot.scenario, dirty: snapshot.dirty, filePath });
  }

  /**
   * The renderer died. Writes the pending autosave, and when the page is to be reloaded, keeps
   * the snapshot for its next signalReady (or, with no snapshot, its file to reopen).
   */
  async prepareRecovery(caller: Caller<W>): Promise<void> {
    await this.deps.autosave.flush();
    const session = this.deps.sessions.session(caller.id);
    session.ready = false;
    const record = await this.deps.autosave.read();
    if (record) session.recovery = recovered(record, 'renderer-crash');
    else if (session.filePath) this.pendingOpenPath = session.filePath;
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
}

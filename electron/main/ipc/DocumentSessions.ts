// Each window's document: the file it was opened from or saved to, its scenario's name, whether it
// has unsaved changes, and the window title that follows them.
import { basename } from 'node:path';
import type { DocumentState, RecoveredScenario } from '../../shared/desktopApi.ts';
import { windowTitle } from '../../shared/windowTitle.ts';

/** Which window a message came from: its webContents id and the window itself. */
export interface Caller<W> {
  id: number;
  owner: W;
}

export interface Session {
  filePath: string | null;
  scenarioName: string;
  dirty: boolean;
  /** The page has called signalReady since its last load: events can be sent to it. */
  ready: boolean;
  recovery: RecoveredScenario | null;
}

export class DocumentSessions<W> {
  private readonly sessions = new Map<number, Session>();

  constructor(
    private readonly setWindowTitle: (owner: W, title: string, dirty: boolean) => void,
    /** The word for a document with neither a file nor a name, in the current language. */
    private readonly untitled: () => string,
  ) {}

  session(id: number): Session {
    let session = this.sessions.get(id);
    if (!session) {
      session = { filePath: null, scenarioName: '', dirty: false, ready: false, recovery: null };
      this.sessions.set(id, session);
    }
    return session;
  }

  /** The current file and dirty flag of a window (for the close prompt). */
  documentOf(id: number): { filePath: string | null; scenarioName: string; dirty: boolean } {
    const { filePath, scenarioName, dirty } = this.session(id);
    return { filePath, scenarioName, dirty };
  }

  /** How dialogs and the title name the window's document: its file, else its scenario's name. */
  documentName(id: number): string {
    const session = this.session(id);
    return session.filePath ? basename(session.filePath) : session.scenarioName.trim() || this.untitled();
  }

  /** The window's document now is `filePath`, as on disk (opened or just saved). */
  attachFile(caller: Caller<W>, filePath: string): void {
    const session = this.session(caller.id);
    session.filePath = filePath;
    session.dirty = false;
    this.updateTitle(caller);
  }

  startUntitled(caller: Caller<W>): void {
    this.session(caller.id).filePath = null;
    this.updateTitle(caller);
  }

  setDocumentState(caller: Caller<W>, state: DocumentState): void {
    const session = this.session(caller.id);
    session.scenarioName = state.scenarioName;
    session.dirty = state.dirty;
    this.updateTitle(caller);
  }

  /** The window closed: forget its session. */
  forget(id: number): void {
    this.sessions.delete(id);
  }

  private updateTitle(caller: Caller<W>): void {
    const { dirty } = this.session(caller.id);
    this.setWindowTitle(caller.owner, windowTitle(this.documentName(caller.id), dirty), dirty);
  }
}

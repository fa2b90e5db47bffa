// The file flows a window starts: open, save, save as, CSV export, image and video export. Each asks through the dialogs,
// reads or writes atomically (files/), and reports a failure in a message box as well as to the page.
import { basename, dirname, join } from 'node:path';
import type {
  ExportCsvRequest,
  ExportCsvResult,
  FileFailure,
  OpenScenarioResult,
  SaveBinaryFileRequest,
  SaveBinaryFileResult,
  SaveScenarioRequest,
  SaveScenarioResult,
} from '../../shared/desktopApi.ts';
import { writeFileAtomic, type AtomicWriteHooks } from '../files/atomicWrite.ts';
import { pathExists } from '../files/pathExists.ts';
import { csvExportProblems, existingCsvFiles, writeCsvFiles } from '../files/csvExport.ts';
import {
  readScenarioFile,
  safeFileStem,
  withScenarioExtension,
  writeScenarioFile,
} from '../files/scenarioFile.ts';
import type { DialogPort } from './DialogPort.ts';
import type { Caller, DocumentSessions } from './DocumentSessions.ts';
import type { MenuSettings } from './MenuSettings.ts';

export interface FileFlowsDeps<W> {
  dialogs: DialogPort<W>;
  sessions: DocumentSessions<W>;
  settings: MenuSettings;
  /** Unsaved work is saved: the autosave snapshot is no longer needed. */
  discardAutosave(): Promise<void>;
  /** Where the dialogs start when the scenario has no file yet (the Documents folder). */
  defaultFolder: string;
  /** Test seam: crash injection inside atomic writes. */
  writeHooks?: AtomicWriteHooks;
}

export class FileFlows<W> {
  private lastExportFolder: string | null = null;

  constructor(private readonly deps: FileFlowsDeps<W>) {}

  async openScenario(caller: Caller<W>): Promise<OpenScenarioResult> {
    const session = this.deps.sessions.session(caller.id);
    const folder = session.filePath ? dirname(session.filePath) : this.deps.defaultFolder;
    const filePath = await this.deps.dialogs.chooseScenarioToOpen(caller.owner, folder);
    if (!filePath) return { status: 'cancelled' };
    return this.openPath(caller, filePath);
  }

  async openRecentScenario(caller: Caller<W>, filePath: string): Promise<OpenScenarioResult> {
    if (!this.deps.settings.isRecent(filePath)) {
      throw new Error(`scenario:open-recent: refused: ${filePath} is not on the recent-files list`);
    }
    return this.openPath(caller, filePath);
  }

  async openPath(caller: Caller<W>, filePath: string): Promise<OpenScenarioResult> {
    const outcome = await readScenarioFile(filePath, undefined, this.deps.settings.language);
    if (!outcome.ok) {
      if (this.deps.settings.isRecent(filePath)) await this.deps.settings.refreshRecentFiles();
      return this.fail(caller, this.deps.settings.text().cannotOpenTitle, filePath, outcome.message);
    }
    this.deps.sessions.attachFile(caller, filePath);
    await this.deps.settings.remember(filePath);
    return { status: 'opened', scenario: outcome.scenario };
  }

  /**
   * Before a file from outside replaces unsaved work: asks, as closing would. 'save' tells the
   * caller to have the page save (it keeps the current scenario; the user opens the file after).
   */
  async mayReplaceDocument(caller: Caller<W>): Promise<'replace' | 'save' | 'keep'> {
    if (!this.deps.sessions.session(caller.id).dirty) return 'replace';
    const choice = await this.deps.dialogs.confirmDiscard(
      caller.owner,
      this.deps.sessions.documentName(caller.id),
    );
    return choice === 'discard' ? 'replace' : choice === 'save' ? 'save' : 'keep';
  }

  async saveScenario(caller: Caller<W>, request: SaveScenarioRequest): Promise<SaveScenarioResult> {
    const { filePath } = this.deps.sessions.session(caller.id);
    if (!filePath) return this.saveScenarioAs(caller, request);
    return this.writeScenario(caller, filePath, request.scenario);
  }

  async saveScenarioAs(caller: Caller<W>, request: SaveScenarioRequest): Promise<SaveScenarioResult> {
    const { filePath } = this.deps.sessions.session(caller.id);
    // Save As of a file proposes its own name (to save a variant beside it); a new scenario, the
    // name the page suggests.
    const proposed =
      filePath ?? join(this.deps.defaultFolder, withScenarioExtension(safeFileStem(request.suggestedName)));
    const chosen = await this.deps.dialogs.chooseSaveTarget(caller.owner, proposed);
    if (!chosen) return { status: 'cancelled' };
    const target = withScenarioExtension(chosen);
    // The dialog asked about `chosen` only: a file at the name with the extension added is one the
    // user was never asked about, so ask now rather than replace it.
    if (target !== chosen && (await pathExists(target))) {
      const replace = await this.deps.dialogs.confirmReplace(caller.owner, dirname(target), [
        basename(target),
      ]);
      if (!replace) return { status: 'cancelled' };
    }
    return this.writeScenario(caller, target, request.scenario);
  }

  private async writeScenario(
    caller: Caller<W>,
    filePath: string,
    scenario: unknown,
  ): Promise<SaveScenarioResult> {
    try {
      await writeScenarioFile(
        filePath,
        scenario,
        this.deps.writeHooks,
        undefined,
        this.deps.settings.language,
      );
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const words = this.deps.settings.text();
      return this.fail(caller, words.notSavedTitle, filePath, words.notSaved(basename(filePath), reason));
    }
    this.deps.sessions.attachFile(caller, filePath);
    await this.deps.discardAutosave();
    await this.deps.settings.remember(filePath);
    return { status: 'saved', filePath, fileName: basename(filePath) };
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
      const words = this.deps.settings.text();
      return this.fail(caller, words.notSavedTitle, filePath, words.notSaved(basename(filePath), reason));
    }
    return { status: 'saved', filePath };
  }

  async exportCsv(caller: Caller<W>, request: ExportCsvRequest): Promise<ExportCsvResult> {
    const words = this.deps.settings.text();
    const problems = csvExportProblems(request.files);
    if (problems.length > 0) {
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
      return this.fail(caller, words.notExportedTitle, folder, words.nothingWritten(folder, reason));
    }
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

// What the library, the menus and the shortcuts do to the working scenario: load a built-in,
// open a file, save, start a new one. Plain functions over the stores.
import { desktopBridge } from '../../platform/platform.ts';
import { openScenarioFile, saveScenarioFile } from '../../platform/scenarioFiles.ts';
import { useScenarioStore, type ScenarioSource } from '../../state/useScenarioStore.ts';
import { useWorkbenchStore } from '../../state/useWorkbenchStore.ts';
import { i18next } from '../../i18n/i18n.ts';
import { scenarioOutlineProblem } from './scenarioOutline.ts';
import {
  defaultBuiltin,
  listBuiltinScenarios,
  loadBuiltinScenario,
  type BuiltinScenario,
} from './builtinScenarios.ts';

function notifyError(key: string, values: Record<string, string | number>): void {
  useWorkbenchStore.getState().showNotice({ kind: 'error', key, values });
}

/** Loads a built-in as the working scenario (clean; Save then asks where). */
export async function loadBuiltin(entry: BuiltinScenario): Promise<boolean> {
  try {
    const json = await loadBuiltinScenario(entry);
    useScenarioStore.getState().load(json, { kind: 'builtin', id: entry.id });
    void desktopBridge()?.startUntitledScenario();
    return true;
  } catch (error) {
    notifyError('library.loadFailed', {
      name: entry.file,
      reason: error instanceof Error ? error.message : String(error),
    });
    return false;
  }
}

/** Loads the baseline (or the first built-in). False when no built-in exists. */
export async function loadDefaultBuiltin(): Promise<boolean> {
  const entry = defaultBuiltin();
  if (!entry) {
    notifyError('library.noBuiltins', {});
    return false;
  }
  return loadBuiltin(entry);
}

/** Loads a built-in by id (the presentation story uses this). */
export async function loadBuiltinById(id: string): Promise<boolean> {
  const entry = listBuiltinScenarios().find((candidate) => candidate.id === id);
  return entry ? loadBuiltin(entry) : false;
}

/**
 * Loads JSON read from a file. Its issues, if any, show in the editor; the notice names the file.
 * A file that is not a scenario at all opens nothing and says why (the working scenario stays).
 */
export function loadFileJson(fileName: string, json: unknown): void {
  const problem = scenarioOutlineProblem(json);
  if (problem) {
    const reason = i18next.t(`library.outline.${problem}`);
    notifyError('library.notScenario', { file: fileName, reason });
    return;
  }
  useScenarioStore.getState().load(json, { kind: 'file', fileName });
  useWorkbenchStore
    .getState()
    .showNotice({ kind: 'info', key: 'library.opened', values: { name: fileName } });
}

/** True when there is no unsaved work, or the user agrees to lose it. */
export function confirmDiscardUnsaved(message: string): boolean {
  if (!useScenarioStore.getState().dirty) return true;
  return typeof window.confirm === 'function' ? window.confirm(message) : true;
}

/** Shows the Open dialog (or the browser's file picker) and loads the chosen file. */
export async function openScenario(): Promise<void> {
  const outcome = await openScenarioFile();
  if (outcome.status === 'opened') loadFileJson(outcome.fileName, outcome.json);
  else if (outcome.status === 'failed') notifyError('library.openFailed', { reason: outcome.message });
}

function suggestedNameOf(scenario: unknown, source: ScenarioSource): string {
  if (source.kind === 'file') return source.fileName.replace(/(\.scoda)?\.json$/i, '');
  const id = (scenario as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id !== '' ? id : 'scenario';
}

/** Saves the working scenario (Save As asks where every time). */
export async function saveScenario(saveAs = false): Promise<void> {
  const { scenario, source } = useScenarioStore.getState();
  if (scenario === undefined) return;
  const outcome = await saveScenarioFile(scenario, suggestedNameOf(scenario, source), saveAs);
  if (outcome.status === 'saved') {
    useScenarioStore.getState().markSaved({ kind: 'file', fileName: outcome.fileName });
    useWorkbenchStore
      .getState()
      .showNotice({ kind: 'info', key: 'library.saved', values: { name: outcome.fileName } });
  } else if (outcome.status === 'failed') {
    notifyError('library.saveFailed', { reason: outcome.message });
  }
}

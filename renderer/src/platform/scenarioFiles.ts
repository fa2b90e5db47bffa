// Opening and saving scenario files and exporting CSV: native dialogs in the desktop app, a file
// picker and downloads in the browser. Results are plain outcomes the UI can report.
import { MAX_SCENARIO_BYTES, SCENARIO_EXTENSION } from '../../../electron/shared/desktopApi.ts';
import { desktopBridge, pickFileInBrowser, saveFileInBrowser } from './platform.ts';

/** Where the working scenario came from (Save writes back there in the desktop app). */
export type ScenarioSource =
  { kind: 'builtin'; id: string } | { kind: 'file'; fileName: string } | { kind: 'untitled' };

export type OpenOutcome =
  | { status: 'opened'; fileName: string; json: unknown }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

export type SaveOutcome =
  { status: 'saved'; fileName: string } | { status: 'cancelled' } | { status: 'failed'; message: string };

export type ExportOutcome =
  | { status: 'exported'; fileNames: string[] }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

/** Reads a scenario file the user picks; the JSON is not validated here (the worker does that). */
export async function openScenarioFile(): Promise<OpenOutcome> {
  const desktop = desktopBridge();
  if (desktop) {
    const result = await desktop.openScenario();
    if (result.status === 'opened')
      return { status: 'opened', fileName: result.scenario.fileName, json: result.scenario.json };
    return result.status === 'cancelled' ? result : { status: 'failed', message: result.message };
  }
  const file = await pickFileInBrowser(`${SCENARIO_EXTENSION},.json,application/json`);
  if (!file) return { status: 'cancelled' };
  if (file.size > MAX_SCENARIO_BYTES) {
    return {
      status: 'failed',
      message: `${file.name}: the file is larger than ${MAX_SCENARIO_BYTES / 1024 / 1024} MB.`,
    };
  }
  try {
    return { status: 'opened', fileName: file.name, json: JSON.parse(await file.text()) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { status: 'failed', message: `${file.name}: not valid JSON (${reason}).` };
  }
}

/** Saves the scenario JSON: to its file (or Save As) in the desktop app, as a download in the browser. */
export async function saveScenarioFile(
  scenario: unknown,
  suggestedName: string,
  saveAs: boolean,
): Promise<SaveOutcome> {
  const desktop = desktopBridge();
  if (desktop) {
    const request = { scenario, suggestedName };
    const result = saveAs ? await desktop.saveScenarioAs(request) : await desktop.saveScenario(request);
    if (result.status === 'saved') return { status: 'saved', fileName: result.fileName };
    return result.status === 'cancelled' ? result : { status: 'failed', message: result.message };
  }
  const fileName = `${suggestedName}${SCENARIO_EXTENSION}`;
  saveFileInBrowser(fileName, `${JSON.stringify(scenario, null, 2)}\n`, 'application/json');
  return { status: 'saved', fileName };
}

/** Exports CSV files: into a folder the user picks in the desktop app, one download each in the browser. */
export async function exportCsvFiles(
  files: Record<string, string>,
  description: string,
): Promise<ExportOutcome> {
  const desktop = desktopBridge();
  if (desktop) {
    const result = await desktop.exportCsv({ files, description });
    if (result.status === 'exported') return { status: 'exported', fileNames: result.fileNames };
    return result.status === 'cancelled' ? result : { status: 'failed', message: result.message };
  }
  for (const [name, text] of Object.entries(files)) saveFileInBrowser(name, text, 'text/csv;charset=utf-8');
  return { status: 'exported', fileNames: Object.keys(files) };
}

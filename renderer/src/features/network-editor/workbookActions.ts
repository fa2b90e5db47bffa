// The planner's workbook from the app: export the working scenario as .xlsx or CSV, import an
// edited .xlsx (all or nothing: the scenario changes only when the whole workbook is valid, as one
// undo step). The work happens in the editor worker (exceljs).
import type { WorkbookIssue } from '../../../../sim-core/src/api/editorTypes.ts';
import { exportCsvFiles } from '../../platform/scenarioFiles.ts';
import { pickFileInBrowser, saveFileInBrowser } from '../../platform/platform.ts';
import { getEditorClient, transferBytes } from '../../sim-client/editorClient.ts';
import { useScenarioStore } from '../../state/useScenarioStore.ts';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type WorkbookOutcome =
  | { status: 'exported'; files: number }
  | { status: 'imported'; warnings: WorkbookIssue[] }
  | { status: 'cancelled' }
  | { status: 'invalid'; issues: WorkbookIssue[] };

function scenarioName(): string {
  const id = (useScenarioStore.getState().scenario as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' ? id : 'scenario';
}

/** Issues of an invalid scenario, as workbook issues without a cell (it cannot be exported). */
const asWorkbookIssues = (issues: Array<{ path: string; message: string }>): WorkbookIssue[] =>
  issues.map((issue) => ({ message: `${issue.path}: ${issue.message}` }));

export async function exportWorkbookXlsx(): Promise<WorkbookOutcome> {
  const outcome = await getEditorClient().exportXlsx(useScenarioStore.getState().scenario);
  if (!outcome.ok) return { status: 'invalid', issues: asWorkbookIssues(outcome.issues) };
  saveFileInBrowser(`${scenarioName()}.xlsx`, outcome.data, XLSX_MIME);
  return { status: 'exported', files: 1 };
}

export async function exportWorkbookCsv(): Promise<WorkbookOutcome> {
  const outcome = await getEditorClient().exportCsv(useScenarioStore.getState().scenario);
  if (!outcome.ok) return { status: 'invalid', issues: asWorkbookIssues(outcome.issues) };
  const result = await exportCsvFiles(outcome.data, scenarioName());
  return result.status === 'exported'
    ? { status: 'exported', files: result.fileNames.length }
    : { status: 'cancelled' };
}

/** Reads `file` onto the working scenario; nothing changes unless the whole workbook is valid. */
export async function importWorkbookFile(file: File): Promise<WorkbookOutcome> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const base = useScenarioStore.getState().scenario;
  const outcome = await getEditorClient().importXlsx(transferBytes(bytes), base);
  if (!outcome.ok) return { status: 'invalid', issues: outcome.issues };
  // Only if the scenario has not changed meanwhile (the import was read onto `base`).
  if (useScenarioStore.getState().scenario !== base) return { status: 'cancelled' };
  useScenarioStore.getState().replace(outcome.document);
  return { status: 'imported', warnings: outcome.warnings };
}

export async function importWorkbook(): Promise<WorkbookOutcome> {
  const file = await pickFileInBrowser(`.xlsx,${XLSX_MIME}`);
  return file ? importWorkbookFile(file) : { status: 'cancelled' };
}

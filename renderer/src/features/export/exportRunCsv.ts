// Export CSV: the command line's files (throughput in tidy long format, KPIs, transit times;
// written by the worker's toCsv, so the bytes are the CLI's) plus the node and link table on screen.
import { exportCsvFiles } from '../../platform/scenarioFiles.ts';
import { getSimClient } from '../../sim-client/simClient.ts';
import { useRunStore } from '../../state/useRunStore.ts';
import { useSettingsStore } from '../../state/useSettingsStore.ts';
import { useWorkbenchStore } from '../../state/useWorkbenchStore.ts';
import { resultTableRows, TABLE_COLUMNS } from '../dashboard/resultTable.ts';
import { tableCsv } from './tableCsv.ts';

/** The table on screen as CSV; column names are stable English ids, names in the chosen language. */
export function nodeLinkTableCsv(): string | undefined {
  const { result, scenario } = useRunStore.getState();
  if (!result || !scenario) return undefined;
  const rows = resultTableRows(result, scenario, useSettingsStore.getState().language);
  const header = ['type', 'id', ...TABLE_COLUMNS.filter((column) => column !== 'type')];
  return tableCsv(
    header.map((column) => column.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)),
    rows.map((row) => [
      row.type,
      row.id,
      row.name,
      row.category,
      row.teu,
      row.vehicles,
      row.utilisation,
      row.dwellHours,
      row.passThroughTeu,
      row.passThroughVehicles,
    ]),
  );
}

/** Exports the current run's CSV files; a notice says what happened. */
export async function exportRunCsv(): Promise<void> {
  const { result, scenario } = useRunStore.getState();
  const notice = useWorkbenchStore.getState().showNotice;
  if (!result || !scenario) {
    notice({ kind: 'error', key: 'export.noRun' });
    return;
  }
  try {
    const cliFiles = await getSimClient().toCsv(result, scenario.id);
    const files: Record<string, string> = { ...cliFiles };
    const table = nodeLinkTableCsv();
    if (table) files['nodes_links.csv'] = table;
    const outcome = await exportCsvFiles(files, `${scenario.name.en}, seed ${result.provenance.seed}`);
    if (outcome.status === 'exported')
      notice({ kind: 'info', key: 'export.done', values: { count: outcome.fileNames.length } });
    else if (outcome.status === 'failed')
      notice({ kind: 'error', key: 'export.failed', values: { reason: outcome.message } });
  } catch (error) {
    notice({
      kind: 'error',
      key: 'export.failed',
      values: { reason: error instanceof Error ? error.message : String(error) },
    });
  }
}

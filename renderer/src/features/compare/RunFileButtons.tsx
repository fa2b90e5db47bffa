// Save the compared runs (or all runs) as a file with their results, and open such a file: its
// runs join the history and are compared at once.
import { useTranslation } from 'react-i18next';
import { pickFileInBrowser, saveFileInBrowser } from '../../platform/platform.ts';
import { storableResult } from '../../platform/runArchive.ts';
import { decodeRunFile, encodeRunFile, RUN_FILE_EXTENSION } from '../../platform/runFile.ts';
import { comparedRuns, useRunHistoryStore, type RunRecord } from '../../state/useRunHistoryStore.ts';
import { useWorkbenchStore } from '../../state/useWorkbenchStore.ts';
import { compareRuns } from './compareActions.ts';

function notice(kind: 'info' | 'error', key: string, values: Record<string, string | number>): void {
  useWorkbenchStore.getState().showNotice({ kind, key, values });
}

export function saveRunsFile(): void {
  const state = useRunHistoryStore.getState();
  const compared = comparedRuns(state);
  const runs = compared.length > 0 ? compared : state.runs;
  if (runs.length === 0) return;
  const text = encodeRunFile(runs.map((run) => ({ ...run, result: storableResult(run.result) })));
  const fileName = `runs-${new Date().toISOString().slice(0, 10)}${RUN_FILE_EXTENSION}`;
  saveFileInBrowser(fileName, text, 'application/json');
  notice('info', 'results:runFile.saved', { name: fileName, count: runs.length });
}

export async function openRunsFile(): Promise<void> {
  const file = await pickFileInBrowser(`${RUN_FILE_EXTENSION},.json,application/json`);
  if (!file) return;
  try {
    const runs = decodeRunFile(file.name, await file.text()) as RunRecord[];
    const records = runs.map((run) => ({ ...run, name: run.name ?? undefined, note: run.note ?? '' }));
    useRunHistoryStore.getState().addRuns(records);
    compareRuns(records.map((run) => run.id));
    notice('info', 'results:runFile.opened', { name: file.name, count: records.length });
  } catch (error) {
    notice('error', 'results:runFile.failed', {
      reason: error instanceof Error ? error.message : String(error),
    });
  }
}

export function RunFileButtons() {
  const { t } = useTranslation('results');
  const hasRuns = useRunHistoryStore((state) => state.runs.length > 0);
  return (
    <>
      <button type="button" disabled={!hasRuns} onClick={saveRunsFile}>
        {t('runFile.save')}
      </button>
      <button type="button" onClick={() => void openRunsFile()}>
        {t('runFile.open')}
      </button>
    </>
  );
}

// What the Experiments view's buttons do: run (on the experiment pool, never this thread), cancel,
// open a point as a new unsaved scenario, export the command line's CSV files, save and open the
// experiment file.
import { SCENARIO_EXTENSION } from '../../../../electron/shared/desktopApi.ts';
import { pickFileInBrowser, saveFileInBrowser } from '../../platform/platform.ts';
import { exportCsvFiles } from '../../platform/scenarioFiles.ts';
import { ExperimentInvalidError, startExperiment } from '../../sim-client/experimentClient.ts';
import { isRunCancelled } from '../../sim-client/simClient.ts';
import { useScenarioStore } from '../../state/useScenarioStore.ts';
import { useWorkbenchStore } from '../../state/useWorkbenchStore.ts';
import { experimentFile, settingsFromFile, type ParameterCandidate } from './experimentModel.ts';
import { useExperimentStore } from './useExperimentStore.ts';

export const EXPERIMENT_EXTENSION = '.experiment.json';

const notice = (kind: 'info' | 'error', key: string, values?: Record<string, string | number>): void =>
  useWorkbenchStore.getState().showNotice({ kind, key: `experiments:${key}`, ...(values ? { values } : {}) });

/**
 * How the experiment file names its base scenario: the built-in's id when the editor holds an
 * unchanged built-in, the file's name when it holds a file (save the experiment beside it), else
 * the scenario's id as a file name to save it under.
 */
export function scenarioReference(): string {
  const { source, dirty, scenario } = useScenarioStore.getState();
  if (source.kind === 'builtin' && !dirty) return source.id;
  if (source.kind === 'file') return source.fileName;
  const id = (scenario as { id?: unknown } | undefined)?.id;
  return `${typeof id === 'string' && id ? id : 'scenario'}${SCENARIO_EXTENSION}`;
}

function scenarioId(): string {
  const id = (useScenarioStore.getState().scenario as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' && id ? id : 'scenario';
}

export function runExperiment(): void {
  const store = useExperimentStore.getState();
  if (store.status.kind === 'running') return;
  store.handle?.dispose();
  const baseScenario = useScenarioStore.getState().scenario;
  const file = experimentFile(store.settings, scenarioReference());
  const handle = startExperiment({
    experiment: file,
    baseScenario,
    onProgress: (fraction, pointsDone, points) =>
      useExperimentStore.setState({ status: { kind: 'running', fraction, pointsDone, points } }),
  });
  useExperimentStore.setState({
    handle,
    results: undefined,
    status: { kind: 'running', fraction: 0, pointsDone: 0, points: 0 },
  });
  handle.result.then(
    (outcome) => {
      useExperimentStore.setState({
        status: { kind: 'idle' },
        results: { ...outcome, scenarioName: scenarioId() },
      });
      notice('info', 'notice.finished', { points: outcome.outline.points.length });
    },
    (error: unknown) => {
      if (useExperimentStore.getState().handle !== handle) return;
      if (isRunCancelled(error)) {
        useExperimentStore.setState({ status: { kind: 'idle' }, handle: undefined });
        notice('info', 'notice.cancelled');
      } else if (error instanceof ExperimentInvalidError)
        useExperimentStore.setState({ status: { kind: 'invalid', issues: error.issues }, handle: undefined });
      else
        useExperimentStore.setState({
          status: { kind: 'failed', message: error instanceof Error ? error.message : String(error) },
          handle: undefined,
        });
    },
  );
}

export function cancelExperiment(): void {
  useExperimentStore.getState().handle?.cancel();
}

/** Loads a point's scenario into the editor as a new unsaved document. */
export async function openPointAsScenario(point: number): Promise<void> {
  const handle = useExperimentStore.getState().handle;
  if (!handle) return;
  try {
    const document = await handle.pointScenario(point);
    useScenarioStore.getState().load(document, { kind: 'untitled' }, { dirty: true });
    useWorkbenchStore.getState().setTab('editor');
    notice('info', 'notice.opened', { point });
  } catch (error) {
    notice('error', 'notice.failed', { message: error instanceof Error ? error.message : String(error) });
  }
}

export async function exportExperimentCsv(): Promise<void> {
  const results = useExperimentStore.getState().results;
  if (!results) return;
  const outcome = await exportCsvFiles(
    { 'results.csv': results.tables['results.csv'], 'summary.csv': results.tables['summary.csv'] },
    `experiment ${results.scenarioName}`,
  );
  if (outcome.status === 'exported')
    notice('info', 'notice.exported', { files: outcome.fileNames.join(', ') });
  else if (outcome.status === 'failed') notice('error', 'notice.failed', { message: outcome.message });
}

export function saveExperimentFile(): void {
  const { settings } = useExperimentStore.getState();
  const name = `${scenarioId()}${EXPERIMENT_EXTENSION}`;
  saveFileInBrowser(
    name,
    `${JSON.stringify(experimentFile(settings, scenarioReference()), null, 2)}\n`,
    'application/json',
  );
  notice('info', 'notice.saved', { name });
}

export async function openExperimentFile(candidates: readonly ParameterCandidate[]): Promise<void> {
  const file = await pickFileInBrowser(`${EXPERIMENT_EXTENSION},.json,application/json`);
  if (!file) return;
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch (error) {
    notice('error', 'notice.notJson', {
      name: file.name,
      message: error instanceof Error ? error.message : '',
    });
    return;
  }
  const read = settingsFromFile(json, candidates);
  if (!read.ok) {
    notice('error', 'notice.notExperiment', { name: file.name, path: read.path });
    return;
  }
  useExperimentStore.setState({ settings: read.settings, status: { kind: 'idle' } });
  notice('info', 'notice.loaded', { name: file.name, scenario: read.scenario });
}

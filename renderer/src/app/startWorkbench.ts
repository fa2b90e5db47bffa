// Start-up: the platform first (menu handlers, then what the desktop asks to show), then the
// working scenario (a file, a recovered or autosaved edit, or the built-in baseline), then its run.
import type { LaunchState } from '../../../electron/shared/desktopApi.ts';
import { loadDefaultBuiltin, loadFileJson } from '../features/library/scenarioActions.ts';
import { startValidationWatcher } from '../features/editor/validationWatcher.ts';
import { runWorkingScenario } from '../features/runner/runController.ts';
import { getSimClient, warmRunPool } from '../sim-client/simClient.ts';
import { readAutosave } from '../platform/autosave.ts';
import { shippedRunText } from '../platform/shippedRun.ts';
import { BASELINE_ID } from '../features/library/baselineId.ts';
import { watchFullscreenExit } from '../features/presentation/presentationActions.ts';
import { useRunStore } from '../state/useRunStore.ts';
import { useScenarioStore } from '../state/useScenarioStore.ts';
import { useWorkbenchStore } from '../state/useWorkbenchStore.ts';
import { startAutosaveWatcher } from './autosaveWatcher.ts';
import { connectDesktop } from './connectDesktop.ts';
import { restoreRunHistory, startRunHistoryPersistence } from './runHistoryPersistence.ts';

let started = false;

/** Whether the launch opens the built-in baseline (no file, recovered or restored edit). */
function launchesBaseline(launch: LaunchState | undefined): boolean {
  if (launch?.openedFile || launch?.recovered) return false;
  const saved = readAutosave();
  return !saved || (saved.source.kind === 'builtin' && !saved.dirty);
}

async function loadFirstScenario(launch: LaunchState | undefined): Promise<boolean> {
  if (launch?.openedFile) {
    loadFileJson(launch.openedFile.fileName, launch.openedFile.json);
    return true;
  }
  const notice = useWorkbenchStore.getState().showNotice;
  if (launch?.recovered) {
    const { json, dirty, filePath } = launch.recovered;
    const fileName = filePath?.split(/[\\/]/).pop();
    useScenarioStore
      .getState()
      .load(json, fileName ? { kind: 'file', fileName } : { kind: 'untitled' }, { dirty });
    notice({ kind: 'info', key: 'library.recovered' });
    return true;
  }
  const saved = readAutosave();
  // A clean copy of a built-in is not restored: the built-in itself may be newer (an app update).
  if (saved && !(saved.source.kind === 'builtin' && !saved.dirty)) {
    useScenarioStore.getState().load(saved.scenario, saved.source, { dirty: saved.dirty });
    if (saved.dirty) notice({ kind: 'info', key: 'library.restored' });
    return true;
  }
  return loadDefaultBuiltin();
}

/** Whether the working scenario is the built-in whose launch run ships with the app, unedited. */
function isShippedLaunchScenario(): boolean {
  const { source, dirty } = useScenarioStore.getState();
  return source.kind === 'builtin' && source.id === BASELINE_ID && !dirty;
}

/** Runs once per page load (React's StrictMode mounts twice in development). */
export async function startWorkbench(): Promise<void> {
  if (started) return;
  started = true;
  performance.mark('scoda:workbench-start');
  // The worker starts loading now, while the scenario is read: the launch's first call waits less.
  getSimClient();
  const launch = await connectDesktop();
  startValidationWatcher();
  watchFullscreenExit();
  // The run history (every stored run's matrices) is read back beside the launch's run, not
  // before it: the first figures wait for neither.
  const restored = restoreRunHistory().then(startRunHistoryPersistence);
  // The run shipped with the app is fetched while the baseline itself loads.
  if (launchesBaseline(launch)) void shippedRunText();
  const loaded = await loadFirstScenario(launch);
  const fromShipped = isShippedLaunchScenario();
  performance.mark('scoda:scenario-loaded');
  startAutosaveWatcher();
  // The launch's run is often the one made last time: a stored result of the same scenario, seed
  // and engine is shown at once (issue 17: first figures within 3 s).
  // The map waits for the launch (useWorkbenchStore mapHeld): a live run lets it start as soon
  // as the run is under way; figures shown from a store hold it until they are painted (MapSlot).
  const releaseMap = (): void => useWorkbenchStore.getState().releaseMap();
  try {
    if (loaded)
      await runWorkingScenario({ replications: 1, fromCache: true, fromShipped, onRunStarted: releaseMap });
  } finally {
    if (useRunStore.getState().result === undefined) releaseMap();
  }
  // The run pool's workers start now, the launch's figures shown, and wait idle for a Run.
  warmRunPool();
  await restored;
}

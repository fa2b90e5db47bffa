// Runs the working scenario in a worker and files the result: the run store (what the map and the
// dashboard show) and the session's run history (for Compare). Plain functions, callable from
// buttons, menu commands and shortcuts alike.
import type { RunProgress, Scenario } from '../../../../sim-core/src/api/types.ts';
import { endComparison } from '../compare/compareActions.ts';
import { getSimClient, isRunCancelled, startRun, type RunHandle } from '../../sim-client/simClient.ts';
import { useRunHistoryStore } from '../../state/useRunHistoryStore.ts';
import { useRunStore } from '../../state/useRunStore.ts';
import { useScenarioStore } from '../../state/useScenarioStore.ts';
import { useWorkbenchStore } from '../../state/useWorkbenchStore.ts';

let current: RunHandle | undefined;
let runCounter = 0;

/**
 * The progress bar moves at most this often. The worker reports every simulated week, up to
 * dozens of times a second; each report shown repaints the page, which is a full frame for the
 * compositor (tens of ms of CPU in software rendering, taken from the run and the UI). Four
 * updates a second still read as smooth.
 */
const PROGRESS_INTERVAL_MS = 250;

/** Passes progress on at most once per PROGRESS_INTERVAL_MS (the first report at once). */
function throttledProgress(show: (progress: RunProgress) => void): (progress: RunProgress) => void {
  let shownAtMs = Number.NEGATIVE_INFINITY;
  return (progress) => {
    const now = performance.now();
    if (now - shownAtMs < PROGRESS_INTERVAL_MS) return;
    shownAtMs = now;
    show(progress);
  };
}

/** Why a run is refused right now, as an i18n key, or undefined when it may start. */
export function runRefusal(): string | undefined {
  if (useRunHistoryStore.getState().running) return 'run.refused.running';
  if (useScenarioStore.getState().scenario === undefined) return 'run.refused.noScenario';
  return undefined;
}

function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

async function validated(scenario: unknown): Promise<Scenario | undefined> {
  const outcome = await getSimClient().validateScenario(scenario);
  if (outcome.ok) return outcome.scenario;
  useRunHistoryStore.getState().failRun(undefined);
  useWorkbenchStore
    .getState()
    .showNotice({ kind: 'error', key: 'run.refused.invalid', values: { count: outcome.issues.length } });
  return undefined;
}

/**
 * Runs the working scenario, validated once here (an invalid one is refused with a notice; the
 * pool runs the validated scenario without validating it again). Resolves
 * when the run has finished, failed or been cancelled; never rejects.
 */
export async function runWorkingScenario(options?: { replications?: number }): Promise<void> {
  if (runRefusal() !== undefined) return;
  const history = useRunHistoryStore.getState();
  const settings = useWorkbenchStore.getState();
  const input = useScenarioStore.getState().scenario;
  const replications = options?.replications ?? settings.replications;
  history.startRunning();
  try {
    const scenario = await validated(input);
    if (!scenario) return;
    const seed = settings.seed ?? scenario.seed;
    current = startRun(scenario, {
      seed,
      replications,
      onProgress: throttledProgress((progress) => useRunHistoryStore.getState().setProgress(progress)),
    });
    const result = await current.result;
    runCounter += 1;
    // A new run is what the planner wants to see: it ends a comparison on the map.
    if (useRunStore.getState().compareResult) endComparison();
    useRunStore.getState().setRun(scenario, result);
    useRunHistoryStore.getState().finishRun({
      id: `run-${runCounter}`,
      scenarioName: scenario.name,
      finishedAtMs: Date.now(),
      seed,
      replications,
      scenario,
      result,
    });
  } catch (error) {
    useRunHistoryStore.getState().failRun(isRunCancelled(error) ? undefined : errorMessage(error));
  } finally {
    current = undefined;
  }
}

/** Stops the run in progress (its worker is terminated); the previous result stays on screen. */
export function cancelRun(): void {
  current?.cancel();
}

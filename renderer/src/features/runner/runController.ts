// Runs the working scenario in a worker and files the result: the run store (what the map and the
// dashboard show) and the session's run history (for Compare). Plain functions, callable from
// buttons, menu commands and shortcuts alike.
import type { RunProgress, Scenario, ValidationOutcome } from '../../../../sim-core/src/api/types.ts';
import { endComparison, isComparing } from '../compare/compareActions.ts';
import {
  cancelledError,
  getSimClient,
  isRunCancelled,
  startRun,
  type RunHandle,
} from '../../sim-client/simClient.ts';
import { useLiveFiguresStore } from '../../state/useLiveFiguresStore.ts';
import { useRunHistoryStore, type RunRecord } from '../../state/useRunHistoryStore.ts';
import { useRunStore } from '../../state/useRunStore.ts';
import { useScenarioStore } from '../../state/useScenarioStore.ts';
import { cachedRun, cacheKeyOf, rememberRun, shippedRun, shippedRunOfInput } from './resultCache.ts';
import { useWorkbenchStore } from '../../state/useWorkbenchStore.ts';

let current: RunHandle | undefined;
/**
 * The run being prepared (shipped-run look-up, validation, cache look-up) before it has a worker
 * to terminate: Cancel pressed then marks it, and it stops at its next step instead of starting.
 */
let preparing: { cancelled: boolean } | undefined;

/** A run id that stays unique across reloads (runs are kept in IndexedDB). */
function newRunId(): string {
  return `run-${crypto.randomUUID()}`;
}

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

/** The validated scenario of `outcome`, or undefined (with a notice) when it is invalid. */
function validScenarioOf(outcome: ValidationOutcome): Scenario | undefined {
  if (outcome.ok) return outcome.scenario;
  useRunHistoryStore.getState().failRun(undefined);
  useWorkbenchStore
    .getState()
    .showNotice({ kind: 'error', key: 'run.refused.invalid', values: { count: outcome.issues.length } });
  return undefined;
}

/** Files a run not computed now (shipped with the app, or from the result store) and shows it. */
function showStored(
  record: RunRecord,
  origin: 'build' | 'store',
  options: { showWhenDone: boolean },
): RunRecord {
  performance.mark(origin === 'build' ? 'scoda:run-shipped-hit' : 'scoda:run-cache-hit');
  if (options.showWhenDone) {
    useLiveFiguresStore
      .getState()
      .setCached({ result: record.result, finishedAtMs: record.finishedAtMs, origin });
    useRunStore.getState().setRun(record.scenario, record.result);
    performance.mark('scoda:run-shown');
  }
  useRunHistoryStore.getState().finishRun(record);
  useWorkbenchStore.getState().showNotice({
    kind: 'info',
    key: origin === 'build' ? 'results:runCache.shipped' : 'results:runCache.shown',
  });
  return record;
}

/**
 * Runs `input` (validated first: an invalid one is refused with a notice) and files the run in the
 * history. Resolves with the run's record, or undefined when it failed or was cancelled; never
 * rejects. `showWhenDone` puts the result on show as the latest run. The scenario is validated once
 * here; the pool runs the validated scenario without validating it again.
 */
export async function runScenarioInput(
  input: unknown,
  options: {
    seed?: number | undefined;
    replications: number;
    showWhenDone: boolean;
    /**
     * Show a result of the same scenario, seed, replications and engine build, shipped with the
     * app or stored by an earlier run, instead of running (the launch).
     */
    fromCache?: boolean;
    /** Look for the result shipped with the app too (the launch of the built-in baseline). */
    fromShipped?: boolean;
    /** Called once the live run has started (not when a stored result is shown instead). */
    onRunStarted?: () => void;
  },
): Promise<RunRecord | undefined> {
  if (runRefusal() !== undefined) return undefined;
  useRunHistoryStore.getState().startRunning();
  const preparation = { cancelled: false };
  preparing = preparation;
  /** Throws the cancellation error when Cancel was pressed while the run was being prepared. */
  const unlessCancelled = <T>(value: T): T => {
    if (preparation.cancelled) throw cancelledError();
    return value;
  };
  // The cards drop the figures on show at once (validation and the cache look-up take a moment).
  if (options.showWhenDone) useLiveFiguresStore.getState().startProvisional(undefined, options.replications);
  try {
    const replications = options.replications;
    const chosenSeed = options.seed ?? useWorkbenchStore.getState().seed;
    // The launch of the built-in baseline: the run shipped with the app matches the file as
    // loaded, so it shows before the scenario is validated (seconds sooner on a first launch).
    const shippedAsLoaded = unlessCancelled(
      options.fromShipped ? await shippedRunOfInput(input, chosenSeed, replications) : undefined,
    );
    if (shippedAsLoaded) return showStored(shippedAsLoaded, 'build', options);
    // Cancelled while validating: the run just stops, with no "invalid scenario" notice.
    const scenario = validScenarioOf(unlessCancelled(await getSimClient().validateScenario(input)));
    if (!scenario) return undefined;
    // Stages of a run in the page's timeline (the first-figures bench reads them).
    performance.mark('scoda:run-validated');
    const seed = chosenSeed ?? scenario.seed;
    const { key: cacheKey, scenarioHash } = unlessCancelled(await cacheKeyOf(scenario, seed, replications));
    performance.mark('scoda:run-cache-key');
    // The result shipped with the app first, then the result store.
    const shipped = unlessCancelled(options.fromShipped ? await shippedRun(cacheKey) : undefined);
    if (shipped) return showStored(shipped, 'build', options);
    const cached = unlessCancelled(options.fromCache ? await cachedRun(cacheKey) : undefined);
    if (options.fromCache && !cached) performance.mark('scoda:run-cache-miss');
    if (cached) return showStored(cached, 'store', options);
    const live = useLiveFiguresStore.getState();
    // Progressive figures: the cards show the running mean of the replications finished so far,
    // marked provisional, until the whole run is in (only for a run that will be shown); until the
    // first replication is in they hold their places, so the previous run's final figures never
    // show as if they were this run's (whatever the number of replications).
    if (options.showWhenDone) live.startProvisional(scenario, replications);
    preparing = undefined;
    current = startRun(scenario, {
      seed,
      replications,
      scenarioHash,
      onProgress: throttledProgress((progress) => useRunHistoryStore.getState().setProgress(progress)),
      ...(options.showWhenDone && replications > 1
        ? { onReplication: (replication) => useLiveFiguresStore.getState().addReplication(replication.kpis) }
        : {}),
    });
    options.onRunStarted?.();
    const result = await current.result;
    if (options.showWhenDone) {
      live.setCached(undefined);
      useRunStore.getState().setRun(scenario, result);
      performance.mark('scoda:run-shown');
    }
    const record: RunRecord = {
      id: newRunId(),
      scenarioName: scenario.name,
      name: undefined,
      note: '',
      finishedAtMs: Date.now(),
      seed,
      replications,
      scenario,
      result,
    };
    useRunHistoryStore.getState().finishRun(record);
    rememberRun(cacheKey, record);
    return record;
  } catch (error) {
    useRunHistoryStore.getState().failRun(isRunCancelled(error) ? undefined : errorMessage(error));
    return undefined;
  } finally {
    current = undefined;
    if (preparing === preparation) preparing = undefined;
    if (options.showWhenDone) useLiveFiguresStore.getState().endProvisional();
  }
}

/** Runs the working scenario; a new run is what the planner wants to see, so it ends a comparison. */
export async function runWorkingScenario(options?: {
  replications?: number;
  fromCache?: boolean;
  fromShipped?: boolean;
  onRunStarted?: () => void;
}): Promise<void> {
  const input = useScenarioStore.getState().scenario;
  const replications = options?.replications ?? useWorkbenchStore.getState().replications;
  const record = await runScenarioInput(input, {
    replications,
    showWhenDone: true,
    fromCache: options?.fromCache ?? false,
    fromShipped: options?.fromShipped ?? false,
    ...(options?.onRunStarted ? { onRunStarted: options.onRunStarted } : {}),
  });
  if (record && isComparing()) endComparison();
}

/**
 * Stops the run in progress (its workers are terminated), or the run being prepared before it
 * starts; the previous result stays on screen.
 */
export function cancelRun(): void {
  if (preparing) preparing.cancelled = true;
  current?.cancel();
}

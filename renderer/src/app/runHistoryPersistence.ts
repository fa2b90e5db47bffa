// Keeps the run history across reloads: read back from IndexedDB at start, written back (debounced)
// when runs are added, renamed, annotated or removed. The comparison is not restored: the launch
// shows its own run first.
import { loadStoredRuns, syncStoredRuns } from '../platform/runArchive.ts';
import { useRunHistoryStore, type RunRecord } from '../state/useRunHistoryStore.ts';

const WRITE_DELAY_MS = 400;
/** Puts the stored runs back in the history. */
export async function restoreRunHistory(): Promise<RunRecord[]> {
  const runs = await loadStoredRuns<RunRecord>();
  if (runs.length > 0) useRunHistoryStore.getState().addRuns(runs);
  return runs;
}

/**
 * Writes changes of the history to storage from now on. `stored`: the runs storage already holds
 * (restored); a run filed while they were being read (the launch's) is written at once.
 */
export function startRunHistoryPersistence(stored: readonly RunRecord[]): void {
  let written = new Map(stored.map((run) => [run.id, run]));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    const { runs } = useRunHistoryStore.getState();
    const now = new Map(runs.map((run) => [run.id, run]));
    const put = runs.filter((run) => written.get(run.id) !== run);
    const remove = [...written.keys()].filter((id) => !now.has(id));
    written = now;
    if (put.length > 0 || remove.length > 0) void syncStoredRuns(put, remove).catch(() => undefined);
  };
  useRunHistoryStore.subscribe((state, previous) => {
    if (state.runs === previous.runs) return;
    if (timer === undefined) timer = setTimeout(flush, WRITE_DELAY_MS);
  });
  if (useRunHistoryStore.getState().runs.some((run) => written.get(run.id) !== run))
    timer = setTimeout(flush, WRITE_DELAY_MS);
}

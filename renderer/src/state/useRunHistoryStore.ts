// The runs made on this machine (kept across reloads, see platform/runArchive.ts) and the state of
// the run in progress. The comparison is ONE selection here, a list of run ids: the first is the
// reference A, the others the variants B, C, D. Everything that shows a comparison (the Compare
// panel, the dashboard, the map) derives what it draws from this list, so nothing is kept in step
// by hand. Results are kept whole (typed arrays), so the history is short.
import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { RunResult, Scenario } from '../../../sim-core/src/api/types.ts';

type LocalizedText = Scenario['name'];

/** Runs kept; the oldest is dropped first (runs in the comparison are kept over older others). */
export const RUN_HISTORY_LIMIT = 8;
/** Runs side by side in Compare: A and up to three variants. */
export const COMPARE_LIMIT = 4;

export interface RunRecord {
  id: string;
  scenarioName: LocalizedText;
  /** The planner's own name for the run; undefined: named by its scenario and what changed. */
  name: string | undefined;
  /** The planner's note (why the run was made, what to look at). */
  note: string;
  /** Wall-clock time the run finished, ms since the epoch (for the label). */
  finishedAtMs: number;
  seed: number;
  replications: number;
  scenario: Scenario;
  result: RunResult;
}

export interface RunProgressState {
  fraction: number;
  replication: number;
  simDay: number;
}

export interface RunHistoryState {
  running: boolean;
  progress: RunProgressState | undefined;
  /** The last run's failure, said for the user. */
  error: string | undefined;
  runs: RunRecord[];
  /** Run ids in the comparison: [A, B, C, D]; deltas are variant − A. Fewer than two: none. */
  compareIds: string[];
  startRunning(): void;
  setProgress(progress: RunProgressState): void;
  finishRun(record: RunRecord): void;
  failRun(error: string | undefined): void;
  /** Puts `runId` in slot `slot` (0 = A) of the comparison, or empties the slot. */
  pickCompare(slot: number, runId: string | undefined): void;
  setCompare(runIds: string[]): void;
  renameRun(runId: string, name: string): void;
  setRunNote(runId: string, note: string): void;
  /** Runs read back from storage (or a file), older first; the newest RUN_HISTORY_LIMIT stay. */
  addRuns(records: RunRecord[]): void;
  removeRun(runId: string): void;
}

/** The newest runs, keeping those still compared. */
function trimRuns(runs: RunRecord[], compareIds: string[]): RunRecord[] {
  if (runs.length <= RUN_HISTORY_LIMIT) return runs;
  const kept = new Set(compareIds);
  let excess = runs.length - RUN_HISTORY_LIMIT;
  return runs.filter((run) => {
    if (excess > 0 && !kept.has(run.id)) {
      excess--;
      return false;
    }
    return true;
  });
}

function withRuns(runs: RunRecord[], compareIds: string[]): Pick<RunHistoryState, 'runs' | 'compareIds'> {
  const trimmed = trimRuns(runs, compareIds);
  const alive = new Set(trimmed.map((run) => run.id));
  return { runs: trimmed, compareIds: compareIds.filter((id) => alive.has(id)) };
}

function updateRun(runs: RunRecord[], runId: string, change: Partial<RunRecord>): RunRecord[] {
  return runs.map((run) => (run.id === runId ? { ...run, ...change } : run));
}

export const useRunHistoryStore = create<RunHistoryState>()((set) => ({
  running: false,
  progress: undefined,
  error: undefined,
  runs: [],
  compareIds: [],
  startRunning: () =>
    set({ running: true, progress: { fraction: 0, replication: 0, simDay: 0 }, error: undefined }),
  // Progress messages are fire-and-forget: one may arrive after the run has ended.
  setProgress: (progress) => set((state) => (state.running ? { progress } : {})),
  finishRun: (record) =>
    set((state) => ({
      running: false,
      progress: undefined,
      // A run filed again (a cached result) replaces its earlier entry.
      ...withRuns([...state.runs.filter((run) => run.id !== record.id), record], state.compareIds),
    })),
  failRun: (error) => set({ running: false, progress: undefined, error }),
  pickCompare: (slot, runId) =>
    set((state) => {
      const ids = state.compareIds.slice(0, COMPARE_LIMIT);
      if (runId === undefined) ids.splice(slot, 1);
      else ids[Math.min(slot, ids.length)] = runId;
      // A run is in the comparison once.
      return { compareIds: ids.filter((id, index) => ids.indexOf(id) === index) };
    }),
  setCompare: (runIds) => set({ compareIds: [...new Set(runIds)].slice(0, COMPARE_LIMIT) }),
  renameRun: (runId, name) =>
    set((state) => ({ runs: updateRun(state.runs, runId, { name: name.trim() || undefined }) })),
  setRunNote: (runId, note) => set((state) => ({ runs: updateRun(state.runs, runId, { note }) })),
  addRuns: (records) =>
    set((state) => {
      const known = new Set(state.runs.map((run) => run.id));
      const fresh = records.filter((record) => !known.has(record.id));
      const runs = [...state.runs, ...fresh].sort((a, b) => a.finishedAtMs - b.finishedAtMs);
      return withRuns(runs, state.compareIds);
    }),
  removeRun: (runId) =>
    set((state) =>
      withRuns(
        state.runs.filter((run) => run.id !== runId),
        state.compareIds.filter((id) => id !== runId),
      ),
    ),
}));

/** The compared runs in selection order (A first); empty when fewer than two are picked. */
export function comparedRuns(state: Pick<RunHistoryState, 'runs' | 'compareIds'>): RunRecord[] {
  const byId = new Map(state.runs.map((run) => [run.id, run]));
  const picked = state.compareIds.flatMap((id) => byId.get(id) ?? []);
  return picked.length >= 2 ? picked : [];
}

/** The compared runs, for views (re-renders only when the selection or its runs change). */
export function useComparedRuns(): RunRecord[] {
  return useRunHistoryStore(useShallow(comparedRuns));
}

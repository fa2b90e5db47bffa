// The runs made in this session (for Compare) and the state of the run in progress. Results are
// kept whole (typed arrays), so the history is short.
import { create } from 'zustand';
import type { RunResult, Scenario } from '../../../sim-core/src/api/types.ts';

type LocalizedText = Scenario['name'];

/** Runs kept for comparison; the oldest is dropped first. */
export const RUN_HISTORY_LIMIT = 8;

export interface RunRecord {
  id: string;
  scenarioName: LocalizedText;
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
  /** Run ids picked for Compare (A is the reference, B the variant: deltas are B − A). */
  compareA: string | undefined;
  compareB: string | undefined;
  startRunning(): void;
  setProgress(progress: RunProgressState): void;
  finishRun(record: RunRecord): void;
  failRun(error: string | undefined): void;
  pickCompare(slot: 'A' | 'B', runId: string | undefined): void;
}

export const useRunHistoryStore = create<RunHistoryState>()((set) => ({
  running: false,
  progress: undefined,
  error: undefined,
  runs: [],
  compareA: undefined,
  compareB: undefined,
  startRunning: () =>
    set({ running: true, progress: { fraction: 0, replication: 0, simDay: 0 }, error: undefined }),
  // Progress messages are fire-and-forget: one may arrive after the run has ended.
  setProgress: (progress) => set((state) => (state.running ? { progress } : {})),
  finishRun: (record) =>
    set((state) => {
      const runs = [...state.runs, record].slice(-RUN_HISTORY_LIMIT);
      const alive = (id: string | undefined) => (runs.some((run) => run.id === id) ? id : undefined);
      return {
        running: false,
        progress: undefined,
        runs,
        compareA: alive(state.compareA),
        compareB: alive(state.compareB),
      };
    }),
  failRun: (error) => set({ running: false, progress: undefined, error }),
  pickCompare: (slot, runId) => set(slot === 'A' ? { compareA: runId } : { compareB: runId }),
}));

// What the key-figure cards need to know beyond the run on show: a run still going on (its
// replications finished so far, for provisional figures) and whether the run on show came from the
// result store (the launch cache) and when it was made. Written by the runner, read by the cards.
import { create } from 'zustand';
import type { Kpis, RunResult, Scenario } from '../../../sim-core/src/api/types.ts';

/** A run in progress, as far as it has come: never a final result. */
export interface ProvisionalRun {
  /** The validated scenario; undefined while the run is still being validated and prepared. */
  scenario: Scenario | undefined;
  /** Replications the run will have. */
  total: number;
  /** The KPIs of each replication finished so far, in finishing order. */
  kpis: Kpis[];
}

/** A run shown from the result store instead of being run again. */
export interface CachedShown {
  result: RunResult;
  /** When the stored run was made (ms since the epoch). */
  finishedAtMs: number;
  /** Where it was stored: shipped with the app build, or the result store of earlier runs. */
  origin: 'build' | 'store';
}

export interface LiveFiguresState {
  provisional: ProvisionalRun | undefined;
  cached: CachedShown | undefined;
  /** A run to be shown starts (`scenario` undefined until it is validated). */
  startProvisional(scenario: Scenario | undefined, total: number): void;
  addReplication(kpis: Kpis): void;
  endProvisional(): void;
  setCached(cached: CachedShown | undefined): void;
}

export const useLiveFiguresStore = create<LiveFiguresState>()((set) => ({
  provisional: undefined,
  cached: undefined,
  startProvisional: (scenario, total) => set({ provisional: { scenario, total, kpis: [] } }),
  addReplication: (kpis) =>
    set((state) =>
      state.provisional
        ? { provisional: { ...state.provisional, kpis: [...state.provisional.kpis, kpis] } }
        : {},
    ),
  endProvisional: () => set({ provisional: undefined }),
  setCached: (cached) => set({ cached }),
}));

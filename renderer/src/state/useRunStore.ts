// The scenario being worked on and the results of its latest run. One store for this concern;
// the map and the dashboard read it, the workbench's actions write it. Non-React code (the
// frame loop) reads useRunStore.getState().
import { useDeferredValue } from 'react';
import { create } from 'zustand';
import type { RunResult, Scenario } from '../../../sim-core/src/api/types.ts';

export interface RunState {
  /** The validated scenario the latest result was computed from. */
  scenario: Scenario | undefined;
  /** The latest run (run A in a comparison). */
  result: RunResult | undefined;
  /** Run B of a comparison, when one is picked. */
  compareResult: RunResult | undefined;
  setRun(scenario: Scenario, result: RunResult): void;
  setCompareRun(result: RunResult | undefined): void;
}

export const useRunStore = create<RunState>()((set) => ({
  scenario: undefined,
  result: undefined,
  compareResult: undefined,
  setRun: (scenario, result) => set({ scenario, result }),
  setCompareRun: (compareResult) => set({ compareResult }),
}));

/** The run as the views that draw it see it (see useShownRun). */
export interface ShownRun {
  scenario: Scenario | undefined;
  result: RunResult | undefined;
  compareResult: RunResult | undefined;
}

/**
 * The run for the views that draw it: KPI cards, charts, the table, the map. Deferred, because a
 * result from the worker lands in one task and zustand's updates render synchronously: every view
 * taking it in at once, effects included (uPlot, the map's model), made one task of tens of ms,
 * over the 50 ms frame budget on a busy machine. Through useDeferredValue they take it in a
 * following time-sliced render, with their effects in later tasks. The three values change
 * together in that render, so a view never sees a result with another run's scenario.
 */
export function useShownRun(): ShownRun {
  const scenario = useDeferredValue(useRunStore((s) => s.scenario));
  const result = useDeferredValue(useRunStore((s) => s.result));
  const compareResult = useDeferredValue(useRunStore((s) => s.compareResult));
  return { scenario, result, compareResult };
}

// The scenario being worked on and the results of its latest run. One store for this concern;
// the map and the dashboard read it, the workbench's actions write it. Non-React code (the
// frame loop) reads useRunStore.getState().
import { useDeferredValue } from 'react';
import { create } from 'zustand';
import type { RunResult, Scenario } from '../../../sim-core/src/api/types.ts';
import { useComparedRuns } from './useRunHistoryStore.ts';

export interface RunState {
  /** The validated scenario the latest result was computed from. */
  scenario: Scenario | undefined;
  /** The latest run. A comparison is not kept here: it is the run history's selection. */
  result: RunResult | undefined;
  setRun(scenario: Scenario, result: RunResult): void;
}

export const useRunStore = create<RunState>()((set) => ({
  scenario: undefined,
  result: undefined,
  setRun: (scenario, result) => set({ scenario, result }),
}));

/** The run as the views that draw it see it (see useShownRun). */
export interface ShownRun {
  scenario: Scenario | undefined;
  result: RunResult | undefined;
  /** Run B of a comparison (the first variant), drawn beside A. */
  compareResult: RunResult | undefined;
  /** Run B's scenario: its lanes that A lacks (a new route) are drawn too, with A at zero. */
  compareScenario: Scenario | undefined;
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
  const now = useShownRunNow();
  const scenario = useDeferredValue(now.scenario);
  const result = useDeferredValue(now.result);
  const compareResult = useDeferredValue(now.compareResult);
  const compareScenario = useDeferredValue(now.compareScenario);
  return { scenario, result, compareResult, compareScenario };
}

/**
 * The same run without the deferral, for the key-figure cards alone: a handful of numbers, cheap
 * to take in within the task that brings the result, so the first key figures are painted before
 * the charts, the table and the map have taken it in (issue 17: first figures within 3 s).
 */
export function useShownRunNow(): ShownRun {
  const [a, b] = useComparedRuns();
  const latestScenario = useRunStore((s) => s.scenario);
  const latestResult = useRunStore((s) => s.result);
  // While runs are compared, A is the run on show and B is drawn beside it.
  return {
    scenario: a ? a.scenario : latestScenario,
    result: a ? a.result : latestResult,
    compareResult: b?.result,
    compareScenario: b?.scenario,
  };
}

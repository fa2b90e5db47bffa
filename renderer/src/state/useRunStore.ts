// The scenario being worked on and the results of its latest run. One store for this concern;
// the map and the dashboard read it, the workbench's actions write it. Non-React code (the
// frame loop) reads useRunStore.getState().
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

// The Experiments view's state, kept while the view is closed: the settings, the run in progress
// (its handle, for cancel and "open as scenario") and the last results. Results are small (a few
// numbers per point, replication and KPI), so they live here; no replication matrices.
import { create } from 'zustand';
import type {
  ExperimentOutline,
  ExperimentPointResult,
  ExperimentTables,
} from '../../../../sim-core/src/api/experimentTypes.ts';
import type { ExperimentHandle } from '../../sim-client/experimentClient.ts';
import type { ExperimentSettings, ParameterSetting } from './experimentModel.ts';

export type ExperimentStatus =
  | { kind: 'idle' }
  | { kind: 'running'; fraction: number; pointsDone: number; points: number }
  | { kind: 'invalid'; issues: Array<{ path: string; message: string }> }
  | { kind: 'failed'; message: string };

export interface ExperimentResults {
  outline: ExperimentOutline;
  results: ExperimentPointResult[];
  tables: ExperimentTables;
  /** What the base scenario was called when the experiment ran (file names, notices). */
  scenarioName: string;
}

export interface ExperimentState {
  settings: ExperimentSettings;
  status: ExperimentStatus;
  handle: ExperimentHandle | undefined;
  results: ExperimentResults | undefined;
  setSettings(change: Partial<ExperimentSettings>): void;
  setParameter(index: number, change: Partial<ParameterSetting>): void;
  addParameter(parameter: ParameterSetting): void;
  removeParameter(index: number): void;
}

export const DEFAULT_SETTINGS: ExperimentSettings = {
  parameters: [],
  design: 'grid',
  lhsPoints: 10,
  lhsSeed: 1,
  replications: 3,
  seed: undefined,
  durationDays: undefined,
  metrics: ['trainsPerYear', 'meanSeaRailTransitDays'],
};

export const useExperimentStore = create<ExperimentState>()((set) => ({
  settings: DEFAULT_SETTINGS,
  status: { kind: 'idle' },
  handle: undefined,
  results: undefined,
  setSettings: (change) => set((state) => ({ settings: { ...state.settings, ...change } })),
  setParameter: (index, change) =>
    set((state) => ({
      settings: {
        ...state.settings,
        parameters: state.settings.parameters.map((p, i) => (i === index ? { ...p, ...change } : p)),
      },
    })),
  addParameter: (parameter) =>
    set((state) => ({
      settings: { ...state.settings, parameters: [...state.settings.parameters, parameter] },
    })),
  removeParameter: (index) =>
    set((state) => ({
      settings: { ...state.settings, parameters: state.settings.parameters.filter((_, i) => i !== index) },
    })),
}));

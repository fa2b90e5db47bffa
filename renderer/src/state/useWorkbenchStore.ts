// What the workbench shows and how it runs: replications, seed, the open panel, presentation mode,
// the shortcuts dialog and one-line notices. UI state only; no results here.
import { create } from 'zustand';
import { MAX_REPLICATIONS } from '../../../sim-core/src/vocabulary/limits.ts';

export type WorkbenchTab = 'library' | 'editor' | 'network' | 'json' | 'compare' | 'experiments';
export type DashboardTab = 'kpis' | 'charts' | 'table';

export const MIN_REPLICATIONS = 1;
export { MAX_REPLICATIONS };

export interface Notice {
  kind: 'info' | 'error';
  /** An i18n key with its values, so the notice follows a language switch. */
  key: string;
  values?: Record<string, string | number>;
}

/** How the node and link table is sorted (kept here so it survives the dashboard unmounting). */
export interface TableSort {
  column:
    | 'type'
    | 'id'
    | 'name'
    | 'category'
    | 'teu'
    | 'vehicles'
    | 'utilisation'
    | 'dwellHours'
    | 'passThroughTeu'
    | 'passThroughVehicles';
  descending: boolean;
}

export interface WorkbenchState {
  replications: number;
  tableSort: TableSort;
  setTableSort(sort: TableSort): void;
  seed: number | undefined;
  tab: WorkbenchTab;
  dashboardTab: DashboardTab;
  presentation: boolean;
  shortcutsOpen: boolean;
  aboutOpen: boolean;
  notice: Notice | undefined;
  /**
   * The map waits for the launch: creating its WebGL context and shaders holds the page's thread
   * for seconds where the GPU is emulated, so it starts once the launch's first figures are on
   * screen or its run is under way (issue 17: first key figures within 3 s).
   */
  mapHeld: boolean;
  releaseMap(): void;
  setReplications(replications: number): void;
  setSeed(seed: number | undefined): void;
  setTab(tab: WorkbenchTab): void;
  setDashboardTab(tab: DashboardTab): void;
  setPresentation(on: boolean): void;
  setShortcutsOpen(open: boolean): void;
  setAboutOpen(open: boolean): void;
  showNotice(notice: Notice | undefined): void;
}

/** Clamps to a whole number of replications in 1..100. */
export function clampReplications(value: number): number {
  if (!Number.isFinite(value)) return MIN_REPLICATIONS;
  return Math.min(MAX_REPLICATIONS, Math.max(MIN_REPLICATIONS, Math.round(value)));
}

export const useWorkbenchStore = create<WorkbenchState>()((set) => ({
  replications: 1,
  tableSort: { column: 'teu', descending: true },
  setTableSort: (tableSort) => set({ tableSort }),
  seed: undefined,
  tab: 'editor',
  dashboardTab: 'charts',
  presentation: false,
  shortcutsOpen: false,
  aboutOpen: false,
  notice: undefined,
  mapHeld: true,
  releaseMap: () => set({ mapHeld: false }),
  setReplications: (replications) => set({ replications: clampReplications(replications) }),
  setSeed: (seed) => set({ seed }),
  setTab: (tab) => set({ tab }),
  setDashboardTab: (dashboardTab) => set({ dashboardTab }),
  setPresentation: (presentation) => set({ presentation }),
  setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen }),
  setAboutOpen: (aboutOpen) => set({ aboutOpen }),
  showNotice: (notice) => set({ notice }),
}));

// The network editor's use of the map: while `picking` is set, a click on the map is not a
// selection but a pick, a node (within a few pixels) or a point (lon, lat), delivered here for
// the editor to take. Coarse state only; the map's pointer handler writes it.
import { create } from 'zustand';

/** What a click picks: a node of the working scenario, or any point (for a new node). */
export type PickMode = 'node' | 'point';

export interface MapEditPick {
  lon: number;
  lat: number;
  /** The working scenario's node under the click, if any. */
  nodeId: string | undefined;
  /** Increases with every pick, so the same place picked twice is still news. */
  serial: number;
}

export interface MapEditState {
  picking: PickMode | undefined;
  lastPick: MapEditPick | undefined;
  setPicking(mode: PickMode | undefined): void;
  deliverPick(pick: Omit<MapEditPick, 'serial'>): void;
}

export const useMapEditStore = create<MapEditState>()((set, get) => ({
  picking: undefined,
  lastPick: undefined,
  setPicking: (picking) => set({ picking }),
  deliverPick: (pick) => set({ lastPick: { ...pick, serial: (get().lastPick?.serial ?? 0) + 1 } }),
}));

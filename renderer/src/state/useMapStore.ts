// What the corridor map shows: globe or flat, which modes, how links are coloured, what the
// pointer is over. Coarse state only; the camera moves every frame, so its pose lives in the
// mutable `cameraView`/`cameraFlight` objects that the scene's frame loop reads and writes.
import { create } from 'zustand';
import type { Mode } from '../../../sim-core/src/api/types.ts';
import { QINGDAO, type CameraViewState } from './mapHome.ts';

export type MapViewMode = 'globe' | 'flat';
export type LinkColorMode = 'throughput' | 'difference';

/** A node or link under the pointer or picked by a click (index in scenario order). */
export interface MapPick {
  kind: 'node' | 'link';
  index: number;
}

export interface CameraTarget {
  lon: number;
  lat: number;
  /** From the camera to the ground, Earth radii (2.5 shows Eurasia, 0.2 a region). */
  distance: number;
}

/** The first view, and where "Back to Qingdao" flies: Eurasia around Qingdao. */
export const HOME_VIEW: CameraTarget = { lon: QINGDAO.lon, lat: QINGDAO.lat - 6, distance: 1.6 };

/** The camera's pose: the ground point it looks at, its distance, tilt and heading (radians). */
// Tilted a little (and aimed just south of Qingdao) so the throughput columns read as columns,
// not dots, from the first frame.
export const cameraView: CameraViewState = { ...HOME_VIEW, tilt: 0.45, heading: 0 };

/** A flight in progress (set by flyTo, advanced by the scene's frame loop). */
export const cameraFlight = {
  active: false,
  fromLon: 0,
  fromLat: 0,
  fromDistance: 0,
  toLon: 0,
  toLat: 0,
  toDistance: 0,
  startMs: 0,
  durationMs: 0,
};

export interface MapState {
  viewMode: MapViewMode;
  layers: Record<Mode, boolean>;
  colorMode: LinkColorMode;
  hovered: MapPick | undefined;
  /** A node or link clicked: its panel stays open until closed or another is clicked. */
  selected: MapPick | undefined;
  /** Counts flyTo calls, so subscribers (the on-demand renderer) hear of a new flight. */
  flights: number;
  setViewMode(mode: MapViewMode): void;
  toggleViewMode(): void;
  setLayer(mode: Mode, visible: boolean): void;
  toggleLayer(mode: Mode): void;
  setColorMode(mode: LinkColorMode): void;
  setHovered(pick: MapPick | undefined): void;
  setSelected(pick: MapPick | undefined): void;
  /** Flies the camera to a ground point over `durationMs` (0 jumps). For the presentation mode. */
  flyTo(target: CameraTarget, durationMs?: number): void;
}

function samePick(a: MapPick | undefined, b: MapPick | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.kind === b.kind && a.index === b.index);
}

export const useMapStore = create<MapState>()((set, get) => ({
  viewMode: 'globe',
  layers: { sea: true, air: true, rail: true, road: true },
  colorMode: 'throughput',
  hovered: undefined,
  selected: undefined,
  flights: 0,
  setViewMode: (viewMode) => set({ viewMode }),
  toggleViewMode: () => set({ viewMode: get().viewMode === 'globe' ? 'flat' : 'globe' }),
  setLayer: (mode, visible) => set({ layers: { ...get().layers, [mode]: visible } }),
  toggleLayer: (mode) => get().setLayer(mode, !get().layers[mode]),
  setColorMode: (colorMode) => set({ colorMode }),
  setHovered: (hovered) => {
    if (!samePick(hovered, get().hovered)) set({ hovered });
  },
  setSelected: (selected) => {
    if (!samePick(selected, get().selected)) set({ selected });
  },
  flyTo: (target, durationMs = 1500) => {
    const lat = Math.max(-85, Math.min(85, target.lat));
    const distance = Math.max(0.05, Math.min(6, target.distance));
    Object.assign(cameraFlight, {
      active: durationMs > 0,
      fromLon: cameraView.lon,
      fromLat: cameraView.lat,
      fromDistance: cameraView.distance,
      toLon: target.lon,
      toLat: lat,
      toDistance: distance,
      startMs: typeof performance === 'undefined' ? 0 : performance.now(),
      durationMs,
    });
    if (durationMs <= 0) Object.assign(cameraView, { lon: target.lon, lat, distance });
    set({ flights: get().flights + 1 });
  },
}));

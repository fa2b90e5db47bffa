// Read-only hooks for end-to-end tests and the benchmark, exposed on window.__scoda.map only when
// the page is opened with ?testHooks=1 (the production build keeps them off otherwise). They
// report what the map shows; the only actions are the timeline's own public actions.
import { samplePosition } from './geometry/routeTexture.ts';
import { TRIP_STRIDE, tripFraction } from './geometry/tripTimeOrigin.ts';
import { frameStats, installFrameStats, resetFrameStats } from './frameStats.ts';
import type { MapModel } from './mapModel.ts';
import { matrixValue } from './mapSource.ts';
import type { MapTestHooks } from './mapTestHooks.ts';
import { requestMapFrame } from './renderOnDemand.ts';
import { screenState } from './screenSpace.ts';
import { vehicleState } from './layers/VehiclesLayer.tsx';
import { timelineClock, useTimelineStore } from '../state/useTimelineStore.ts';
import { useMapStore } from '../state/useMapStore.ts';
import { useRunStore } from '../state/useRunStore.ts';

export type { MapTestHooks } from './mapTestHooks.ts';

declare global {
  interface Window {
    __scoda?: Record<string, unknown>;
  }
}

let currentModel: MapModel | undefined;
let currentCanvas: HTMLElement | undefined;
/** The model the scene has taken (LoadedRun: route texture and timeline configured for it). */
let sceneModel: MapModel | undefined;

/**
 * LoadedRun calls this once it has configured the timeline for `model`: only then does the map
 * report the model's origin, so a test that waits for it reads the clock at the run's first week,
 * not at 0 before the (lazily loaded) scene has taken the run.
 */
export function markSceneModel(model: MapModel | undefined): void {
  sceneModel = model;
}

/** Tells the hooks which model and canvas are on screen. */
export function setTestHookTarget(model: MapModel | undefined, canvas: HTMLElement | undefined): void {
  currentModel = model;
  currentCanvas = canvas;
}

export function testHooksRequested(): boolean {
  return typeof location !== 'undefined' && new URLSearchParams(location.search).get('testHooks') === '1';
}

function activeInstances(kindIndex: number, each?: (fraction: number, link: number) => void): number {
  const fleet = vehicleState.fleet;
  const batch = fleet?.batches[kindIndex];
  // Nothing is drawn before the first frame has packed the buffers around an origin.
  if (!fleet || !batch || !batch.mesh.visible || Number.isNaN(fleet.originHours)) return 0;
  const t = Math.fround(timelineClock.hours - fleet.originHours);
  let n = 0;
  for (let i = 0; i < batch.count; i++) {
    const o = i * TRIP_STRIDE;
    const f = tripFraction(batch.trips[o + 1]!, batch.trips[o + 2]!, batch.trips[o + 3]!, t);
    if (f < 0) continue;
    n++;
    each?.(f, batch.trips[o]!);
  }
  return n;
}

export function installMapTestHooks(): void {
  if (typeof window === 'undefined') return;
  installFrameStats();
  const hooks: MapTestHooks = {
    origin: () => (sceneModel === currentModel ? currentModel?.source.origin : undefined),
    runLoaded: () => useRunStore.getState().result !== undefined,
    nodeIds: () => currentModel?.source.nodes.map((n) => n.id) ?? [],
    nodeScreenPosition: (id) => {
      const i = currentModel?.source.nodes.findIndex((n) => n.id === id) ?? -1;
      const s = screenState.nodeScreen;
      if (i < 0 || s[i * 3 + 2] !== 1 || !currentCanvas) return undefined;
      const frame = currentCanvas.getBoundingClientRect();
      return { x: frame.left + s[i * 3]!, y: frame.top + s[i * 3 + 1]! };
    },
    linkDifference: (id) => {
      const source = currentModel?.source;
      const i = source?.links.findIndex((link) => link.id === id) ?? -1;
      if (!source?.compare || i < 0) return undefined;
      const j = source.compare.linkIds.indexOf(id);
      const distinct = source.compare.distinct;
      let a = 0;
      let b = 0;
      let drawn = 0;
      for (let week = 0; week < source.linkTeu.periods; week++) {
        const teuA = matrixValue(source.linkTeu, week, i);
        const teuB = j >= 0 ? matrixValue(source.compare.linkTeu, week, j) : 0;
        a += teuA;
        b += teuB;
        if (distinct === undefined || distinct[week * source.links.length + i] === 1) drawn += teuB - teuA;
      }
      return { a, b, drawn };
    },
    visibleVehicles: () =>
      Object.fromEntries(
        (vehicleState.fleet?.batches ?? []).map((batch, k) => [batch.kind, activeInstances(k)]),
      ),
    vehiclePositions: (kind, limit = 100) => {
      const k = vehicleState.fleet?.batches.findIndex((b) => b.kind === kind) ?? -1;
      const out: number[][] = [];
      if (k < 0 || !currentModel) return out;
      const model = currentModel;
      activeInstances(k, (fraction, link) => {
        if (out.length >= limit) return;
        const p = [0, 0, 0];
        samplePosition(model.route, Math.round(link), fraction, screenState.flat, p);
        out.push(p);
      });
      return out;
    },
    hours: () => timelineClock.hours,
    setHours: (hours) => useTimelineStore.getState().setHours(hours),
    pause: () => useTimelineStore.getState().pause(),
    frameStats: () => ({
      frames: frameStats.frames,
      meanMs: frameStats.frames > 0 ? frameStats.totalMs / frameStats.frames : 0,
      maxMs: frameStats.maxMs,
    }),
    resetFrameStats,
    invalidate: (frames = 1) => requestMapFrame(frames),
    hovered: () => useMapStore.getState().hovered,
    flyTo: (lon, lat, distance, durationMs = 0) =>
      useMapStore.getState().flyTo({ lon, lat, distance }, durationMs),
  };
  window.__scoda = { ...window.__scoda, map: hooks };
}

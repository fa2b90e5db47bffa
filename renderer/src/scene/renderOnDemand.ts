// The map draws a frame only when something on it changes: playback moves the clock, the camera
// moves (drag, zoom, flyTo, the globe/flat morph), the map's own view state changes, or data
// arrives. An idle map costs nothing, which matters for a desktop app on battery and for software
// WebGL in CI. The frame loop itself asks for the next frame while a flight or morph is under way.
//
// Data (a new run, the week, the language of the labels) asks for its frame from the layer that
// takes it in, once it is in the buffers (layout effects in scene/layers, LoadedRun.tsx,
// NodeLabels.tsx). Subscribing to the run or settings stores here would draw a frame of stale
// layers the moment a result lands, and software WebGL spends 100-300 ms on every map frame.
import { invalidate } from '@react-three/fiber';
import { useMapStore } from '../state/useMapStore.ts';
import { subscribeClock } from '../state/useTimelineStore.ts';

/** Asks for one more frame (or `frames`). Cheap: R3F coalesces requests into the next frame. */
export function requestMapFrame(frames = 1): void {
  invalidate(undefined, frames);
}

/** Redraws when the playback clock or the map's view state changes; returns the unsubscribe. */
export function renderOnChanges(): () => void {
  const redraw = (): void => requestMapFrame();
  const unsubscribers = [subscribeClock(redraw), useMapStore.subscribe(redraw)];
  return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
}

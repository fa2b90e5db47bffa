// The map draws a frame only when something on it changes: playback moves the clock, the camera
// moves (drag, zoom, flyTo, the globe/flat morph), a store the map shows changes, or data arrives.
// An idle map costs nothing, which matters for a desktop app on battery and for software WebGL
// in CI. The frame loop itself asks for the next frame while a flight or morph is under way.
import { invalidate } from '@react-three/fiber';
import { useMapStore } from '../state/useMapStore.ts';
import { useRunStore } from '../state/useRunStore.ts';
import { useSettingsStore } from '../state/useSettingsStore.ts';
import { subscribeClock, useTimelineStore } from '../state/useTimelineStore.ts';

/** Asks for one more frame (or `frames`). Cheap: R3F coalesces requests into the next frame. */
export function requestMapFrame(frames = 1): void {
  invalidate(undefined, frames);
}

/** Redraws on every change the map shows; returns the unsubscribe. */
export function renderOnChanges(): () => void {
  const redraw = (): void => requestMapFrame();
  const unsubscribers = [
    subscribeClock(redraw),
    useTimelineStore.subscribe(redraw),
    useMapStore.subscribe(redraw),
    useRunStore.subscribe(redraw),
    useSettingsStore.subscribe(redraw),
  ];
  return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
}

// The few calls that panels outside the map make on the map's stores (useTimelineStore and
// useMapStore): the keyboard, the charts' cursor, Compare and the presentation story.
import { useMapStore, type CameraTarget, type LinkColorMode } from './useMapStore.ts';
import { useTimelineStore, type TimelineState } from './useTimelineStore.ts';

/** The timeline's actions (play, pause, step, seek). */
export function timeline(): Pick<
  TimelineState,
  'play' | 'pause' | 'toggle' | 'stepDays' | 'setHours' | 'setSpeed'
> {
  return useTimelineStore.getState();
}

/** The playback week (index into the result's weeks). */
export function currentWeekIndex(): number | undefined {
  const week = useTimelineStore.getState().weekIndex;
  return week >= 0 ? week : undefined;
}

/** Calls `listener` when the playback week changes (a few times a second at most); returns the unsubscribe. */
export function subscribeWeekIndex(listener: (week: number) => void): () => void {
  return useTimelineStore.subscribe((state, previous) => {
    if (state.weekIndex !== previous.weekIndex && state.weekIndex >= 0) listener(state.weekIndex);
  });
}

/** Colours the map's links by throughput or by the difference B − A. */
export function setMapColorMode(mode: LinkColorMode): void {
  useMapStore.getState().setColorMode(mode);
}

/** Moves the camera (the presentation story's guided camera). */
export function flyTo(target: CameraTarget, durationMs?: number): void {
  useMapStore.getState().flyTo(target, durationMs);
}

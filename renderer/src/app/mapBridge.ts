// The workbench's view of the map's stores (MAP owns useTimelineStore and useMapStore). Loaded
// through an eager glob so the workbench builds and tests even before those files land; once both
// exist this is a plain static import with the same surface.
// TODO(integration): replace the glob with static imports when MAP's stores are committed.

/** The parts of MAP's timeline store the workbench uses (keyboard, charts cursor, story). */
export interface TimelineApi {
  play(): void;
  pause(): void;
  toggle(): void;
  stepDays(days: number): void;
  setHours(hours: number): void;
  setSpeed(speed: number): void;
}

export interface TimelineSnapshot {
  hours?: number;
  week?: number;
  weekIndex?: number;
  playing?: boolean;
}

interface StoreLike<State> {
  getState(): State;
  subscribe(listener: (state: State, previous: State) => void): () => void;
}

type MapColorMode = 'throughput' | 'difference';

interface MapApi {
  setColorMode?(mode: MapColorMode): void;
  colorMode?: MapColorMode;
  flyTo?(...args: unknown[]): void;
}

const timelineModules = import.meta.glob<StoreLike<TimelineApi & TimelineSnapshot>>(
  '../state/useTimelineStore.ts',
  {
    eager: true,
    import: 'useTimelineStore',
  },
);
const mapModules = import.meta.glob<StoreLike<MapApi>>('../state/useMapStore.ts', {
  eager: true,
  import: 'useMapStore',
});

const timelineStore = Object.values(timelineModules)[0];
const mapStore = Object.values(mapModules)[0];

/** The timeline's actions, or undefined before the map has landed. */
export function timeline(): TimelineApi | undefined {
  return timelineStore?.getState();
}

/** The playback week (0-based index into the result's weeks), or undefined. */
export function currentWeekIndex(): number | undefined {
  const state = timelineStore?.getState();
  return state?.weekIndex ?? state?.week;
}

/** Calls `listener` when the playback week changes; returns an unsubscribe function. */
export function subscribeWeekIndex(listener: (week: number) => void): () => void {
  if (!timelineStore) return () => undefined;
  return timelineStore.subscribe((state, previous) => {
    const week = state.weekIndex ?? state.week;
    const before = previous.weekIndex ?? previous.week;
    if (week !== undefined && week !== before) listener(week);
  });
}

/** Colours the map by throughput or by the difference B − A. */
export function setMapColorMode(mode: MapColorMode): void {
  const state = mapStore?.getState();
  if (state?.setColorMode) state.setColorMode(mode);
  else if (mapStore)
    (mapStore as unknown as { setState(partial: { colorMode: MapColorMode }): void }).setState({
      colorMode: mode,
    });
}

/** Moves the camera (the presentation story's guided camera). */
export function flyTo(...args: unknown[]): void {
  mapStore?.getState().flyTo?.(...args);
}

// Playback of a run on the map: coarse state in React (playing, speed, range, the current week),
// the exact playback hour in a mutable clock that the frame loop reads. Scrubbing and playing
// never re-run the simulation; they only move the clock.
//
// Why two places: the hour changes every frame while playing. Putting it in React state would
// re-render every subscriber 60 times a second; instead the map reads `timelineClock.hours` in
// useFrame and the date label subscribes with `subscribeClock`. React hears only about changes of
// the week (a few times a second at most), which is what the charts and columns need.
import { create } from 'zustand';
import { HOURS_PER_DAY, HOURS_PER_WEEK } from '../../../sim-core/src/vocabulary/time.ts';

/** The exact playback time, sim hours since the scenario's start (midnight of startDate). */
export const timelineClock = { hours: 0 };

/** Speeds offered, days of sim time per second of wall time: a day to a month. */
export const PLAYBACK_SPEEDS_DAYS_PER_SECOND = [1, 3, 7, 14, 30] as const;
/** Longest wall-clock step the player takes in one tick, so a stalled tab does not leap. */
const MAX_TICK_SECONDS = 0.25;

export interface TimelineAxis {
  /** ISO date of sim hour 0. */
  startDate: string;
  /** First playable hour (start of the first reported week, after warm-up). */
  startHours: number;
  /** Last playable hour: the end of the simulation. */
  durationHours: number;
  /** Start of each reported week, sim hours (ReplicationResult.weeks.startHours). */
  weekStartHours: Float64Array;
}

export interface TimelineState {
  playing: boolean;
  speedDaysPerSecond: number;
  startDate: string;
  startHours: number;
  durationHours: number;
  /** Index of the reported week that contains the playback time. */
  weekIndex: number;
  play(): void;
  pause(): void;
  toggle(): void;
  /** Moves playback to sim hour `hours` (clamped to the run). */
  setHours(hours: number): void;
  /** Moves playback by `days` (negative goes back). */
  stepDays(days: number): void;
  setSpeed(daysPerSecond: number): void;
  /** Sets the run's time axis (called when a run is loaded); keeps the clock inside it. */
  configure(axis: TimelineAxis): void;
}

type ClockListener = (hours: number) => void;
const listeners = new Set<ClockListener>();
let weekStartHours: Float64Array = new Float64Array(0);
let frameHandle: number | undefined;
let lastTickMs: number | undefined;

/** Calls `listener` with the playback hour whenever it changes; returns the unsubscribe. */
export function subscribeClock(listener: ClockListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The week containing `hours`: the last week that starts at or before it. */
export function weekIndexAt(hours: number, starts: Float64Array): number {
  if (starts.length === 0) return 0;
  let lo = 0;
  let hi = starts.length - 1;
  if (hours < starts[0]!) return 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= hours) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function moveClock(hours: number): void {
  const { startHours, durationHours, weekIndex } = useTimelineStore.getState();
  const clamped = Math.min(durationHours, Math.max(startHours, hours));
  timelineClock.hours = clamped;
  const week =
    weekStartHours.length > 0
      ? weekIndexAt(clamped, weekStartHours)
      : Math.floor((clamped - startHours) / HOURS_PER_WEEK);
  if (week !== weekIndex) useTimelineStore.setState({ weekIndex: week });
  for (const listener of listeners) listener(clamped);
}

/** Moves a playing timeline on by `elapsedSeconds` of wall time; pauses at the end. */
function advancePlayback(elapsedSeconds: number): void {
  const { playing, speedDaysPerSecond, durationHours, pause } = useTimelineStore.getState();
  if (!playing) return;
  moveClock(timelineClock.hours + elapsedSeconds * speedDaysPerSecond * HOURS_PER_DAY);
  if (timelineClock.hours >= durationHours) pause();
}

function tick(nowMs: number): void {
  if (!useTimelineStore.getState().playing) return;
  const elapsedSeconds =
    lastTickMs === undefined ? 0 : Math.min(MAX_TICK_SECONDS, (nowMs - lastTickMs) / 1000);
  lastTickMs = nowMs;
  advancePlayback(elapsedSeconds);
  if (useTimelineStore.getState().playing) frameHandle = requestAnimationFrame(tick);
}

/** Advances a playing timeline by `elapsedSeconds`, as the animation frames would (for tests). */
export function advanceTimelineForTests(elapsedSeconds: number): void {
  advancePlayback(elapsedSeconds);
}

export const useTimelineStore = create<TimelineState>()((set, get) => ({
  playing: false,
  speedDaysPerSecond: 7,
  startDate: '2025-01-01',
  startHours: 0,
  durationHours: 0,
  weekIndex: 0,
  play: () => {
    const state = get();
    if (state.playing) return;
    // Playing from the end starts again from the beginning, as media players do.
    if (timelineClock.hours >= state.durationHours) moveClock(state.startHours);
    set({ playing: true });
    lastTickMs = undefined;
    if (typeof requestAnimationFrame === 'function') frameHandle = requestAnimationFrame(tick);
  },
  pause: () => {
    if (frameHandle !== undefined && typeof cancelAnimationFrame === 'function')
      cancelAnimationFrame(frameHandle);
    frameHandle = undefined;
    if (get().playing) set({ playing: false });
  },
  toggle: () => (get().playing ? get().pause() : get().play()),
  setHours: (hours) => {
    if (Number.isFinite(hours)) moveClock(hours);
  },
  stepDays: (days) => moveClock(timelineClock.hours + days * HOURS_PER_DAY),
  setSpeed: (daysPerSecond) => {
    if (Number.isFinite(daysPerSecond) && daysPerSecond > 0) set({ speedDaysPerSecond: daysPerSecond });
  },
  configure: (axis) => {
    weekStartHours = axis.weekStartHours;
    set({ startDate: axis.startDate, startHours: axis.startHours, durationHours: axis.durationHours });
    moveClock(timelineClock.hours);
  },
}));

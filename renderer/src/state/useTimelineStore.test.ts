import { beforeEach, describe, expect, it } from 'vitest';
import {
  advanceTimelineForTests,
  subscribeClock,
  timelineClock,
  useTimelineStore,
  weekIndexAt,
} from './useTimelineStore.ts';

const WEEK = 168;
const weeks = Float64Array.from({ length: 10 }, (_, w) => 336 + w * WEEK); // two weeks of warm-up

function reset(): void {
  const store = useTimelineStore.getState();
  store.pause();
  store.configure({
    startDate: '2026-01-01',
    startHours: 336,
    durationHours: 336 + 10 * WEEK,
    weekStartHours: weeks,
  });
  store.setHours(336);
  store.setSpeed(7);
}

describe('useTimelineStore', () => {
  beforeEach(reset);

  it('plays at the chosen speed: a week a second moves the clock 168 hours in a second', () => {
    const store = useTimelineStore.getState();
    store.play();
    advanceTimelineForTests(0.5);
    advanceTimelineForTests(0.5);
    expect(timelineClock.hours).toBeCloseTo(336 + WEEK, 9);
    expect(useTimelineStore.getState().weekIndex).toBe(1);
  });

  it('stands still while paused', () => {
    useTimelineStore.getState().pause();
    advanceTimelineForTests(1);
    expect(timelineClock.hours).toBe(336);
  });

  it('stops at the end of the run, and playing again starts from the beginning', () => {
    const store = useTimelineStore.getState();
    store.setSpeed(30);
    store.play();
    for (let i = 0; i < 20; i++) advanceTimelineForTests(0.25);
    expect(timelineClock.hours).toBe(336 + 10 * WEEK);
    expect(useTimelineStore.getState().playing).toBe(false);
    store.play();
    expect(timelineClock.hours).toBe(336);
    store.pause();
  });

  it('scrubs to an hour, clamped to the run, without playing', () => {
    const store = useTimelineStore.getState();
    store.setHours(336 + 3.5 * WEEK);
    expect(timelineClock.hours).toBe(336 + 3.5 * WEEK);
    expect(useTimelineStore.getState().weekIndex).toBe(3);
    store.setHours(-50);
    expect(timelineClock.hours).toBe(336);
    store.setHours(1e9);
    expect(timelineClock.hours).toBe(336 + 10 * WEEK);
    expect(useTimelineStore.getState().playing).toBe(false);
  });

  it('steps by days and weeks, forward and back', () => {
    const store = useTimelineStore.getState();
    store.stepDays(7);
    expect(timelineClock.hours).toBe(336 + WEEK);
    store.stepDays(-1);
    expect(timelineClock.hours).toBe(336 + WEEK - 24);
    expect(useTimelineStore.getState().weekIndex).toBe(0);
  });

  it('tells React about the week only when the week changes, and clock listeners every move', () => {
    const store = useTimelineStore.getState();
    let renders = 0;
    const unsubscribeStore = useTimelineStore.subscribe(() => renders++);
    const heard: number[] = [];
    const unsubscribeClock = subscribeClock((h) => heard.push(h));
    for (let h = 0; h < 48; h++) store.setHours(336 + h);
    expect(heard).toHaveLength(48);
    expect(renders).toBe(0);
    store.setHours(336 + WEEK + 1);
    expect(renders).toBe(1);
    unsubscribeStore();
    unsubscribeClock();
  });

  it('keeps the speed within what the control offers and ignores nonsense', () => {
    const store = useTimelineStore.getState();
    store.setSpeed(30);
    expect(useTimelineStore.getState().speedDaysPerSecond).toBe(30);
    store.setSpeed(0);
    store.setSpeed(Number.NaN);
    expect(useTimelineStore.getState().speedDaysPerSecond).toBe(30);
  });
});

describe('weekIndexAt', () => {
  it('finds the week that contains an hour, the first week before the start', () => {
    expect(weekIndexAt(0, weeks)).toBe(0);
    expect(weekIndexAt(336 + WEEK - 0.001, weeks)).toBe(0);
    expect(weekIndexAt(336 + WEEK, weeks)).toBe(1);
    expect(weekIndexAt(1e9, weeks)).toBe(9);
  });
});

import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Timeline } from './Timeline.tsx';
import { timelineClock, useTimelineStore } from '../../state/useTimelineStore.ts';
import { useSettingsStore } from '../../state/useSettingsStore.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;

function button(name: string): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === name);
  if (!found) throw new Error(`no button named ${name}`);
  return found;
}

beforeEach(() => {
  useSettingsStore.setState({ language: 'en' });
  const store = useTimelineStore.getState();
  store.pause();
  store.configure({
    startDate: '2026-03-01',
    startHours: 0,
    durationHours: 24 * 70,
    weekStartHours: Float64Array.from({ length: 10 }, (_, w) => w * 168),
  });
  store.setHours(0);
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => root.render(<Timeline />));
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  useTimelineStore.getState().pause();
});

describe('Timeline', () => {
  it('plays and pauses from one button whose name says what it will do', () => {
    act(() => button('Play').click());
    expect(useTimelineStore.getState().playing).toBe(true);
    act(() => button('Pause').click());
    expect(useTimelineStore.getState().playing).toBe(false);
  });

  it('steps by a day and a week, and the date label follows without a re-render', () => {
    const date = container.querySelector('[data-testid="playback-date"]')!;
    expect(date.textContent).toBe('1 Mar 2026');
    act(() => button('Step forward a week').click());
    expect(timelineClock.hours).toBe(168);
    act(() => button('Step forward a day').click());
    act(() => button('Step back a day').click());
    expect(timelineClock.hours).toBe(168);
    expect(date.textContent).toBe('8 Mar 2026');
    // Scrubbing from outside React (the workbench's keys, a chart) updates the label too.
    useTimelineStore.getState().setHours(24 * 13);
    expect(date.textContent).toBe('14 Mar 2026');
    // The second reported week starts on 8 March: the 10th week of 2026 (not "Week 2" of the run).
    expect(container.textContent).toContain('Week 10 of 2026');
  });

  it('shows the date in the interface language', () => {
    act(() => useSettingsStore.setState({ language: 'zh' }));
    expect(container.querySelector('[data-testid="playback-date"]')!.textContent).toBe('2026年3月1日');
  });

  it('changes speed from the menu', () => {
    const select = container.querySelector('select')!;
    act(() => {
      select.value = '30';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(useTimelineStore.getState().speedDaysPerSecond).toBe(30);
  });
});

import { describe, expect, it } from 'vitest';
import { formatPlaybackDate, playbackTimeMs, weekOfYear } from './formatPlaybackDate.ts';

describe('formatPlaybackDate', () => {
  it('counts sim hours from midnight of the start date, in UTC', () => {
    expect(new Date(playbackTimeMs('2026-03-01', 13 * 24 + 23.5)).toISOString()).toBe(
      '2026-03-14T23:30:00.000Z',
    );
  });

  it('writes the date and year in the interface language', () => {
    const hours = 13 * 24 + 12; // 14 March 2026, noon
    expect(formatPlaybackDate('2026-03-01', hours, 'en')).toBe('14 Mar 2026');
    expect(formatPlaybackDate('2026-03-01', hours, 'zh')).toBe('2026年3月14日');
    expect(formatPlaybackDate('2026-03-01', hours, 'ru')).toMatch(/^14 мар\.? 2026/);
  });

  it('reaches years ahead on long runs (year 10 of a run)', () => {
    expect(formatPlaybackDate('2025-01-01', 87_672, 'en')).toMatch(/2035$/);
  });
});

describe('the week of the year on the timeline', () => {
  it('counts weeks from 1 January of the playback year, not from the start of the run', () => {
    // A run from 2017-12-01: 176 weeks in is 16 April 2021, in the 16th week of 2021.
    expect(weekOfYear('2017-12-01', 176 * 168)).toEqual({ week: 16, year: 2021 });
    expect(weekOfYear('2025-01-01', 0)).toEqual({ week: 1, year: 2025 });
    expect(weekOfYear('2025-01-01', 7 * 24)).toEqual({ week: 2, year: 2025 });
    expect(weekOfYear('2024-12-31', 0)).toEqual({ week: 53, year: 2024 });
  });
});

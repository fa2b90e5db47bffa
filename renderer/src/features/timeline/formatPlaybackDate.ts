// The playback date in the interface language (Intl), e.g. "14 Mar 2026", "2026年3月14日",
// "14 мар. 2026 г.". Sim hour 0 is midnight of the scenario's start date; dates are UTC so no
// time zone or daylight saving shifts the calendar.
import { formatUtcDate } from '../../i18n/format.ts';
import type { Language } from '../../state/useSettingsStore.ts';

const MS_PER_HOUR = 3_600_000;

/** Milliseconds since the epoch of sim hour `hours` for a start date YYYY-MM-DD. */
export function playbackTimeMs(startDate: string, hours: number): number {
  const [y = 1970, m = 1, d = 1] = startDate.split('-').map(Number);
  return Date.UTC(y, m - 1, d) + hours * MS_PER_HOUR;
}

export function formatPlaybackDate(startDate: string, hours: number, language: Language): string {
  return formatUtcDate(playbackTimeMs(startDate, hours), language);
}

/** The week of the year (1–53, weeks counted from 1 January) and the year at sim hour `hours`. */
export function weekOfYear(startDate: string, hours: number): { week: number; year: number } {
  const time = playbackTimeMs(startDate, hours);
  const year = new Date(time).getUTCFullYear();
  const day = Math.floor((time - Date.UTC(year, 0, 1)) / (24 * MS_PER_HOUR));
  return { week: Math.floor(day / 7) + 1, year };
}

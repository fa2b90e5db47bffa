// Numbers in the map's tooltips and legend: the workbench's formatting (i18n/format.ts), so the
// map and the dashboard write a number the same way in each language.
import { formatNumber, formatPercent } from '../../i18n/format.ts';
import type { Language } from '../../state/useSettingsStore.ts';

export function formatMapNumber(value: number, language: Language, digits = 0): string {
  return formatNumber(value, language, digits);
}

export function formatMapPercent(value: number, language: Language): string {
  return formatPercent(value, language, 0);
}

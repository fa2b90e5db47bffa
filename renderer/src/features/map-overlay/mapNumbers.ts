// Numbers in the map's tooltips in the interface language's conventions, formatters cached.
import type { Language } from '../../state/useSettingsStore.ts';

const LOCALE: Record<Language, string> = { en: 'en-GB', zh: 'zh-CN', ru: 'ru-RU' };
const cache = new Map<string, Intl.NumberFormat>();

function format(language: Language, style: 'decimal' | 'percent', digits: number): Intl.NumberFormat {
  const key = `${language}|${style}|${digits}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[language], { style, maximumFractionDigits: digits });
    cache.set(key, f);
  }
  return f;
}

export function formatMapNumber(value: number, language: Language, digits = 0): string {
  return Number.isFinite(value) ? format(language, 'decimal', digits).format(value) : '–';
}

export function formatMapPercent(value: number, language: Language): string {
  return Number.isFinite(value) ? format(language, 'percent', 0).format(value) : '–';
}

// The map's UI strings (namespace 'map', locales/<lang>/map.json). Through i18next when the
// workbench has initialised it (i18n/i18n.ts registers every locale file); otherwise, as when the
// map is rendered on its own, straight from the bundled English file.
import { useTranslation } from 'react-i18next';
import english from '../i18n/locales/en/map.json';

export type MapTextKey = keyof typeof english;
export type MapText = (key: MapTextKey, values?: Record<string, string | number>) => string;

function fallback(key: MapTextKey, values?: Record<string, string | number>): string {
  return english[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values?.[name] ?? ''));
}

export function useMapText(): MapText {
  const { t, i18n } = useTranslation('map');
  if (!i18n.isInitialized || !i18n.hasResourceBundle(i18n.language || 'en', 'map')) return fallback;
  return (key, values) => t(key, values ?? {});
}

// i18next with every namespace in i18n/locales/<language>/<namespace>.json, bundled (no fetch).
// The workbench's namespace is `workbench`; the map's is `map` (its own file, picked up here).
// Starts in English; the app applies the user's language setting (app/App.tsx), so this module
// depends on no store.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from './languages.ts';

type Resources = Record<string, Record<string, Record<string, unknown>>>;

const modules = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', {
  eager: true,
  import: 'default',
});

/** Every namespace of every language, from the locale files. */
export function localeResources(): Resources {
  const resources: Resources = {};
  for (const [path, messages] of Object.entries(modules)) {
    const match = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match?.[1] || !match[2]) continue;
    const [, language, namespace] = match;
    resources[language] ??= {};
    resources[language][namespace] = messages;
  }
  return resources;
}

/** The BCP 47 locale used for numbers and dates in each interface language. */
export const LOCALES: Record<Language, string> = { en: 'en-GB', zh: 'zh-CN', ru: 'ru-RU' };

const resources = localeResources();

void i18next.use(initReactI18next).init({
  resources,
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  ns: Object.keys(resources['en'] ?? { workbench: {} }),
  defaultNS: 'workbench',
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

/** Switches i18next and the document's `lang` to `language`. */
export function applyLanguage(language: Language): void {
  if (i18next.language !== language) void i18next.changeLanguage(language);
  if (typeof document !== 'undefined') document.documentElement.lang = LOCALES[language].slice(0, 2);
}

export { i18next };

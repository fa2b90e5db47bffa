// User settings that outlive a run: the language. Persisted in localStorage.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Language } from '../i18n/languages.ts';

export { LANGUAGES, type Language } from '../i18n/languages.ts';

export interface SettingsState {
  language: Language;
  setLanguage(language: Language): void;
}

export const useSettingsStore = create<SettingsState>()(
  persist(
    (set) => ({
      language: 'en',
      setLanguage: (language) => set({ language }),
    }),
    { name: 'scoda-settings' },
  ),
);

// User settings that outlive a run: the language. Persisted in localStorage.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';

export type Language = 'en' | 'zh' | 'ru';
export const LANGUAGES: readonly Language[] = ['en', 'zh', 'ru'];

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

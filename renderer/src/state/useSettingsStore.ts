// User settings that outlive a run: the language. Persisted in localStorage.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';

import { LANGUAGES, type Language } from '../../../electron/shared/menuCommands.ts';

// The interface languages have one home, the desktop contract (the menus speak them too).
export { LANGUAGES, type Language };

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

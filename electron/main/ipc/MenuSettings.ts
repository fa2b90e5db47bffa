// The state the menus follow (a run going, results to export, presentation mode, the language),
// the language kept for the next start, and the recent-files list.
import type { MenuState, RecentFile } from '../../shared/desktopApi.ts';
import { MAIN_TEXT, type MainText } from '../i18n/mainText.ts';
import { readLanguagePreference, saveLanguagePreference } from '../state/languagePreference.ts';
import type { RecentFiles } from '../state/RecentFiles.ts';

const DEFAULT_MENU_STATE: MenuState = {
  simulationRunning: false,
  hasResults: false,
  presentation: false,
  language: 'en',
};

export interface MenuSettingsDeps {
  recentFiles: RecentFiles;
  /** The menus must be rebuilt (menu state or the recent list changed). */
  onMenuInputsChanged(): void;
  /** Also tells the OS (Windows jump list, macOS Dock menu). */
  addRecentDocumentToOs?(filePath: string): void;
  /**
   * Where the last interface language is kept (JSON in userData), so menus and dialogs speak it
   * from the first frame of the next start, before the page has said anything.
   */
  preferencesPath?: string;
}

export class MenuSettings {
  private menuState: MenuState = { ...DEFAULT_MENU_STATE };

  constructor(private readonly deps: MenuSettingsDeps) {}

  /** At start-up: the recent list and the language of the last session. */
  async load(): Promise<void> {
    await this.deps.recentFiles.load();
    const language = this.deps.preferencesPath && (await readLanguagePreference(this.deps.preferencesPath));
    if (language) this.menuState = { ...this.menuState, language };
  }

  /** What main says in dialogs, in the language the page last reported. */
  text(): MainText {
    return MAIN_TEXT[this.menuState.language];
  }

  get language(): MenuState['language'] {
    return this.menuState.language;
  }

  getMenuState(): MenuState {
    return { ...this.menuState };
  }

  setMenuState(patch: { [K in keyof MenuState]?: MenuState[K] | undefined }): void {
    const next = { ...this.menuState };
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined) Object.assign(next, { [key]: value });
    }
    const languageChanged = next.language !== this.menuState.language;
    this.menuState = next;
    this.deps.onMenuInputsChanged();
    if (languageChanged && this.deps.preferencesPath) {
      // Losing this write costs only a start-up in the previous language.
      void saveLanguagePreference(this.deps.preferencesPath, next.language).catch(() => undefined);
    }
  }

  getRecentFiles(): RecentFile[] {
    return this.deps.recentFiles.list();
  }

  isRecent(filePath: string): boolean {
    return this.deps.recentFiles.has(filePath);
  }

  async refreshRecentFiles(): Promise<RecentFile[]> {
    const files = await this.deps.recentFiles.load();
    this.deps.onMenuInputsChanged();
    return files;
  }

  async clearRecentFiles(): Promise<void> {
    await this.deps.recentFiles.clear();
    this.deps.onMenuInputsChanged();
  }

  /** A file was opened or saved: first on the recent list, in the app and the OS. */
  async remember(filePath: string): Promise<void> {
    await this.deps.recentFiles.add(filePath);
    this.deps.addRecentDocumentToOs?.(filePath);
    this.deps.onMenuInputsChanged();
  }
}

// The menu commands: what a click on a native menu item (or its accelerator) asks the renderer to do.
// The main process sends each as a `menu:command` message; the renderer registers exactly one
// handler per command (a renderer test checks that every command below has one). Items that only
// the main process handles (Open Recent, Quit) and Chromium's own roles (undo, copy, zoom...) are
// not commands.

/** Every command id a menu item may send, in menu order. */
export const MENU_COMMANDS = [
  /** Start a new untitled scenario from the built-in baseline. */
  'file.new',
  /** Show the Open dialog (the renderer calls `desktop.openScenario()`, after asking about unsaved work). */
  'file.open',
  /** Save to the current file, or ask where when the scenario has none (`desktop.saveScenario`). */
  'file.save',
  /** Always ask where to save (`desktop.saveScenarioAs`). */
  'file.saveAs',
  /** Export the current run's CSV files into a folder the user picks (`desktop.exportCsv`). */
  'file.exportCsv',
  /** Run the current scenario. */
  'simulation.run',
  /** Cancel the run in progress. */
  'simulation.cancel',
  /** Compare the current result with the baseline (or the pinned result). */
  'simulation.compare',
  /** Enter or leave presentation mode (full-screen map and timeline). */
  'view.presentation',
  /** Switch the interface language. */
  'view.language.en',
  'view.language.zh',
  'view.language.ru',
  /** Show the in-app About panel (version, engine version, data sources). */
  'help.about',
] as const;

/** A command a menu item sends to the renderer. */
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** The languages of the interface (and of the native menus, which follow the renderer's choice). */
export const LANGUAGES = ['en', 'zh', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

/** True when `value` is one of MENU_COMMANDS. */
export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

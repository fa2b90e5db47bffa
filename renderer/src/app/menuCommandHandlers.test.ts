import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS, type MenuCommand } from '../../../electron/shared/menuCommands.ts';
import { useSettingsStore } from '../state/useSettingsStore.ts';
import { useWorkbenchStore } from '../state/useWorkbenchStore.ts';

const actions = vi.hoisted(() => ({
  loadDefaultBuiltin: vi.fn(async () => true),
  openScenario: vi.fn(async () => undefined),
  saveScenario: vi.fn(async (_saveAs?: boolean) => undefined),
  confirmDiscardUnsaved: vi.fn(() => true),
  exportRunCsv: vi.fn(async () => undefined),
  runWorkingScenario: vi.fn(async () => undefined),
  cancelRun: vi.fn(),
  compareLatestRuns: vi.fn(),
  togglePresentation: vi.fn(),
}));

vi.mock('../features/library/scenarioActions.ts', () => ({
  loadDefaultBuiltin: actions.loadDefaultBuiltin,
  openScenario: actions.openScenario,
  saveScenario: actions.saveScenario,
  confirmDiscardUnsaved: actions.confirmDiscardUnsaved,
}));
vi.mock('../features/export/exportRunCsv.ts', () => ({ exportRunCsv: actions.exportRunCsv }));
vi.mock('../features/runner/runController.ts', () => ({
  runWorkingScenario: actions.runWorkingScenario,
  cancelRun: actions.cancelRun,
}));
vi.mock('../features/compare/compareActions.ts', () => ({ compareLatestRuns: actions.compareLatestRuns }));
vi.mock('../features/presentation/presentationActions.ts', () => ({
  togglePresentation: actions.togglePresentation,
}));

const { handleMenuCommand, menuCommandHandlers } = await import('./menuCommandHandlers.ts');

/** What each command must visibly do. Typed by MenuCommand, so a new command needs an entry here. */
const expectations: Record<MenuCommand, () => void> = {
  'file.new': () => expect(actions.loadDefaultBuiltin).toHaveBeenCalledOnce(),
  'file.open': () => expect(actions.openScenario).toHaveBeenCalledOnce(),
  'file.save': () => expect(actions.saveScenario).toHaveBeenCalledWith(false),
  'file.saveAs': () => expect(actions.saveScenario).toHaveBeenCalledWith(true),
  'file.exportCsv': () => expect(actions.exportRunCsv).toHaveBeenCalledOnce(),
  'simulation.run': () => expect(actions.runWorkingScenario).toHaveBeenCalledOnce(),
  'simulation.cancel': () => expect(actions.cancelRun).toHaveBeenCalledOnce(),
  'simulation.compare': () => expect(actions.compareLatestRuns).toHaveBeenCalledOnce(),
  'view.presentation': () => expect(actions.togglePresentation).toHaveBeenCalledOnce(),
  'view.language.en': () => expect(useSettingsStore.getState().language).toBe('en'),
  'view.language.zh': () => expect(useSettingsStore.getState().language).toBe('zh'),
  'view.language.ru': () => expect(useSettingsStore.getState().language).toBe('ru'),
  'help.about': () => expect(useWorkbenchStore.getState().aboutOpen).toBe(true),
};

describe('menu commands', () => {
  beforeEach(() => {
    vi.clearAllMocks();
    useWorkbenchStore.getState().setAboutOpen(false);
    // Start from a language other than each target, so a switch is observable.
    useSettingsStore.getState().setLanguage('ru');
  });

  it('has exactly one handler for every command in the desktop menu list', () => {
    expect(Object.keys(menuCommandHandlers).sort()).toEqual([...MENU_COMMANDS].sort());
  });

  for (const command of MENU_COMMANDS) {
    it(`does what "${command}" says`, () => {
      if (command === 'view.language.ru') useSettingsStore.getState().setLanguage('en');
      handleMenuCommand(command);
      expectations[command]();
    });
  }

  it('asks before dropping unsaved work on New and Open, and stops when the user declines', () => {
    actions.confirmDiscardUnsaved.mockReturnValue(false);
    handleMenuCommand('file.new');
    handleMenuCommand('file.open');
    expect(actions.loadDefaultBuiltin).not.toHaveBeenCalled();
    expect(actions.openScenario).not.toHaveBeenCalled();
    actions.confirmDiscardUnsaved.mockReturnValue(true);
  });
});

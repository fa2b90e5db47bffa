// One handler per native menu command (electron/shared/menuCommands.ts). The Record type makes the
// compiler refuse a missing command; menuCommandHandlers.test.ts checks each does something.
import type { MenuCommand } from '../../../electron/shared/menuCommands.ts';
import { i18next } from '../i18n/i18n.ts';
import { compareLatestRuns } from '../features/compare/compareActions.ts';
import { exportRunCsv } from '../features/export/exportRunCsv.ts';
import {
  confirmDiscardUnsaved,
  loadDefaultBuiltin,
  openScenario,
  saveScenario,
} from '../features/library/scenarioActions.ts';
import { togglePresentation } from '../features/presentation/presentationActions.ts';
import { cancelRun, runWorkingScenario } from '../features/runner/runController.ts';
import { useSettingsStore } from '../state/useSettingsStore.ts';
import { useWorkbenchStore } from '../state/useWorkbenchStore.ts';

const discardMessage = () => i18next.t('library.confirmDiscard');

export const menuCommandHandlers: Record<MenuCommand, () => void> = {
  'file.new': () => {
    if (confirmDiscardUnsaved(discardMessage())) void loadDefaultBuiltin();
  },
  'file.open': () => {
    if (confirmDiscardUnsaved(discardMessage())) void openScenario();
  },
  'file.save': () => void saveScenario(false),
  'file.saveAs': () => void saveScenario(true),
  'file.exportCsv': () => void exportRunCsv(),
  'simulation.run': () => void runWorkingScenario(),
  'simulation.cancel': () => cancelRun(),
  'simulation.compare': () => compareLatestRuns(),
  'view.presentation': () => togglePresentation(),
  'view.language.en': () => useSettingsStore.getState().setLanguage('en'),
  'view.language.zh': () => useSettingsStore.getState().setLanguage('zh'),
  'view.language.ru': () => useSettingsStore.getState().setLanguage('ru'),
  'help.about': () => useWorkbenchStore.getState().setAboutOpen(true),
};

/** Runs the handler of a menu command. */
export function handleMenuCommand(command: MenuCommand): void {
  menuCommandHandlers[command]();
}

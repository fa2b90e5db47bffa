// The desktop app's side of start-up and the state it mirrors: menu commands and opened files
// in, menu state and document state out. In the browser only the document title is kept.
import type { LaunchState } from '../../../electron/shared/desktopApi.ts';
import { windowTitle } from '../../../electron/shared/windowTitle.ts';
import { i18next } from '../i18n/i18n.ts';
import { confirmDiscardUnsaved, loadFileJson } from '../features/library/scenarioActions.ts';
import { desktopBridge } from '../platform/platform.ts';
import { useRunHistoryStore } from '../state/useRunHistoryStore.ts';
import { useRunStore } from '../state/useRunStore.ts';
import { useScenarioStore } from '../state/useScenarioStore.ts';
import { useSettingsStore } from '../state/useSettingsStore.ts';
import { useWorkbenchStore } from '../state/useWorkbenchStore.ts';
import { handleMenuCommand } from './menuCommandHandlers.ts';
import { scenarioDisplayName } from './scenarioDisplayName.ts';

function syncDocument(): void {
  const { scenario, dirty } = useScenarioStore.getState();
  if (scenario === undefined) return;
  const name = scenarioDisplayName(scenario, useSettingsStore.getState().language);
  // The same format as the desktop window's title (electron/shared/windowTitle.ts).
  document.title = windowTitle(name, dirty);
  void desktopBridge()?.setDocumentState({ scenarioName: name, dirty });
}

function syncMenus(): void {
  void desktopBridge()?.setMenuState({
    simulationRunning: useRunHistoryStore.getState().running,
    hasResults: useRunStore.getState().result !== undefined,
    presentation: useWorkbenchStore.getState().presentation,
    language: useSettingsStore.getState().language,
  });
}

function mirrorState(): void {
  useScenarioStore.subscribe((state, previous) => {
    if (state.scenario !== previous.scenario || state.dirty !== previous.dirty) syncDocument();
  });
  useSettingsStore.subscribe(() => {
    syncDocument();
    syncMenus();
  });
  useRunHistoryStore.subscribe((state, previous) => {
    if (state.running !== previous.running) syncMenus();
  });
  useRunStore.subscribe((state, previous) => {
    if (state.result !== previous.result) syncMenus();
  });
  useWorkbenchStore.subscribe((state, previous) => {
    if (state.presentation !== previous.presentation) syncMenus();
  });
}

/**
 * Registers the menu and file listeners FIRST, then tells the desktop the page is ready and
 * returns what it asks to show (undefined in the browser).
 */
export async function connectDesktop(): Promise<LaunchState | undefined> {
  mirrorState();
  const desktop = desktopBridge();
  if (!desktop) return undefined;
  desktop.onMenuCommand(handleMenuCommand);
  desktop.onScenarioOpened((opened) => {
    if (confirmDiscardUnsaved(i18next.t('library.confirmDiscard')))
      loadFileJson(opened.fileName, opened.json);
  });
  const launch = await desktop.signalReady();
  syncMenus();
  return launch;
}

// The workbench's layout: the title bar, the planner's side panel, the map in the middle (what
// presenters show first), the run controls and the dashboard below it.
import { useEffect } from 'react';
import { applyLanguage } from '../i18n/i18n.ts';
import '../app.css';
import { Dashboard } from '../features/dashboard/Dashboard.tsx';
import { PresentationOverlay } from '../features/presentation/PresentationOverlay.tsx';
import { RunControls } from '../features/runner/RunControls.tsx';
import { AboutDialog } from '../features/about/AboutDialog.tsx';
import { ShortcutsDialog } from '../features/shortcuts/ShortcutsDialog.tsx';
import { useKeyboardShortcuts } from '../features/shortcuts/useKeyboardShortcuts.ts';
import { useSettingsStore } from '../state/useSettingsStore.ts';
import { useWorkbenchStore } from '../state/useWorkbenchStore.ts';
import { MapSlot } from './MapSlot.tsx';
import { NoticeBar } from './NoticeBar.tsx';
import { SidePanel } from './SidePanel.tsx';
import { startWorkbench } from './startWorkbench.ts';
import { TitleBar } from './TitleBar.tsx';

// The interface follows the language setting from the first render on.
applyLanguage(useSettingsStore.getState().language);
useSettingsStore.subscribe((state) => applyLanguage(state.language));

export function App() {
  const presentation = useWorkbenchStore((state) => state.presentation);
  useEffect(() => {
    void startWorkbench();
  }, []);
  useKeyboardShortcuts();
  return (
    <div className={presentation ? 'app-shell presentation' : 'app-shell'} data-testid="app-shell">
      {!presentation && <TitleBar />}
      <NoticeBar />
      <div className="workspace">
        {!presentation && <SidePanel />}
        <main className="centre">
          <MapSlot />
          {!presentation && <RunControls />}
          {!presentation && <Dashboard />}
        </main>
      </div>
      {presentation && <PresentationOverlay />}
      <ShortcutsDialog />
      <AboutDialog />
    </div>
  );
}

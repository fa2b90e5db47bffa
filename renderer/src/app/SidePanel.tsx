// The planner's side of the layout: library, form editor, raw JSON, compare and experiments, as tabs.
import { memo, useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { ComparePanel } from '../features/compare/ComparePanel.tsx';
import { ExperimentsPanel } from '../features/experiments/ExperimentsPanel.tsx';
import { ScenarioEditor } from '../features/editor/ScenarioEditor.tsx';
import { RawJsonView } from '../features/editor/RawJsonView.tsx';
import { NetworkEditorPanel } from '../features/network-editor/NetworkEditorPanel.tsx';
import { ScenarioLibrary } from '../features/library/ScenarioLibrary.tsx';
import { useWorkbenchStore, type WorkbenchTab } from '../state/useWorkbenchStore.ts';

const TABS: readonly WorkbenchTab[] = ['library', 'editor', 'network', 'json', 'compare', 'experiments'];

// Memoized so that the click's own render stops at the tab buttons (see shownTab below).
const TabContent = memo(function TabContent({ tab }: { tab: WorkbenchTab }) {
  switch (tab) {
    case 'library':
      return <ScenarioLibrary />;
    case 'editor':
      return <ScenarioEditor />;
    case 'network':
      return <NetworkEditorPanel />;
    case 'json':
      return <RawJsonView />;
    case 'compare':
      return <ComparePanel />;
    case 'experiments':
      return <ExperimentsPanel />;
  }
});

export function SidePanel() {
  const { t } = useTranslation();
  const tab = useWorkbenchStore((state) => state.tab);
  const setTab = useWorkbenchStore((state) => state.setTab);
  // The tab shows as selected at once; its panel (the editor has hundreds of fields) is swapped in
  // a following time-sliced render, so a click never costs one long task, even during a run.
  const shownTab = useDeferredValue(tab);
  return (
    <aside className="side-panel">
      <div role="tablist" aria-label={t('layout.workbench')} className="tabs">
        {TABS.map((candidate) => (
          <button
            key={candidate}
            type="button"
            role="tab"
            id={`tab-${candidate}`}
            aria-selected={tab === candidate}
            aria-controls="side-panel-content"
            onClick={() => setTab(candidate)}
          >
            {t(`layout.tabs.${candidate}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="side-panel-content" aria-labelledby={`tab-${tab}`} className="tab-content">
        <TabContent tab={shownTab} />
      </div>
    </aside>
  );
}

// The planner's network editor: spreadsheets in and out, new services, nodes and links (picked on
// the map or typed), the services already there, and the demand table.
import { useTranslation } from 'react-i18next';
import { useScenarioStore } from '../../state/useScenarioStore.ts';
import { DemandTable } from './DemandTable.tsx';
import { LinkForm, NodeForm } from './NodeForm.tsx';
import { ServiceForm } from './ServiceForm.tsx';
import { ServiceList } from './ServiceList.tsx';
import { WorkbookSection } from './WorkbookSection.tsx';

export function NetworkEditorPanel() {
  const { t } = useTranslation('network');
  const hasScenario = useScenarioStore((state) => state.scenario !== undefined);
  if (!hasScenario) return <p className="hint">{t('noScenario')}</p>;
  return (
    <div className="network-editor" data-testid="network-editor">
      <WorkbookSection />
      <details className="editor-group" open>
        <summary>{t('service.title')}</summary>
        <p className="hint">{t('service.hint')}</p>
        <ServiceForm />
      </details>
      <ServiceList />
      <details className="editor-group">
        <summary>{t('node.title')}</summary>
        <NodeForm />
        <LinkForm />
      </details>
      <DemandTable />
    </div>
  );
}

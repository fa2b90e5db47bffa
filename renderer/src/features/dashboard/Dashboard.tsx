// The analyst's view below the map: KPI cards, charts and the node and link table, as tabs.
import { useTranslation } from 'react-i18next';
import { useWorkbenchStore, type DashboardTab } from '../../state/useWorkbenchStore.ts';
import { CargoBalanceTable } from './CargoBalanceTable.tsx';
import { Charts } from './Charts.tsx';
import { DisruptionPanel } from './DisruptionPanel.tsx';
import { StaleResultsBanner, useResultsStale } from './StaleResultsBanner.tsx';
import './resultCharts.css';
import { KpiCards } from './KpiCards.tsx';
import { NodeLinkTable } from './NodeLinkTable.tsx';

const TABS: readonly DashboardTab[] = ['kpis', 'charts', 'table'];

export function Dashboard() {
  const { t } = useTranslation();
  const tab = useWorkbenchStore((state) => state.dashboardTab);
  const setTab = useWorkbenchStore((state) => state.setDashboardTab);
  const stale = useResultsStale();
  return (
    <section className={stale ? 'dashboard stale' : 'dashboard'} aria-label={t('dashboard.title')}>
      <StaleResultsBanner />
      <div role="tablist" aria-label={t('dashboard.title')} className="tabs">
        {TABS.map((candidate) => (
          <button
            key={candidate}
            type="button"
            role="tab"
            aria-selected={tab === candidate}
            onClick={() => setTab(candidate)}
          >
            {t(`dashboard.tabs.${candidate}`)}
          </button>
        ))}
      </div>
      <KpiCards />
      <DisruptionPanel />
      {tab === 'charts' && <Charts />}
      {tab === 'table' && <NodeLinkTable />}
      {tab === 'table' && <CargoBalanceTable />}
    </section>
  );
}

// Backlog and queues over time: TEU waiting per corridor, and queue length and utilisation at the
// busiest nodes, or at the node clicked on the map (a clicked link shows its own TEU a week).
// Run B is drawn beside A when comparing.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMapStore } from '../../state/useMapStore.ts';
import { useShownRun } from '../../state/useRunStore.ts';
import { useSettingsStore } from '../../state/useSettingsStore.ts';
import { busiestNodes, entityIndex, linkChart, nodeChart } from './nodeCharts.ts';
import { corridorChart, type ChartSeries } from './seriesCharts.ts';
import { UPlotChart } from './UPlotChart.tsx';
import { useChartLabels } from './useChartLabels.ts';

/** Nodes drawn when none is picked: the busiest few stay readable in one chart. */
const BUSIEST_NODES = 5;

export function ChartFigure({
  chart,
  caption,
  testId,
}: {
  chart: ChartSeries | undefined;
  caption: string;
  testId: string;
}) {
  if (!chart) return null;
  return (
    <figure data-testid={testId}>
      <figcaption>{caption}</figcaption>
      <UPlotChart options={chart.options} data={chart.data} weekX={chart.weekX} label={caption} />
    </figure>
  );
}

function useSelection() {
  const { scenario } = useShownRun();
  const selected = useMapStore((state) => state.selected);
  if (!selected || !scenario) return undefined;
  const list = selected.kind === 'node' ? scenario.nodes : scenario.links;
  const picked = list[selected.index];
  return picked ? { kind: selected.kind, id: picked.id } : undefined;
}

function NodeCharts() {
  const { t } = useTranslation('results');
  const language = useSettingsStore((state) => state.language);
  const { result, scenario, compareResult: compare } = useShownRun();
  const selection = useSelection();
  const queueLabels = useChartLabels(t('queues.queueUnit'), result, compare);
  const utilLabels = useChartLabels(t('queues.utilisationUnit'), result, compare);
  const nodeIds = result?.replications[0]?.nodeIds;
  const picked = selection?.kind === 'node' ? entityIndex(nodeIds, selection.id) : -1;
  const charts = useMemo(() => {
    if (!result || !scenario) return undefined;
    const queueNodes = picked >= 0 ? [picked] : busiestNodes(result, 'queueLength', BUSIEST_NODES);
    const utilNodes = picked >= 0 ? [picked] : busiestNodes(result, 'utilisation', BUSIEST_NODES);
    return {
      queue:
        queueNodes.length > 0
          ? nodeChart(result, scenario, compare, language, queueLabels, 'queueLength', queueNodes)
          : undefined,
      utilisation:
        utilNodes.length > 0
          ? nodeChart(result, scenario, compare, language, utilLabels, 'utilisation', utilNodes)
          : undefined,
      waiting:
        picked >= 0
          ? nodeChart(result, scenario, compare, language, queueLabels, 'backlogTeu', [picked])
          : undefined,
    };
  }, [result, scenario, compare, language, queueLabels, utilLabels, picked]);
  const nodeName =
    picked >= 0 ? scenario?.nodes.find((node) => node.id === selection?.id)?.name[language] : undefined;
  return (
    <>
      <ChartFigure
        chart={charts?.queue}
        testId="chart-queue"
        caption={
          nodeName
            ? t('queues.queueAt', { name: nodeName })
            : t('queues.queueBusiest', { count: BUSIEST_NODES })
        }
      />
      <ChartFigure
        chart={charts?.utilisation}
        testId="chart-utilisation"
        caption={
          nodeName
            ? t('queues.utilisationAt', { name: nodeName })
            : t('queues.utilisationBusiest', { count: BUSIEST_NODES })
        }
      />
      {nodeName && (
        <ChartFigure
          chart={charts?.waiting}
          testId="chart-node-waiting"
          caption={t('queues.waitingAt', { name: nodeName })}
        />
      )}
    </>
  );
}

function LinkCharts() {
  const { t } = useTranslation('results');
  const { result, compareResult: compare } = useShownRun();
  const selection = useSelection();
  const labels = useChartLabels(t('queues.teuPerWeek'), result, compare);
  const link = selection?.kind === 'link' ? entityIndex(result?.replications[0]?.linkIds, selection.id) : -1;
  const linkId = selection?.id;
  const chart = useMemo(
    () =>
      result && link >= 0 && linkId ? linkChart(result, compare, labels, 'teu', link, linkId) : undefined,
    [result, compare, labels, link, linkId],
  );
  if (!selection || link < 0) return null;
  return (
    <ChartFigure chart={chart} testId="chart-link" caption={t('queues.linkTeu', { name: selection.id })} />
  );
}

export function QueueCharts() {
  const { t } = useTranslation('results');
  const language = useSettingsStore((state) => state.language);
  const { result, scenario, compareResult: compare } = useShownRun();
  const labels = useChartLabels(t('queues.teuWaiting'), result, compare);
  const backlog = useMemo(
    () =>
      result && scenario
        ? corridorChart(result, scenario, compare, language, labels, 'backlogTeu')
        : undefined,
    [result, scenario, compare, language, labels],
  );
  if (!result) return null;
  return (
    <section className="queue-charts" aria-label={t('queues.title')}>
      <p className="hint">{t('queues.clickHint')}</p>
      <ChartFigure chart={backlog} testId="chart-backlog" caption={t('queues.backlogByCorridor')} />
      <LinkCharts />
      <NodeCharts />
    </section>
  );
}

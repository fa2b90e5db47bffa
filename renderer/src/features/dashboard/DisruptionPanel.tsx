// The first thing a disruption scenario shows: its question answered. For each throttled node or
// link, the window, the peak backlog and the node's utilisation inside the window against before,
// then the backlog per corridor and the node's utilisation over time with the window shaded.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatIsoDate, formatNumber, formatPercent } from '../../i18n/format.ts';
import { useShownRun } from '../../state/useRunStore.ts';
import { useSettingsStore } from '../../state/useSettingsStore.ts';
import { shadeSpanPlugin } from './chartPlugins.ts';
import { disruptionFigures, throttlesOf, type Throttle } from './disruptionSummary.ts';
import { entityIndex, nodeChart } from './nodeCharts.ts';
import { ChartFigure } from './QueueCharts.tsx';
import { corridorChart, type ChartSeries } from './seriesCharts.ts';
import { useChartLabels } from './useChartLabels.ts';

const isoSeconds = (date: string) => Date.parse(`${date}T00:00:00Z`) / 1000;

function shaded(chart: ChartSeries | undefined, throttle: Throttle): ChartSeries | undefined {
  if (!chart) return undefined;
  const plugins = [
    ...(chart.options.plugins ?? []),
    shadeSpanPlugin(isoSeconds(throttle.from), isoSeconds(throttle.to)),
  ];
  return { ...chart, options: { ...chart.options, plugins } };
}

function Figure({
  label,
  a,
  b,
  testId,
}: {
  label: string;
  a: string;
  b: string | undefined;
  testId: string;
}) {
  return (
    <div data-testid={testId}>
      <span className="hint">{label}</span>
      <strong>{a}</strong>
      {b !== undefined && <span className="kpi-b">B: {b}</span>}
    </div>
  );
}

function ThrottleSummary({ throttle }: { throttle: Throttle }) {
  const { t } = useTranslation('results');
  const language = useSettingsStore((state) => state.language);
  const { result, scenario, compareResult: compare } = useShownRun();
  const backlogLabels = useChartLabels(t('queues.teuWaiting'), result, compare);
  const utilLabels = useChartLabels(t('queues.utilisationUnit'), result, compare);
  const figures = useMemo(
    () => (result ? disruptionFigures(result, throttle) : undefined),
    [result, throttle],
  );
  const figuresB = useMemo(
    () => (compare ? disruptionFigures(compare, throttle) : undefined),
    [compare, throttle],
  );
  const charts = useMemo(() => {
    if (!result || !scenario) return undefined;
    const node = throttle.kind === 'node' ? entityIndex(result.replications[0]?.nodeIds, throttle.id) : -1;
    return {
      backlog: shaded(
        corridorChart(result, scenario, compare, language, backlogLabels, 'backlogTeu'),
        throttle,
      ),
      utilisation:
        node >= 0
          ? shaded(
              nodeChart(result, scenario, compare, language, utilLabels, 'utilisation', [node]),
              throttle,
            )
          : undefined,
    };
  }, [result, scenario, compare, language, backlogLabels, utilLabels, throttle]);
  if (!figures || !scenario) return null;
  const place =
    (throttle.kind === 'node'
      ? scenario.nodes.find((node) => node.id === throttle.id)?.name[language]
      : undefined) ?? throttle.id;
  const teu = (value: number | undefined) =>
    value === undefined ? undefined : `${formatNumber(value, language, 0)} TEU`;
  const pct = (value: number | undefined) =>
    value === undefined ? undefined : formatPercent(value, language, 0);
  return (
    <section className="disruption-panel" data-testid="disruption-panel" aria-label={t('disruption.title')}>
      <h3>
        {t('disruption.headline', {
          place,
          factor: formatPercent(throttle.factor, language, 0),
          from: formatIsoDate(throttle.from, language),
          to: throttle.to.startsWith('9999') ? '…' : formatIsoDate(throttle.to, language),
        })}
      </h3>
      <div className="disruption-figures">
        <Figure
          testId="disruption-peak-backlog"
          label={t('disruption.peakBacklog', {
            date: figures.peakWeekDate ? formatIsoDate(figures.peakWeekDate, language) : '–',
          })}
          a={teu(figures.peakBacklogTeu) ?? '–'}
          b={teu(figuresB?.peakBacklogTeu)}
        />
        <Figure
          testId="disruption-backlog-before"
          label={t('disruption.backlogBefore')}
          a={teu(figures.backlogBeforeTeu) ?? '–'}
          b={teu(figuresB?.backlogBeforeTeu)}
        />
        <Figure
          testId="disruption-backlog-end"
          label={t('disruption.backlogAtEnd')}
          a={teu(figures.backlogAtEndTeu) ?? '–'}
          b={teu(figuresB?.backlogAtEndTeu)}
        />
        {throttle.kind === 'node' && (
          <>
            <Figure
              testId="disruption-utilisation-in"
              label={t('disruption.utilisationIn', { place })}
              a={pct(figures.utilisationIn) ?? '–'}
              b={pct(figuresB?.utilisationIn)}
            />
            <Figure
              testId="disruption-utilisation-before"
              label={t('disruption.utilisationBefore')}
              a={pct(figures.utilisationBefore) ?? '–'}
              b={pct(figuresB?.utilisationBefore)}
            />
          </>
        )}
      </div>
      <div className="disruption-charts">
        <ChartFigure
          chart={charts?.backlog}
          testId="disruption-backlog-chart"
          caption={t('disruption.backlogChart')}
        />
        <ChartFigure
          chart={charts?.utilisation}
          testId="disruption-utilisation-chart"
          caption={t('disruption.utilisationChart', { place })}
        />
      </div>
    </section>
  );
}

export function DisruptionPanel() {
  const { scenario } = useShownRun();
  const throttles = useMemo(() => throttlesOf(scenario), [scenario]);
  if (throttles.length === 0) return null;
  return (
    <>
      {throttles.map((throttle) => (
        <ThrottleSummary key={`${throttle.kind}-${throttle.id}-${throttle.from}`} throttle={throttle} />
      ))}
    </>
  );
}

// The dashboard's charts: throughput a week by mode and by corridor (with 95 % bands and run B
// overlaid when comparing), the transit-time distribution and the dwell split per transfer node.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import uPlot from 'uplot';
import { formatNumber } from '../../i18n/format.ts';
import { useShownRun } from '../../state/useRunStore.ts';
import { useSettingsStore } from '../../state/useSettingsStore.ts';
import { throughputByCorridor, throughputByMode } from './seriesCharts.ts';
import { seriesColor } from '../../scene/mapColors.ts';
import { alignHistograms, DWELL_PARTS, dwellSplit, transitHistogram } from './transitHistogram.ts';
import { QueueCharts } from './QueueCharts.tsx';
import { UPlotChart } from './UPlotChart.tsx';
import { useChartLabels } from './useChartLabels.ts';

function ThroughputCharts() {
  const { t } = useTranslation();
  const language = useSettingsStore((state) => state.language);
  const { result, scenario, compareResult: compare } = useShownRun();
  const labels = useChartLabels(t('units.teuPerWeek'), result, compare);
  const byMode = useMemo(
    () => (result ? throughputByMode(result, compare, (mode) => t(`modes.${mode}`), labels) : undefined),
    [result, compare, t, labels],
  );
  const byCorridor = useMemo(
    () =>
      result && scenario ? throughputByCorridor(result, scenario, compare, language, labels) : undefined,
    [result, scenario, compare, language, labels],
  );
  return (
    <>
      {byMode && (
        <figure>
          <figcaption>{t('charts.byMode')}</figcaption>
          <UPlotChart
            options={byMode.options}
            data={byMode.data}
            weekX={byMode.weekX}
            label={t('charts.byMode')}
          />
        </figure>
      )}
      {byCorridor && (
        <figure>
          <figcaption>{t('charts.byCorridor')}</figcaption>
          <UPlotChart
            options={byCorridor.options}
            data={byCorridor.data}
            weekX={byCorridor.weekX}
            label={t('charts.byCorridor')}
          />
        </figure>
      )}
    </>
  );
}

function barPaths(align: -1 | 0 | 1 = 0, size = 0.9): Pick<uPlot.Series, 'paths'> {
  const bars = uPlot.paths.bars?.({ size: [size, 40], align });
  return bars ? { paths: bars } : {};
}

function barSeries(label: string, color: string, align: -1 | 0 | 1, size: number): uPlot.Series {
  return { label, stroke: color, fill: `${color}88`, points: { show: false }, ...barPaths(align, size) };
}

function TransitChart() {
  const { t } = useTranslation();
  const { result, compareResult: compare } = useShownRun();
  const histogram = useMemo(() => {
    const a = result ? transitHistogram(result) : undefined;
    return a ? alignHistograms(a, compare ? transitHistogram(compare) : undefined) : undefined;
  }, [result, compare]);
  const withB = histogram?.b !== undefined;
  const options = useMemo<Omit<uPlot.Options, 'width' | 'height'>>(
    () => ({
      series: [
        { label: t('units.days') },
        withB
          ? barSeries(`${t('charts.consignments')} (A)`, seriesColor(0), -1, 0.45)
          : barSeries(t('charts.consignments'), seriesColor(0), 0, 0.9),
        ...(withB ? [barSeries(`${t('charts.consignments')} (B)`, seriesColor(1), 1, 0.45)] : []),
      ],
      scales: { x: { time: false } },
      axes: [{ label: t('charts.transitDays') }, { size: 70 }],
      legend: { show: withB },
    }),
    [t, withB],
  );
  if (!histogram) return null;
  const data: uPlot.AlignedData = histogram.b
    ? [histogram.edges, histogram.a, histogram.b]
    : [histogram.edges, histogram.a];
  return (
    <figure data-testid="chart-transit">
      <figcaption>{t('charts.transit')}</figcaption>
      <UPlotChart options={options} data={data} label={t('charts.transit')} height={180} />
    </figure>
  );
}

const DWELL_ROWS = 15;

function DwellBar({ hours, longest, variant }: { hours: number[]; longest: number; variant?: 'b' }) {
  const { t } = useTranslation();
  const language = useSettingsStore((state) => state.language);
  const total = hours.reduce((sum, value) => sum + value, 0);
  return (
    <span
      className={variant === 'b' ? 'dwell-bar dwell-bar-b' : 'dwell-bar'}
      style={{ width: `${(total / longest) * 100}%` }}
    >
      {hours.map((value, index) => (
        <span
          key={DWELL_PARTS[index]}
          title={`${variant === 'b' ? 'B · ' : ''}${t(`dwell.${DWELL_PARTS[index] ?? ''}`)}: ${formatNumber(value, language, 1)} h`}
          style={{ flexGrow: value, background: seriesColor(index) }}
        />
      ))}
    </span>
  );
}

function DwellChart() {
  const { t } = useTranslation();
  const language = useSettingsStore((state) => state.language);
  const { result, scenario, compareResult: compare } = useShownRun();
  const rows = useMemo(
    // The longest dwells, the places worth a planner's attention (the table lists every node).
    () => (result && scenario ? dwellSplit(result, scenario, language).slice(0, DWELL_ROWS) : []),
    [result, scenario, language],
  );
  const rowsB = useMemo(
    () =>
      new Map(
        compare && scenario ? dwellSplit(compare, scenario, language).map((row) => [row.nodeId, row]) : [],
      ),
    [compare, scenario, language],
  );
  if (rows.length === 0) return null;
  const longest = Math.max(...rows.map((row) => row.total), ...[...rowsB.values()].map((row) => row.total));
  const hours = t('units.hoursShort');
  return (
    <figure className="dwell-chart" data-testid="chart-dwell">
      <figcaption>{t('charts.dwell')}</figcaption>
      <ul className="legend">
        {DWELL_PARTS.map((part, index) => (
          <li key={part}>
            <span className="swatch" style={{ background: seriesColor(index) }} /> {t(`dwell.${part}`)}
          </li>
        ))}
      </ul>
      {rows.map((row) => {
        const b = compare ? rowsB.get(row.nodeId) : undefined;
        return (
          <div key={row.nodeId} className={compare ? 'dwell-row dwell-row-ab' : 'dwell-row'}>
            <span className="dwell-name">{row.name}</span>
            <span className="dwell-bars">
              <DwellBar hours={row.hours} longest={longest} />
              {compare && <DwellBar hours={b?.hours ?? []} longest={longest} variant="b" />}
            </span>
            <span className="dwell-total">
              {compare ? 'A ' : ''}
              {formatNumber(row.total, language, 1)} {hours}
              {compare && ` · B ${formatNumber(b?.total ?? 0, language, 1)} ${hours}`}
            </span>
          </div>
        );
      })}
    </figure>
  );
}

export function Charts() {
  return (
    <div className="charts">
      <ThroughputCharts />
      <QueueCharts />
      <TransitChart />
      <DwellChart />
    </div>
  );
}

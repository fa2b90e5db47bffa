// The dashboard's charts: throughput a week by mode and by corridor (with 95 % bands and run B
// overlaid when comparing), the transit-time distribution and the dwell split per transfer node.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import uPlot from 'uplot';
import { formatNumber } from '../../i18n/format.ts';
import { useShownRun } from '../../state/useRunStore.ts';
import { useSettingsStore } from '../../state/useSettingsStore.ts';
import { throughputByCorridor, throughputByMode, type ChartLabels } from './seriesCharts.ts';
import { seriesColor } from '../../scene/mapColors.ts';
import { LOCALES } from '../../i18n/i18n.ts';
import { DWELL_PARTS, dwellSplit, transitHistogram } from './transitHistogram.ts';
import { UPlotChart } from './UPlotChart.tsx';

function ThroughputCharts() {
  const { t } = useTranslation();
  const language = useSettingsStore((state) => state.language);
  const { result, scenario, compareResult: compare } = useShownRun();
  const labels = useMemo<ChartLabels>(() => {
    const format = new Intl.DateTimeFormat(LOCALES[language], {
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    return {
      compare: t('compare.runB'),
      unit: t('units.teuPerWeek'),
      weekFrom: t('charts.weekFrom'),
      formatTick: (seconds) => format.format(seconds * 1000),
    };
  }, [t, language]);
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

function barPaths(): Pick<uPlot.Series, 'paths'> {
  const bars = uPlot.paths.bars?.({ size: [0.9, 40] });
  return bars ? { paths: bars } : {};
}

function TransitChart() {
  const { t } = useTranslation();
  const { result } = useShownRun();
  const histogram = useMemo(() => (result ? transitHistogram(result) : undefined), [result]);
  const options = useMemo<Omit<uPlot.Options, 'width' | 'height'>>(
    () => ({
      series: [
        { label: t('units.days') },
        {
          label: t('charts.consignments'),
          stroke: seriesColor(0),
          fill: `${seriesColor(0)}88`,
          points: { show: false },
          ...barPaths(),
        },
      ],
      scales: { x: { time: false } },
      axes: [{ label: t('charts.transitDays') }, { size: 70 }],
      legend: { show: false },
    }),
    [t],
  );
  if (!histogram) return null;
  return (
    <figure>
      <figcaption>{t('charts.transit')}</figcaption>
      <UPlotChart
        options={options}
        data={[histogram.edges, histogram.counts]}
        label={t('charts.transit')}
        height={180}
      />
    </figure>
  );
}

const DWELL_ROWS = 15;

function DwellChart() {
  const { t } = useTranslation();
  const language = useSettingsStore((state) => state.language);
  const { result, scenario } = useShownRun();
  const rows = useMemo(
    // The longest dwells, the places worth a planner's attention (the table lists every node).
    () => (result && scenario ? dwellSplit(result, scenario, language).slice(0, DWELL_ROWS) : []),
    [result, scenario, language],
  );
  if (rows.length === 0) return null;
  const longest = Math.max(...rows.map((row) => row.total));
  return (
    <figure className="dwell-chart">
      <figcaption>{t('charts.dwell')}</figcaption>
      <ul className="legend">
        {DWELL_PARTS.map((part, index) => (
          <li key={part}>
            <span className="swatch" style={{ background: seriesColor(index) }} /> {t(`dwell.${part}`)}
          </li>
        ))}
      </ul>
      {rows.map((row) => (
        <div key={row.nodeId} className="dwell-row">
          <span className="dwell-name">{row.name}</span>
          <span className="dwell-bar" style={{ width: `${(row.total / longest) * 100}%` }}>
            {row.hours.map((hours, index) => (
              <span
                key={DWELL_PARTS[index]}
                title={`${t(`dwell.${DWELL_PARTS[index] ?? ''}`)}: ${formatNumber(hours, language, 1)} h`}
                style={{ flexGrow: hours, background: seriesColor(index) }}
              />
            ))}
          </span>
          <span className="dwell-total">
            {formatNumber(row.total, language, 1)} {t('units.hoursShort')}
          </span>
        </div>
      ))}
    </figure>
  );
}

export function Charts() {
  return (
    <div className="charts">
      <ThroughputCharts />
      <TransitChart />
      <DwellChart />
    </div>
  );
}

// Series for the throughput charts from a run's bands: per mode or per corridor, the mean with
// its 95 % band, and (when comparing) run B's mean as a dashed line.
import type uPlot from 'uplot';
import type { Matrix, RunResult, Scenario } from '../../../../sim-core/src/api/types.ts';
import { MODES } from '../../../../sim-core/src/vocabulary/modes.ts';
import { HOURS_PER_WEEK } from '../../../../sim-core/src/vocabulary/time.ts';
import type { Language } from '../../state/useSettingsStore.ts';

export const PALETTE = [
  '#1f77b4',
  '#ff7f0e',
  '#2ca02c',
  '#d62728',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#7f7f7f',
  '#bcbd22',
  '#17becf',
];

/** Words and formats of the chosen language. */
export interface ChartLabels {
  compare: string;
  unit: string;
  /** The legend's name for the time axis. */
  weekFrom: string;
  /** A tick on the time axis (seconds since the epoch), as in "Mar 2025" or "2025年3月". */
  formatTick(seconds: number): string;
}

export interface ChartSeries {
  options: Omit<uPlot.Options, 'width' | 'height'>;
  data: uPlot.AlignedData;
  /** x of each week (seconds), for the playback cursor. */
  weekX: Float64Array;
}

function column(matrix: Matrix, entity: number, periods = matrix.periods): Float64Array {
  const out = new Float64Array(periods);
  for (let period = 0; period < periods; period++)
    out[period] = matrix.values[period * matrix.entities + entity] ?? Number.NaN;
  return out;
}

function isAllZero(values: Float64Array): boolean {
  return values.every((value) => value === 0 || Number.isNaN(value));
}

/** Seconds since the epoch of each week's start (uPlot's time axis). */
export function weekSeconds(result: RunResult): Float64Array {
  const dates = result.replications[0]?.weeks.startDates ?? [];
  return Float64Array.from(dates, (date) => Date.parse(`${date}T00:00:00Z`) / 1000);
}

/**
 * The weeks the charts draw: all but a last week the run's end cuts short (a one-day week's
 * flows plotted as "a week" made every chart dip at its end). The CSV keeps every week.
 */
export function chartedWeeks(result: RunResult): number {
  const hours = result.replications[0]?.weeks.hours;
  if (hours === undefined) return 0;
  let weeks = hours.length;
  while (weeks > 1 && (hours[weeks - 1] as number) < HOURS_PER_WEEK) weeks--;
  return weeks;
}

interface Entity {
  index: number;
  label: string;
}

function buildChart(
  band: { mean: Matrix; low: Matrix; high: Matrix },
  entities: Entity[],
  weekX: Float64Array,
  withBands: boolean,
  compare: Matrix | undefined,
  labels: ChartLabels,
  weeks: number,
): ChartSeries {
  const data: ArrayLike<number | null>[] = [weekX.subarray(0, weeks)];
  const series: uPlot.Series[] = [{ label: labels.weekFrom }];
  const bands: uPlot.Band[] = [];
  const overlay = compare && compare.periods === band.mean.periods ? compare : undefined;
  entities.forEach((entity, n) => {
    const color = PALETTE[n % PALETTE.length] ?? '#333';
    const meanIndex = data.length;
    data.push(column(band.mean, entity.index, weeks));
    series.push({ label: entity.label, stroke: color, width: 2, points: { show: false } });
    if (withBands) {
      data.push(column(band.high, entity.index, weeks), column(band.low, entity.index, weeks));
      // The band's edges draw nothing and stay out of the legend (the band is the mean's shading).
      const edge: uPlot.Series = {
        label: `${entity.label} 95 %`,
        stroke: color,
        width: 0,
        points: { show: false },
        class: 'band-edge',
      };
      series.push(edge, { ...edge });
      bands.push({ series: [meanIndex + 1, meanIndex + 2], fill: `${color}33` });
    }
    if (overlay) {
      data.push(column(overlay, entity.index, weeks));
      series.push({
        label: `${entity.label} (${labels.compare})`,
        stroke: color,
        width: 2,
        dash: [6, 4],
        points: { show: false },
      });
    }
  });
  return {
    data: data as uPlot.AlignedData,
    weekX,
    options: {
      series,
      bands,
      axes: [
        { values: (_, splits) => splits.map((seconds) => labels.formatTick(seconds)) },
        { label: labels.unit, size: 70 },
      ],
      scales: { x: { time: true } },
      legend: { show: true },
    },
  };
}

/** TEU a week by mode. */
export function throughputByMode(
  result: RunResult,
  compare: RunResult | undefined,
  modeLabel: (mode: string) => string,
  labels: ChartLabels,
): ChartSeries {
  const band = result.bands.modes.teu;
  const entities = MODES.map((mode, index) => ({ index, label: modeLabel(mode) })).filter(
    (entity) => !isAllZero(column(band.mean, entity.index)),
  );
  return buildChart(
    band,
    entities,
    weekSeconds(result),
    result.replications.length > 1,
    compare?.bands.modes.teu.mean,
    labels,
    chartedWeeks(result),
  );
}

/** TEU delivered a week by corridor, named in the chosen language. */
export function throughputByCorridor(
  result: RunResult,
  scenario: Scenario,
  compare: RunResult | undefined,
  language: Language,
  labels: ChartLabels,
): ChartSeries {
  const band = result.bands.corridors.teuDelivered;
  const names = new Map(scenario.corridors.map((corridor) => [corridor.id, corridor.name[language]]));
  const ids = result.replications[0]?.corridorIds ?? [];
  const entities = ids
    .map((id, index) => ({ index, label: names.get(id) ?? id }))
    .filter((entity) => !isAllZero(column(band.mean, entity.index)));
  const compareMatrix =
    compare && compare.replications[0]?.corridorIds.join() === ids.join()
      ? compare.bands.corridors.teuDelivered.mean
      : undefined;
  return buildChart(
    band,
    entities,
    weekSeconds(result),
    result.replications.length > 1,
    compareMatrix,
    labels,
    chartedWeeks(result),
  );
}

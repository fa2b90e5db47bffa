// Series for the throughput charts from a run's bands: per mode or per corridor, the mean with
// its 95 % band, and (when comparing) run B's mean as a dashed line.
import type uPlot from 'uplot';
import type { CorridorMetric, Matrix, RunResult, Scenario } from '../../../../sim-core/src/api/types.ts';
import { MODES } from '../../../../sim-core/src/vocabulary/modes.ts';
import { HOURS_PER_WEEK } from '../../../../sim-core/src/vocabulary/time.ts';
import type { Language } from '../../state/useSettingsStore.ts';
import { MODE_COLORS, seriesColor, seriesDash } from '../../scene/mapColors.ts';

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

export function column(matrix: Matrix, entity: number, periods = matrix.periods): Float64Array {
  const out = new Float64Array(periods);
  for (let period = 0; period < periods; period++)
    out[period] = matrix.values[period * matrix.entities + entity] ?? Number.NaN;
  return out;
}

export function isAllZero(values: Float64Array): boolean {
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
  /** A colour of its own (a mode's); others take the series palette. */
  color?: string;
}

const DAY_MS = 86_400_000;

/**
 * For each week of A, the week of B that falls on the same week of the year (B's dates shifted by
 * the difference of the runs' first years), or -1. Runs of the same years align week for week; a
 * 2022 run beside a 2025 run puts 2022's first week of March beside 2025's.
 */
export function alignWeeks(datesA: readonly string[], datesB: readonly string[]): Int32Array {
  const yearShift = Number(datesB[0]?.slice(0, 4)) - Number(datesA[0]?.slice(0, 4));
  const timesB = datesB.map((date) => Date.parse(`${date}T00:00:00Z`));
  const out = new Int32Array(datesA.length).fill(-1);
  let j = 0;
  datesA.forEach((date, i) => {
    const shifted = Date.parse(`${Number(date.slice(0, 4)) + (yearShift || 0)}${date.slice(4)}T00:00:00Z`);
    while (j + 1 < timesB.length && (timesB[j + 1] as number) <= shifted + 3.5 * DAY_MS) j++;
    const time = timesB[j];
    if (time !== undefined && Math.abs(time - shifted) < 3.5 * DAY_MS) out[i] = j;
  });
  return out;
}

/** Whether two runs start in different years (their overlay is aligned by week of year). */
export function differentYears(a: RunResult, b: RunResult): boolean {
  const first = (run: RunResult) => run.replications[0]?.weeks.startDates[0]?.slice(0, 4);
  return first(a) !== first(b);
}

/** Run B's series to draw beside A's: its matrix and, per A week, B's week (-1: none). */
export interface Overlay {
  matrix: Matrix;
  weekOfA: Int32Array;
}

/** B's overlay for a matrix of A's, matched by week of year; undefined when entities differ. */
export function overlayOf(
  a: RunResult,
  b: RunResult | undefined,
  pick: (run: RunResult) => Matrix,
  sameEntities: boolean,
): Overlay | undefined {
  if (!b || !sameEntities) return undefined;
  const datesA = a.replications[0]?.weeks.startDates ?? [];
  const datesB = b.replications[0]?.weeks.startDates ?? [];
  return { matrix: pick(b), weekOfA: alignWeeks(datesA, datesB) };
}

function overlayColumn(overlay: Overlay, entity: number, weeks: number): Float64Array {
  const out = new Float64Array(weeks);
  const { matrix, weekOfA } = overlay;
  for (let week = 0; week < weeks; week++) {
    const j = weekOfA[week] ?? -1;
    out[week] = j >= 0 ? (matrix.values[j * matrix.entities + entity] ?? Number.NaN) : Number.NaN;
  }
  return out;
}

export function buildChart(
  band: { mean: Matrix; low: Matrix; high: Matrix },
  entities: Entity[],
  weekX: Float64Array,
  withBands: boolean,
  overlay: Overlay | undefined,
  labels: ChartLabels,
  weeks: number,
): ChartSeries {
  const data: ArrayLike<number | null>[] = [weekX.subarray(0, weeks)];
  const series: uPlot.Series[] = [{ label: labels.weekFrom }];
  const bands: uPlot.Band[] = [];
  entities.forEach((entity, n) => {
    // Modes keep their own colour (as on the map); other series take the shared palette.
    const color = entity.color ?? seriesColor(n);
    const dash = entity.color ? undefined : seriesDash(n);
    const meanIndex = data.length;
    data.push(column(band.mean, entity.index, weeks));
    series.push({
      label: entity.label,
      stroke: color,
      width: 2,
      points: { show: false },
      ...(dash ? { dash } : {}),
    });
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
      data.push(overlayColumn(overlay, entity.index, weeks));
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
        // At least 90 px between ticks, so a month label ("2025年1月", "янв. 2025 г.") has room;
        // a tick that would repeat the label before it (two ticks in one month) stays blank.
        { space: 90, values: (_, splits) => distinctTickLabels(splits, labels.formatTick) },
        { label: labels.unit, size: 70 },
      ],
      scales: { x: { time: true } },
      legend: { show: true },
    },
  };
}

/** Tick labels with repeats blanked: two ticks in one month show the month once. */
export function distinctTickLabels(splits: readonly number[], format: (seconds: number) => string): string[] {
  let previous = '';
  return splits.map((seconds) => {
    const label = format(seconds);
    if (label === previous) return '';
    previous = label;
    return label;
  });
}

/** TEU a week by mode. */
export function throughputByMode(
  result: RunResult,
  compare: RunResult | undefined,
  modeLabel: (mode: string) => string,
  labels: ChartLabels,
): ChartSeries {
  const band = result.bands.modes.teu;
  const entities = MODES.map((mode, index) => ({
    index,
    label: modeLabel(mode),
    color: MODE_COLORS[mode],
  })).filter((entity) => !isAllZero(column(band.mean, entity.index)));
  return buildChart(
    band,
    entities,
    weekSeconds(result),
    result.replications.length > 1,
    overlayOf(result, compare, (run) => run.bands.modes.teu.mean, true),
    labels,
    chartedWeeks(result),
  );
}

/** A weekly series per corridor (TEU delivered, backlog), corridors named in the chosen language. */
export function corridorChart(
  result: RunResult,
  scenario: Scenario,
  compare: RunResult | undefined,
  language: Language,
  labels: ChartLabels,
  metric: CorridorMetric = 'teuDelivered',
): ChartSeries {
  const band = result.bands.corridors[metric];
  const names = new Map(scenario.corridors.map((corridor) => [corridor.id, corridor.name[language]]));
  const ids = result.replications[0]?.corridorIds ?? [];
  const entities = ids
    .map((id, index) => ({ index, label: names.get(id) ?? id }))
    .filter((entity) => !isAllZero(column(band.mean, entity.index)));
  const sameCorridors = compare?.replications[0]?.corridorIds.join() === ids.join();
  return buildChart(
    band,
    entities,
    weekSeconds(result),
    result.replications.length > 1,
    overlayOf(result, compare, (run) => run.bands.corridors[metric].mean, sameCorridors),
    labels,
    chartedWeeks(result),
  );
}

/** TEU delivered a week by corridor. */
export function throughputByCorridor(
  result: RunResult,
  scenario: Scenario,
  compare: RunResult | undefined,
  language: Language,
  labels: ChartLabels,
): ChartSeries {
  return corridorChart(result, scenario, compare, language, labels, 'teuDelivered');
}

// Weekly series per node and per link for the queue charts: queue length, utilisation and TEU
// waiting at the busiest nodes (or at the node the planner clicked), TEU on a clicked link; run B
// beside A when comparing.
import type {
  LinkMetric,
  Matrix,
  NodeMetric,
  RunResult,
  Scenario,
} from '../../../../sim-core/src/api/types.ts';
import type { Language } from '../../state/useSettingsStore.ts';
import {
  buildChart,
  chartedWeeks,
  column,
  overlayOf,
  weekSeconds,
  type ChartLabels,
  type ChartSeries,
} from './seriesCharts.ts';

type Band = { mean: Matrix; low: Matrix; high: Matrix };

/** Utilisation is stored as a share (0..1); the charts show percent. */
const PERCENT_METRICS: ReadonlySet<NodeMetric> = new Set(['utilisation']);

function scaled(matrix: Matrix, factor: number): Matrix {
  return { ...matrix, values: matrix.values.map((value) => value * factor) };
}

function nodeBand(result: RunResult, metric: NodeMetric): Band {
  const band = result.bands.nodes[metric];
  if (!PERCENT_METRICS.has(metric)) return band;
  return { mean: scaled(band.mean, 100), low: scaled(band.low, 100), high: scaled(band.high, 100) };
}

function meanOverWeeks(matrix: Matrix, entity: number, weeks: number): number {
  const values = column(matrix, entity, weeks);
  let sum = 0;
  for (const value of values) sum += Number.isFinite(value) ? value : 0;
  return weeks > 0 ? sum / weeks : 0;
}

/** Indexes of the `count` nodes with the highest mean of `metric` (zero-only nodes left out). */
export function busiestNodes(result: RunResult, metric: NodeMetric, count: number): number[] {
  const band = result.bands.nodes[metric].mean;
  const weeks = chartedWeeks(result);
  return Array.from({ length: band.entities }, (_, index) => ({
    index,
    mean: meanOverWeeks(band, index, weeks),
  }))
    .filter((node) => node.mean > 0)
    .sort((a, b) => b.mean - a.mean)
    .slice(0, count)
    .map((node) => node.index);
}

/** The result's index of a scenario node or link id (-1 when the run has none). */
export function entityIndex(ids: readonly string[] | undefined, id: string | undefined): number {
  return id === undefined || !ids ? -1 : ids.indexOf(id);
}

/** A node metric a week for the given nodes (result indexes). */
export function nodeChart(
  result: RunResult,
  scenario: Scenario,
  compare: RunResult | undefined,
  language: Language,
  labels: ChartLabels,
  metric: NodeMetric,
  nodes: readonly number[],
): ChartSeries {
  const ids = result.replications[0]?.nodeIds ?? [];
  const names = new Map(scenario.nodes.map((node) => [node.id, node.name[language]]));
  const entities = nodes.map((index) => ({ index, label: names.get(ids[index] ?? '') ?? ids[index] ?? '?' }));
  const sameNodes = compare?.replications[0]?.nodeIds.join() === ids.join();
  return buildChart(
    nodeBand(result, metric),
    entities,
    weekSeconds(result),
    result.replications.length > 1,
    overlayOf(result, compare, (run) => nodeBand(run, metric).mean, sameNodes),
    labels,
    chartedWeeks(result),
  );
}

/** A link metric a week for one link (result index). */
export function linkChart(
  result: RunResult,
  compare: RunResult | undefined,
  labels: ChartLabels,
  metric: LinkMetric,
  link: number,
  linkLabel: string,
): ChartSeries {
  const ids = result.replications[0]?.linkIds ?? [];
  const sameLinks = compare?.replications[0]?.linkIds.join() === ids.join();
  return buildChart(
    result.bands.links[metric],
    [{ index: link, label: linkLabel }],
    weekSeconds(result),
    result.replications.length > 1,
    overlayOf(result, compare, (run) => run.bands.links[metric].mean, sameLinks),
    labels,
    chartedWeeks(result),
  );
}

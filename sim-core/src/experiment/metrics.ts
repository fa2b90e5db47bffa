/**
 * The figures an experiment keeps from each replication, named as in the experiment file:
 * - a KPI (`trainsPerYear`, `meanSeaRailTransitDays`, ...): one value per simulated year;
 * - `transit.<meanDays|p50Days|p95Days|delivered>:<demand id>`: door-to-door days of one demand
 *   (or consignments delivered) over the run;
 * - `<nodes|links|modes|corridors>.<metric>:<id>`: a weekly series reduced to one figure over the
 *   run, the total for a flow (TEU, tonnes, vehicles, USD) and the hours-weighted mean for a
 *   level (utilisation, queue, dwell hours, backlog).
 */
import type { Kpis, Matrix, ReplicationResult } from '../api/types.ts';
import { MODES } from '../vocabulary/modes.ts';
import { CORRIDOR_METRICS, KPI_FIELDS, LINK_METRICS, MODE_METRICS, NODE_METRICS } from '../results/csv.ts';
import type { Scenario } from '../scenario/schema.ts';

export type KpiName = Exclude<keyof Kpis, 'years' | 'seaRailByCorridor'>;
const KPI_NAMES: readonly KpiName[] = KPI_FIELDS;
const TRANSIT_FIELDS = ['meanDays', 'p50Days', 'p95Days', 'delivered'] as const;
type Group = 'nodes' | 'links' | 'modes' | 'corridors';
const GROUP_METRICS: Record<Group, ReadonlyArray<readonly [string, string]>> = {
  nodes: NODE_METRICS,
  links: LINK_METRICS,
  modes: MODE_METRICS,
  corridors: CORRIDOR_METRICS,
};
/** Units of a level (a state averaged over time) rather than a flow (summed over time). */
const LEVEL_UNITS = new Set(['h', 'share', 'count']);

/** One kept figure of one replication; `year` is undefined for a whole-run figure. */
export interface MetricRow {
  metric: string;
  year: number | undefined;
  value: number;
}

type ParsedMetric =
  | { kind: 'kpi'; name: KpiName }
  | { kind: 'transit'; field: (typeof TRANSIT_FIELDS)[number]; id: string }
  | { kind: 'series'; group: Group; metric: string; id: string; level: boolean };

function parseMetric(metric: string): ParsedMetric | string {
  if ((KPI_NAMES as readonly string[]).includes(metric)) return { kind: 'kpi', name: metric as KpiName };
  const [head = '', id = ''] = metric.split(':');
  const [group = '', name = ''] = head.split('.');
  if (group === 'transit') {
    const field = TRANSIT_FIELDS.find((f) => f === name);
    return field
      ? { kind: 'transit', field, id }
      : `expected transit.${TRANSIT_FIELDS.join('|')}:<demand id>`;
  }
  const known = GROUP_METRICS[group as Group] as ReadonlyArray<readonly [string, string]> | undefined;
  const entry = known?.find(([m]) => m === name);
  if (!known || !entry) {
    return known
      ? `expected one of ${known.map(([m]) => `${group}.${m}`).join(', ')}`
      : `expected a KPI (${KPI_NAMES.join(', ')}), transit.<field>:<demand id> or <nodes|links|modes|corridors>.<metric>:<id>`;
  }
  const level = LEVEL_UNITS.has(entry[1]) || name === 'backlogTeu';
  return { kind: 'series', group: group as Group, metric: name, id, level };
}

/** Ids a metric may name, per kind, in the scenario. */
function idsOf(scenario: Scenario, parsed: Exclude<ParsedMetric, { kind: 'kpi' }>): readonly string[] {
  if (parsed.kind === 'transit') return scenario.demand.map((d) => d.id);
  if (parsed.group === 'nodes') return scenario.nodes.map((n) => n.id);
  if (parsed.group === 'links') return scenario.links.map((l) => l.id);
  if (parsed.group === 'corridors') return scenario.corridors.map((c) => c.id);
  return MODES;
}

/** What is wrong with a metric for this scenario, or undefined when it can be measured. */
export function metricProblem(metric: string, scenario: Scenario): string | undefined {
  const parsed = parseMetric(metric);
  if (typeof parsed === 'string') return parsed;
  if (parsed.kind === 'kpi') return undefined;
  const ids = idsOf(scenario, parsed);
  if (ids.includes(parsed.id)) return undefined;
  const what = parsed.kind === 'transit' ? 'demand' : parsed.group.replace(/s$/, '');
  return `the scenario has no ${what} "${parsed.id}"`;
}

function seriesValue(matrix: Matrix, entity: number, hours: Float64Array, level: boolean): number {
  let sum = 0;
  let weight = 0;
  for (let p = 0; p < matrix.periods; p++) {
    const value = matrix.values[p * matrix.entities + entity] as number;
    if (Number.isNaN(value)) continue;
    const h = hours[p] as number;
    sum += level ? value * h : value;
    weight += h;
  }
  if (!level) return sum;
  return weight > 0 ? sum / weight : NaN;
}

function entityIds(result: ReplicationResult, group: Group): readonly string[] {
  if (group === 'nodes') return result.nodeIds;
  if (group === 'links') return result.linkIds;
  if (group === 'corridors') return result.corridorIds;
  return MODES;
}

/** The kept figures of one replication, in the order of `metrics` (KPIs year by year). */
export function metricRows(result: ReplicationResult, metrics: readonly string[]): MetricRow[] {
  const rows: MetricRow[] = [];
  for (const metric of metrics) {
    const parsed = parseMetric(metric);
    if (typeof parsed === 'string') throw new RangeError(`metric ${metric}: ${parsed}`);
    if (parsed.kind === 'kpi') {
      result.kpis.years.forEach((year, y) =>
        rows.push({ metric, year, value: result.kpis[parsed.name][y] ?? NaN }),
      );
    } else if (parsed.kind === 'transit') {
      const index = result.transitTimes.demandIds.indexOf(parsed.id);
      rows.push({ metric, year: undefined, value: result.transitTimes[parsed.field][index] ?? NaN });
    } else {
      const group = result[parsed.group] as Record<string, Matrix>;
      const entity = entityIds(result, parsed.group).indexOf(parsed.id);
      const matrix = group[parsed.metric] as Matrix;
      rows.push({
        metric,
        year: undefined,
        value: seriesValue(matrix, entity, result.weeks.hours, parsed.level),
      });
    }
  }
  return rows;
}

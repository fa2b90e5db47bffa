/**
 * The tidy CSV exports of a run (one observation per row, long format), as the command line
 * writes them and the app exports them: byte-identical for the same scenario and seed. Cell,
 * number and line rules are in csvFormat.ts. Each table is also available as a line generator,
 * so the command line can stream a large run to disk instead of holding one huge string.
 */
import type {
  CorridorMetric,
  CsvFiles,
  Estimate,
  Kpis,
  LinkMetric,
  Matrix,
  ModeMetric,
  NodeMetric,
  ReplicationResult,
  RunResult,
} from '../vocabulary/runResult.ts';
import { MODES } from '../vocabulary/modes.ts';
import { confidenceInterval95 } from '../vocabulary/confidenceInterval.ts';
import { csvFile, csvLine, type Cell } from './csvFormat.ts';

export const THROUGHPUT_COLUMNS = [
  'period_start',
  'scenario',
  'replication',
  'entity_type',
  'entity_id',
  'mode',
  'metric',
  'unit',
  'value',
] as const;
export const KPI_COLUMNS = [
  'year',
  'scenario',
  'replication',
  'kpi',
  'unit',
  'value',
  'target',
  'mean',
  'ci95_low',
  'ci95_high',
] as const;
export const TRANSIT_COLUMNS = [
  'scenario',
  'replication',
  'demand_id',
  'origin',
  'destination',
  'corridor',
  'delivered',
  'mean_days',
  'p50_days',
  'p95_days',
  'document_days',
] as const;

/** Metric name in the CSV (snake_case of the API's name) and its unit, in row order. */
const NODE_METRICS: ReadonlyArray<[NodeMetric, string]> = [
  ['teu', 'TEU'],
  ['tonnes', 't'],
  ['dwellWaitingHours', 'h'],
  ['dwellHandlingHours', 'h'],
  ['dwellCustomsHours', 'h'],
  ['dwellDocumentsHours', 'h'],
  ['dwellGaugeHours', 'h'],
  ['utilisation', 'share'],
  ['queueLength', 'count'],
  ['backlogTeu', 'TEU'],
  ['passThroughTeu', 'TEU'],
  ['passThroughVehicles', 'vehicles'],
];
const LINK_METRICS: ReadonlyArray<[LinkMetric, string]> = [
  ['teu', 'TEU'],
  ['tonnes', 't'],
  ['vehicles', 'vehicles'],
];
const MODE_METRICS: ReadonlyArray<[ModeMetric, string]> = [
  ['teu', 'TEU'],
  ['tonnes', 't'],
  ['vehicles', 'vehicles'],
  ['tonneKm', 'tkm'],
  ['co2Tonnes', 'tCO2'],
  ['costUsd', 'USD'],
];
const CORRIDOR_METRICS: ReadonlyArray<[CorridorMetric, string]> = [
  ['teuDelivered', 'TEU'],
  ['tonnesDelivered', 't'],
  ['tradeValueUsd', 'USD'],
  ['backlogTeu', 'TEU'],
];

type KpiField = Exclude<keyof Kpis, 'years' | 'seaRailByCorridor'>;
const KPIS: ReadonlyArray<{ field: KpiField; name: string; unit: string; target?: 'trains' | 'growth' }> = [
  { field: 'trainsPerYear', name: 'trains_per_year', unit: 'trains', target: 'trains' },
  { field: 'scoTradeValueUsd', name: 'sco_trade_value_usd', unit: 'USD' },
  { field: 'scoTradeGrowth', name: 'sco_trade_growth', unit: 'share', target: 'growth' },
  { field: 'meanSeaRailTransitDays', name: 'mean_sea_rail_transit_days', unit: 'days' },
  { field: 'co2PerTeuTonnes', name: 'co2_per_teu_tonnes', unit: 'tCO2/TEU' },
  { field: 'teuDelivered', name: 'teu_delivered', unit: 'TEU' },
  { field: 'backlogTeu', name: 'backlog_teu', unit: 'TEU' },
];

/** `dwellWaitingHours` -> `dwell_waiting_hours`, `co2Tonnes` -> `co2_tonnes`. */
export function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

function cellAt(matrix: Matrix, period: number, entity: number): number {
  return matrix.values[period * matrix.entities + entity] ?? NaN;
}

/** throughput.csv: per replication, week, entity and metric. `mode` is filled for links and modes. */
export function* throughputLines(result: RunResult, scenarioName: string): Generator<string> {
  yield csvLine(THROUGHPUT_COLUMNS);
  const linkModes = result.labels?.linkModes;
  for (const r of result.replications) {
    for (let week = 0; week < r.weeks.startDates.length; week++) {
      const row = (
        type: string,
        id: string,
        mode: string,
        metric: string,
        unit: string,
        value: number,
      ): string =>
        csvLine([
          r.weeks.startDates[week] ?? '',
          scenarioName,
          r.replication,
          type,
          id,
          mode,
          metric,
          unit,
          value,
        ]);
      for (let e = 0; e < r.nodeIds.length; e++) {
        for (const [m, unit] of NODE_METRICS)
          yield row('node', r.nodeIds[e] ?? '', '', snakeCase(m), unit, cellAt(r.nodes[m], week, e));
      }
      for (let e = 0; e < r.linkIds.length; e++) {
        const mode = linkModes?.[e] ?? '';
        for (const [m, unit] of LINK_METRICS)
          yield row('link', r.linkIds[e] ?? '', mode, snakeCase(m), unit, cellAt(r.links[m], week, e));
      }
      for (let e = 0; e < MODES.length; e++) {
        const mode = MODES[e] as string;
        for (const [m, unit] of MODE_METRICS)
          yield row('mode', mode, mode, snakeCase(m), unit, cellAt(r.modes[m], week, e));
      }
      for (let e = 0; e < r.corridorIds.length; e++) {
        for (const [m, unit] of CORRIDOR_METRICS) {
          yield row(
            'corridor',
            r.corridorIds[e] ?? '',
            '',
            snakeCase(m),
            unit,
            cellAt(r.corridors[m], week, e),
          );
        }
      }
    }
  }
}

/** kpis.csv: per year, replication and KPI, with the target and the mean and 95 % CI over replications. */
export function* kpiLines(result: RunResult, scenarioName: string): Generator<string> {
  yield csvLine(KPI_COLUMNS);
  const years = [...new Set(result.replications.flatMap((r) => r.kpis.years))].sort((a, b) => a - b);
  const yearIndex = result.replications.map((r) => new Map(r.kpis.years.map((year, i) => [year, i])));
  const valueOf = (r: number, read: (k: Kpis, year: number) => number, year: number): number => {
    const i = yearIndex[r]?.get(year);
    const replication = result.replications[r] as ReplicationResult;
    return i === undefined ? NaN : read(replication.kpis, i);
  };
  for (const year of years) {
    for (const kpi of [...KPIS, ...seaRailKpis(result)]) {
      const read = 'read' in kpi ? kpi.read : (k: Kpis, i: number) => k[kpi.field][i] ?? NaN;
      const values = result.replications.map((_, r) => valueOf(r, read, year));
      const band: Estimate = confidenceInterval95(values);
      const target = targetOf(result, kpi.target);
      for (let r = 0; r < result.replications.length; r++) {
        const replication = (result.replications[r] as ReplicationResult).replication;
        const cells: Cell[] = [
          year,
          scenarioName,
          replication,
          kpi.name,
          kpi.unit,
          values[r] ?? NaN,
          target,
          band.mean,
          band.low,
          band.high,
        ];
        yield csvLine(cells);
      }
    }
  }
}

/**
 * Sea–rail transit per corridor that delivered any (e.g. sea_rail_days_door_to_door.japan-korea-land-sea),
 * door to door and from the first departure.
 */
function seaRailKpis(result: RunResult) {
  const first = result.replications[0]?.kpis.seaRailByCorridor;
  if (first === undefined) return [];
  const k = first.corridorIds.length;
  return first.corridorIds.flatMap((id, c) => {
    if (
      !result.replications.some((r) =>
        r.kpis.seaRailByCorridor.delivered.some((n, j) => j % k === c && n > 0),
      )
    )
      return [];
    const at = (field: 'doorToDoorDays' | 'fromDepartureDays') => (kpis: Kpis, year: number) =>
      kpis.seaRailByCorridor[field][year * k + c] ?? NaN;
    return [
      {
        name: `sea_rail_days_door_to_door.${id}`,
        unit: 'days',
        read: at('doorToDoorDays'),
        target: undefined,
      },
      {
        name: `sea_rail_days_from_departure.${id}`,
        unit: 'days',
        read: at('fromDepartureDays'),
        target: undefined,
      },
    ];
  });
}

function targetOf(result: RunResult, target: 'trains' | 'growth' | undefined): number {
  if (!result.labels || target === undefined) return NaN;
  return target === 'trains' ? result.labels.targetTrainsPerYear : result.labels.targetTradeGrowthPerYear;
}

/** transit_times.csv: per replication and demand, door-to-door days. */
export function* transitTimeLines(result: RunResult, scenarioName: string): Generator<string> {
  yield csvLine(TRANSIT_COLUMNS);
  const labels = result.labels;
  for (const r of result.replications) {
    const t = r.transitTimes;
    for (let d = 0; d < t.demandIds.length; d++) {
      yield csvLine([
        scenarioName,
        r.replication,
        t.demandIds[d] ?? '',
        labels?.demandOrigins[d] ?? '',
        labels?.demandDestinations[d] ?? '',
        labels?.demandCorridors[d] ?? '',
        t.delivered[d] ?? NaN,
        t.meanDays[d] ?? NaN,
        t.p50Days[d] ?? NaN,
        t.p95Days[d] ?? NaN,
        t.meanDocumentDays[d] ?? NaN,
      ]);
    }
  }
}

/**
 * Rows of throughput.csv that toCsvFiles builds as one string at most. A JavaScript string holds
 * at most about 512 million characters (V8); at up to ~90 characters a row, 5 million rows stay
 * well inside that. Larger runs are exported by the command line, which streams to disk.
 */
export const MAX_IN_MEMORY_THROUGHPUT_ROWS = 5_000_000;

/** Rows throughput.csv will have (without its header). */
export function throughputRowCount(result: RunResult): number {
  return result.replications.reduce(
    (sum, r) =>
      sum +
      r.weeks.startDates.length *
        (r.nodeIds.length * NODE_METRICS.length +
          r.linkIds.length * LINK_METRICS.length +
          MODES.length * MODE_METRICS.length +
          r.corridorIds.length * CORRIDOR_METRICS.length),
    0,
  );
}

/**
 * The three CSV files of a run as strings (UTF-8 text with BOM; encode as UTF-8 to write).
 * Throws a RangeError, before any work, when throughput.csv would be too large for one string.
 */
export function toCsvFiles(result: RunResult, scenarioName: string): CsvFiles {
  const rows = throughputRowCount(result);
  if (rows > MAX_IN_MEMORY_THROUGHPUT_ROWS) {
    throw new RangeError(
      `throughput.csv of this run would have ${rows} rows, more than the ${MAX_IN_MEMORY_THROUGHPUT_ROWS} ` +
        'that can be exported in memory; run fewer replications or a shorter period, or export with ' +
        '`scoda-sim run`, which writes the file to disk as it goes',
    );
  }
  return {
    'throughput.csv': csvFile(throughputLines(result, scenarioName)),
    'kpis.csv': csvFile(kpiLines(result, scenarioName)),
    'transit_times.csv': csvFile(transitTimeLines(result, scenarioName)),
  };
}

/**
 * Hand-made replication results for testing what consumes them (aggregation, CSV) without
 * running the model: every cell is `valueAt(metric, period, entity, replication)`, so a test
 * knows each expected number. Test support only; never shown to a user.
 */
import type {
  CorridorMetric,
  LinkMetric,
  Matrix,
  ModeMetric,
  NodeMetric,
  ReplicationResult,
} from '../../vocabulary/runResult.ts';
import { MODES } from '../../vocabulary/modes.ts';
import { emptyTripTable } from '../emptyTripTable.ts';

export interface SyntheticShape {
  weeks: number;
  nodeIds: string[];
  linkIds: string[];
  corridorIds: string[];
  demandIds: string[];
  resourceIds: string[];
  years: number[];
}

export type ValueAt = (metric: string, period: number, entity: number, replication: number) => number;

const NODE_METRICS: NodeMetric[] = [
  'teu',
  'tonnes',
  'dwellWaitingHours',
  'dwellHandlingHours',
  'dwellCustomsHours',
  'dwellDocumentsHours',
  'dwellGaugeHours',
  'utilisation',
  'queueLength',
  'backlogTeu',
  'passThroughTeu',
  'passThroughVehicles',
];
const LINK_METRICS: LinkMetric[] = ['teu', 'tonnes', 'vehicles'];
const MODE_METRICS: ModeMetric[] = ['teu', 'tonnes', 'vehicles', 'tonneKm', 'co2Tonnes', 'costUsd'];
const CORRIDOR_METRICS: CorridorMetric[] = ['teuDelivered', 'tonnesDelivered', 'tradeValueUsd', 'backlogTeu'];

function matrices<K extends string>(
  metrics: K[],
  group: string,
  periods: number,
  entities: number,
  replication: number,
  valueAt: ValueAt,
): Record<K, Matrix> {
  const out = {} as Record<K, Matrix>;
  for (const metric of metrics) {
    const values = new Float64Array(periods * entities);
    for (let p = 0; p < periods; p++) {
      for (let e = 0; e < entities; e++)
        values[p * entities + e] = valueAt(`${group}.${metric}`, p, e, replication);
    }
    out[metric] = { periods, entities, values };
  }
  return out;
}

const column = (n: number, f: (i: number) => number): Float64Array =>
  Float64Array.from({ length: n }, (_, i) => f(i));

/** A replication whose every number comes from `valueAt`; weeks start on Mondays from 2025-01-06. */
export function syntheticReplication(
  shape: SyntheticShape,
  replication: number,
  valueAt: ValueAt,
): ReplicationResult {
  const { weeks } = shape;
  const startDates = Array.from({ length: weeks }, (_, w) => {
    const day = 6 + 7 * w; // January 2025 has 31 days; tests use at most 3 weeks
    return `2025-01-${String(day).padStart(2, '0')}`;
  });
  const v = (name: string, i: number): number => valueAt(name, 0, i, replication);
  const d = shape.demandIds.length;
  const res = shape.resourceIds.length;
  const y = shape.years.length;
  return {
    replication,
    seed: 1000 + replication,
    weeks: {
      kind: 'week',
      startHours: column(weeks, (w) => (5 + 7 * w) * 24),
      startDates,
      hours: column(weeks, () => 168),
    },
    nodeIds: shape.nodeIds,
    linkIds: shape.linkIds,
    corridorIds: shape.corridorIds,
    nodes: matrices(NODE_METRICS, 'nodes', weeks, shape.nodeIds.length, replication, valueAt),
    links: matrices(LINK_METRICS, 'links', weeks, shape.linkIds.length, replication, valueAt),
    modes: matrices(MODE_METRICS, 'modes', weeks, MODES.length, replication, valueAt),
    corridors: matrices(CORRIDOR_METRICS, 'corridors', weeks, shape.corridorIds.length, replication, valueAt),
    balance: {
      generatedTeu: column(weeks, (i) => v('balance.generatedTeu', i)),
      deliveredTeu: column(weeks, (i) => v('balance.deliveredTeu', i)),
      inTransitTeu: column(weeks, (i) => v('balance.inTransitTeu', i)),
      waitingTeu: column(weeks, (i) => v('balance.waitingTeu', i)),
    },
    transitTimes: {
      demandIds: shape.demandIds,
      delivered: column(d, (i) => v('transit.delivered', i)),
      meanDays: column(d, (i) => v('transit.meanDays', i)),
      p50Days: column(d, (i) => v('transit.p50Days', i)),
      p95Days: column(d, (i) => v('transit.p95Days', i)),
      meanDocumentDays: column(d, (i) => v('transit.meanDocumentDays', i)),
      meanFromDepartureDays: column(d, (i) => v('transit.meanFromDepartureDays', i)),
      maxServiceWaitDays: column(d, (i) => v('transit.maxServiceWaitDays', i)),
      histogram: { binDays: 1, bins: 2, counts: new Float64Array(2 * d) },
    },
    resources: {
      ids: shape.resourceIds,
      servers: column(res, () => 1),
      arrivals: column(res, (i) => v('resources.arrivals', i)),
      meanWaitHours: column(res, (i) => v('resources.meanWaitHours', i)),
      meanQueueLength: column(res, (i) => v('resources.meanQueueLength', i)),
      utilisation: column(res, (i) => v('resources.utilisation', i)),
      meanSojournHours: column(res, (i) => v('resources.meanSojournHours', i)),
      meanInSystem: column(res, (i) => v('resources.meanInSystem', i)),
    },
    kpis: {
      years: shape.years,
      trainsPerYear: column(y, (i) => v('kpis.trainsPerYear', i)),
      scoTradeValueUsd: column(y, (i) => v('kpis.scoTradeValueUsd', i)),
      scoTradeGrowth: column(y, (i) => v('kpis.scoTradeGrowth', i)),
      meanSeaRailTransitDays: column(y, (i) => v('kpis.meanSeaRailTransitDays', i)),
      co2PerTeuTonnes: column(y, (i) => v('kpis.co2PerTeuTonnes', i)),
      teuDelivered: column(y, (i) => v('kpis.teuDelivered', i)),
      backlogTeu: column(y, (i) => v('kpis.backlogTeu', i)),
      seaRailByCorridor: {
        corridorIds: shape.corridorIds,
        delivered: column(y * shape.corridorIds.length, (i) => v('kpis.seaRail.delivered', i)),
        doorToDoorDays: column(y * shape.corridorIds.length, (i) => v('kpis.seaRail.doorToDoorDays', i)),
        fromDepartureDays: column(y * shape.corridorIds.length, (i) =>
          v('kpis.seaRail.fromDepartureDays', i),
        ),
      },
    },
    trips: emptyTripTable(),
    events: 0,
  };
}

// What the map draws, taken from a run: the scenario's nodes and links, the weekly matrices the
// columns, links and tooltips need, and the trips that move. A narrow shape so the map does not
// depend on the rest of the result; the benchmark fixture (testing/syntheticMapSource.ts) builds
// the same shape from synthetic data and says so in `origin`.
import type {
  Matrix,
  Mode,
  NodeMetric,
  RunResult,
  Scenario,
  TripTable,
} from '../../../sim-core/src/api/types.ts';

/** Node kinds and localized names as the scenario defines them (types only, from the contract). */
export type NodeKind = Scenario['nodes'][number]['kind'];
export type LocalizedText = Scenario['nodes'][number]['name'];

/** The node metrics the map shows (columns and tooltips). */
export const MAP_NODE_METRICS = [
  'teu',
  'dwellWaitingHours',
  'dwellHandlingHours',
  'dwellCustomsHours',
  'dwellDocumentsHours',
  'dwellGaugeHours',
  'utilisation',
  'passThroughTeu',
  'passThroughVehicles',
] as const satisfies readonly NodeMetric[];
export type MapNodeMetric = (typeof MAP_NODE_METRICS)[number];

export interface MapNode {
  id: string;
  kind: NodeKind;
  name: LocalizedText;
  lon: number;
  lat: number;
}

export interface MapLink {
  id: string;
  from: string;
  to: string;
  mode: Mode;
  geometry: readonly (readonly [number, number])[];
}

export interface MapSource {
  /** 'run': a simulation result; 'benchmark-fixture': synthetic data for the benchmark only. */
  origin: 'run' | 'benchmark-fixture';
  startDate: string;
  /** The simulation's end, sim hours. */
  durationHours: number;
  nodes: readonly MapNode[];
  links: readonly MapLink[];
  /** Start of each reported week, sim hours. */
  weekStartHours: Float64Array;
  /** Per node metric, [week][node] in scenario node order (mean over replications). */
  nodeMetrics: Record<MapNodeMetric, Matrix>;
  /** TEU per week and link, in scenario link order (mean over replications). */
  linkTeu: Matrix;
  /** Run B of a comparison: its TEU per week and link, with its link ids to match by id. */
  compare: { linkIds: string[]; linkTeu: Matrix } | undefined;
  /** Vehicle movements of the first replication (one replication is one consistent story). */
  trips: TripTable;
}

/** The weekly series to show: the mean over replications, or the one replication's. */
function meanOrFirst<K extends string>(
  bands: Record<K, { mean: Matrix }> | undefined,
  first: Record<K, Matrix>,
  key: K,
): Matrix {
  return bands?.[key]?.mean ?? first[key];
}

/** The map's view of a run (and of run B when comparing). Throws when the run has no replication. */
export function mapSourceFromRun(scenario: Scenario, result: RunResult, compare?: RunResult): MapSource {
  const first = result.replications[0];
  if (!first) throw new Error('the run has no replications to show on the map');
  const nodeMetrics = {} as Record<MapNodeMetric, Matrix>;
  for (const metric of MAP_NODE_METRICS) {
    nodeMetrics[metric] = meanOrFirst(result.bands?.nodes, first.nodes, metric);
  }
  const compareFirst = compare?.replications[0];
  return {
    origin: 'run',
    startDate: scenario.startDate,
    durationHours: scenario.durationDays * 24,
    nodes: scenario.nodes,
    links: scenario.links,
    weekStartHours: first.weeks.startHours,
    nodeMetrics,
    linkTeu: meanOrFirst(result.bands?.links, first.links, 'teu'),
    compare:
      compare && compareFirst
        ? {
            linkIds: compareFirst.linkIds,
            linkTeu: meanOrFirst(compare.bands?.links, compareFirst.links, 'teu'),
          }
        : undefined,
    trips: first.trips,
  };
}

/** The value of a [period][entity] matrix, 0 outside it. */
/**
 * A node column's TEU in a week: cargo handled at the node plus cargo passing through on vehicles
 * calling there (a border crossing handles little but every westbound train passes it).
 */
export function nodeColumnTeu(source: MapSource, week: number, node: number): number {
  return (
    matrixValue(source.nodeMetrics.teu, week, node) +
    matrixValue(source.nodeMetrics.passThroughTeu, week, node)
  );
}

export function matrixValue(matrix: Matrix, period: number, entity: number): number {
  if (period < 0 || period >= matrix.periods || entity < 0 || entity >= matrix.entities) return 0;
  return matrix.values[period * matrix.entities + entity] ?? 0;
}

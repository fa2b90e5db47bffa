// What the map draws, taken from a run: the scenario's nodes and links, the weekly matrices the
// columns, links and tooltips need, and the trips that move. A narrow shape so the map does not
// depend on the rest of the result; the benchmark fixture (testing/syntheticMapSource.ts) builds
// the same shape from synthetic data and says so in `origin`.
import { distinguishableCells, pairing } from '../state/pairedReplications.ts';
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
  /**
   * Run B of a comparison: its TEU per week and link, with its link ids to match by id, and per
   * [week][link of A] whether B − A is distinguishable from zero over paired replications (1) or
   * noise (0); undefined where there is no interval (fewer than two paired replications).
   */
  compare: { linkIds: string[]; linkTeu: Matrix; distinct?: Uint8Array | undefined } | undefined;
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
/**
 * What the map draws of a run; with run B (and its scenario), B's lanes that A lacks (a route
 * added in B) are drawn after A's, A's TEU on them zero, so the difference shows the new lane.
 */
export function mapSourceFromRun(
  scenario: Scenario,
  result: RunResult,
  compare?: RunResult,
  compareScenario?: Scenario,
): MapSource {
  const first = result.replications[0];
  if (!first) throw new Error('the run has no replications to show on the map');
  const nodeMetrics = {} as Record<MapNodeMetric, Matrix>;
  for (const metric of MAP_NODE_METRICS) {
    nodeMetrics[metric] = meanOrFirst(result.bands?.nodes, first.nodes, metric);
  }
  const compareFirst = compare?.replications[0];
  const own = new Set(scenario.links.map((link) => link.id));
  const onlyInB = compare && compareScenario ? compareScenario.links.filter((link) => !own.has(link.id)) : [];
  const links = onlyInB.length > 0 ? [...scenario.links, ...onlyInB] : scenario.links;
  return {
    origin: 'run',
    startDate: scenario.startDate,
    durationHours: scenario.durationDays * 24,
    nodes: scenario.nodes,
    links,
    weekStartHours: first.weeks.startHours,
    nodeMetrics,
    linkTeu: meanOrFirst(result.bands?.links, first.links, 'teu'),
    compare:
      compare && compareFirst
        ? {
            linkIds: compareFirst.linkIds,
            linkTeu: meanOrFirst(compare.bands?.links, compareFirst.links, 'teu'),
            distinct: distinctLinkWeeks(
              result,
              compare,
              links.map((link) => link.id),
            ),
          }
        : undefined,
    trips: first.trips,
  };
}

/**
 * Per [week][link drawn]: 1 where B − A of the link's weekly TEU has a 95 % interval over paired
 * replications that excludes zero. Undefined without two paired replications (no interval).
 */
export function distinctLinkWeeks(
  a: RunResult,
  b: RunResult,
  /** The links drawn, in order (default A's): one missing from a run counts as 0 TEU there. */
  linkIds?: readonly string[],
): Uint8Array | undefined {
  const { pairs } = pairing(a, b);
  const firstA = a.replications[0];
  const firstB = b.replications[0];
  if (pairs < 2 || !firstA || !firstB) return undefined;
  const ids = linkIds ?? firstA.linkIds;
  const links = ids.length;
  const weeks = firstA.links.teu.periods;
  const indexInA = ids.map((id) => firstA.linkIds.indexOf(id));
  const indexInB = ids.map((id) => firstB.linkIds.indexOf(id));
  const read = (run: RunResult, r: number, week: number, link: number) => {
    const matrix = run.replications[r]?.links.teu;
    return matrix && link >= 0 ? matrixValue(matrix, week, link) : 0;
  };
  return distinguishableCells(
    weeks * links,
    pairs,
    (r, cell) => read(a, r, Math.floor(cell / links), indexInA[cell % links] ?? -1),
    (r, cell) => read(b, r, Math.floor(cell / links), indexInB[cell % links] ?? -1),
  );
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

/**
 * Map geometry for a new link, by mode:
 * - sea: along the project's sea-lane graph (the lanes of assets/network/sea-lanes.json, computed
 *   over the Eurostat MARNET network), joined to the ports by connectors that stay off land;
 * - rail: along the scenario's existing rail links where they join the two nodes, otherwise a
 *   great circle marked as a placeholder with a warning (no rail geometry is invented);
 * - air: a great circle; road: a great circle marked as a placeholder (no road network here).
 * Pure: the lanes, the land test and the rail links come in as data.
 */
import { greatCircle, haversineKm, polylineKm, roundLine, type LonLat } from './geo.ts';
import { longestLandRun, type IsOnLand } from './landMask.ts';

export interface RouteGeometry {
  /** [lon, lat] from the first node to the second. */
  geometry: LonLat[];
  /** Length of the line, km (rounded). */
  distanceKm: number;
  /** True when the line is a stand-in (no network geometry was found): draw it marked. */
  placeholder: boolean;
  /** Why the line is a placeholder, for the planner. */
  warning?: string;
}

/** Points of a great circle: smooth enough on a globe. */
const GREAT_CIRCLE_SAMPLES = 64;
/** Lane vertices closer than this are joined, so lanes computed separately form one graph, km. */
const JOIN_KM = 60;
/** How many of the nearest lane vertices a port may join (the nearest may be behind a cape). */
const PORT_CANDIDATES = 12;
/** Ports sit on the shore: the land test leaves out this much of a connector's ends, km. */
export const PORT_APPROACH_KM = 40;
/** Consecutive ~10 km samples on land that still count as grazing a coast. */
export const MAX_LAND_RUN = 3;

export interface SeaLaneGraph {
  points: LonLat[];
  /** Adjacency: neighbour index and km. */
  edges: Array<Array<{ to: number; km: number }>>;
}

/** One graph from lane polylines: shared and nearby vertices are joined. */
export function buildSeaLaneGraph(lanes: readonly (readonly LonLat[])[]): SeaLaneGraph {
  const points: LonLat[] = [];
  const byKey = new Map<string, number>();
  const edges: SeaLaneGraph['edges'] = [];
  const vertex = (p: LonLat): number => {
    const key = `${p[0].toFixed(3)},${p[1].toFixed(3)}`;
    let index = byKey.get(key);
    if (index === undefined) {
      index = points.push([p[0], p[1]]) - 1;
      byKey.set(key, index);
      edges.push([]);
    }
    return index;
  };
  const join = (a: number, b: number) => {
    if (a === b || edges[a]?.some((edge) => edge.to === b)) return;
    const km = haversineKm(points[a] as LonLat, points[b] as LonLat);
    edges[a]?.push({ to: b, km });
    edges[b]?.push({ to: a, km });
  };
  for (const lane of lanes) {
    for (let i = 1; i < lane.length; i++) join(vertex(lane[i - 1] as LonLat), vertex(lane[i] as LonLat));
  }
  for (let a = 0; a < points.length; a++) {
    for (let b = a + 1; b < points.length; b++) {
      if (haversineKm(points[a] as LonLat, points[b] as LonLat) < JOIN_KM) join(a, b);
    }
  }
  return { points, edges };
}

function finish(line: LonLat[], placeholder: boolean, warning?: string): RouteGeometry {
  const geometry = roundLine(line);
  const route: RouteGeometry = {
    geometry,
    distanceKm: Math.max(1, Math.round(polylineKm(geometry))),
    placeholder,
  };
  if (warning !== undefined) route.warning = warning;
  return route;
}

/** A great circle between two points; `warning` marks it as a placeholder. */
export function greatCircleRoute(from: LonLat, to: LonLat, warning?: string): RouteGeometry {
  return finish(greatCircle(from, to, GREAT_CIRCLE_SAMPLES), warning !== undefined, warning);
}

/** True when a straight (great-circle) connector stays at sea away from its ends. */
function staysAtSea(a: LonLat, b: LonLat, isOnLand: IsOnLand): boolean {
  return longestLandRun([a, b], isOnLand, PORT_APPROACH_KM).longest <= MAX_LAND_RUN;
}

/** The lane vertices a port may reach by sea, with the connector's km. */
function entries(graph: SeaLaneGraph, port: LonLat, isOnLand: IsOnLand): Map<number, number> {
  const nearest = graph.points
    .map((point, index) => ({ index, km: haversineKm(port, point) }))
    .sort((x, y) => x.km - y.km)
    .slice(0, PORT_CANDIDATES);
  const out = new Map<number, number>();
  for (const { index, km } of nearest) {
    if (staysAtSea(port, graph.points[index] as LonLat, isOnLand)) out.set(index, km);
  }
  return out;
}

/**
 * The shortest sea route between two ports over the lane graph (Dijkstra), or a direct line
 * when that is at sea and shorter. With no route at sea, a great circle marked as a placeholder.
 */
export function seaRoute(graph: SeaLaneGraph, from: LonLat, to: LonLat, isOnLand: IsOnLand): RouteGeometry {
  const direct = staysAtSea(from, to, isOnLand) ? haversineKm(from, to) : Infinity;
  const starts = entries(graph, from, isOnLand);
  const exits = entries(graph, to, isOnLand);
  const { distance, previous } = shortestPaths(graph, starts);
  let bestExit = -1;
  let bestKm = direct;
  for (const [index, km] of exits) {
    const total = (distance[index] ?? Infinity) + km;
    if (total < bestKm) [bestExit, bestKm] = [index, total];
  }
  if (bestKm === Infinity) {
    return greatCircleRoute(from, to, 'no sea lane joins these ports: drawn as a great circle, check it');
  }
  if (bestExit < 0) return finish([from, to], false);
  const path: LonLat[] = [];
  for (let at = bestExit; at >= 0; at = previous[at] ?? -1) path.unshift(graph.points[at] as LonLat);
  return finish([from, ...path, to], false);
}

function shortestPaths(
  graph: SeaLaneGraph,
  starts: ReadonlyMap<number, number>,
): { distance: number[]; previous: number[] } {
  const count = graph.points.length;
  const distance = new Array<number>(count).fill(Infinity);
  const previous = new Array<number>(count).fill(-1);
  const done = new Array<boolean>(count).fill(false);
  for (const [index, km] of starts) distance[index] = km;
  // O(V^2) Dijkstra: the lane graph has a few hundred vertices.
  for (;;) {
    let at = -1;
    for (let i = 0; i < count; i++) {
      if (!done[i] && (distance[i] ?? Infinity) < (at < 0 ? Infinity : (distance[at] ?? Infinity))) at = i;
    }
    if (at < 0) break;
    done[at] = true;
    for (const edge of graph.edges[at] ?? []) {
      const via = (distance[at] ?? Infinity) + edge.km;
      if (via < (distance[edge.to] ?? Infinity)) [distance[edge.to], previous[edge.to]] = [via, at];
    }
  }
  return { distance, previous };
}

/** A rail link as the route finder needs it. */
export interface RailLinkGeometry {
  from: string;
  to: string;
  geometry: readonly LonLat[];
}

/**
 * Rail between two nodes along existing rail links (the path with the fewest links); where the
 * links do not join them, a great circle marked as a placeholder, with a warning.
 */
export function railRoute(
  links: readonly RailLinkGeometry[],
  from: { id: string; position: LonLat },
  to: { id: string; position: LonLat },
): RouteGeometry {
  const path = railLinkPath(links, from.id, to.id);
  if (!path) {
    return greatCircleRoute(
      from.position,
      to.position,
      'no rail line of this network joins these nodes: drawn as a great circle placeholder; the distance is a straight line',
    );
  }
  const line: LonLat[] = [];
  for (const { link, forward } of path) {
    const points = forward ? [...link.geometry] : [...link.geometry].reverse();
    line.push(...(line.length > 0 ? points.slice(1) : points));
  }
  return finish(line, false);
}

/** Breadth-first search over rail links, either direction. */
function railLinkPath(
  links: readonly RailLinkGeometry[],
  from: string,
  to: string,
): Array<{ link: RailLinkGeometry; forward: boolean }> | undefined {
  const reached = new Map<string, { link: RailLinkGeometry; forward: boolean; node: string } | null>([
    [from, null],
  ]);
  const queue = [from];
  for (let head = 0; head < queue.length && !reached.has(to); head++) {
    const node = queue[head] as string;
    for (const link of links) {
      const next = link.from === node ? link.to : link.to === node ? link.from : undefined;
      if (next === undefined || reached.has(next)) continue;
      reached.set(next, { link, forward: link.from === node, node });
      queue.push(next);
    }
  }
  if (!reached.has(to) || from === to) return undefined;
  const path: Array<{ link: RailLinkGeometry; forward: boolean }> = [];
  for (let step = reached.get(to); step; step = reached.get(step.node)) path.unshift(step);
  return path;
}

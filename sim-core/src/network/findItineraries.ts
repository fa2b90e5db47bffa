/**
 * Candidate itineraries per demand, by generalised cost: freight rates + value of time x expected
 * days + document fees. A label-setting search over the service-leg graph (an edge per route and
 * pair of its stops i < j, so one boarding rides through intermediate stops) keeps the K cheapest
 * loop-free paths of at most MAX_LEGS legs. Expected days count the cut-off, half the mean
 * headway (waiting for a departure), travel, and mean process and document hours at each node.
 */
import type { Route } from './RouteTable.ts';

export const MAX_LEGS = 4;
/** Bound on labels settled per node, a multiple of K (costs depend on the arriving mode). */
const VISITS_PER_K = 4;

export interface Leg {
  route: number;
  board: number;
  alight: number;
}

export interface Itinerary {
  legs: Leg[];
  costUsd: number;
  expectedDays: number;
}

export interface ItineraryQuery {
  origin: number;
  destination: number;
  /** Demand measured in tonnes (else TEU). */
  perTonne: boolean;
  tonnesPerTeu: number;
  valueOfTimeUsdPerDay: number;
  k: number;
  /** Expected document fee (USD per unit) and hours at the origin and at a change of mode. */
  docs: { originFeeUsd: number; originHours: number; transferFeeUsd: number; transferHours: number };
  /** Mean process hours a consignment spends at `node` arriving by / departing on a mode index (-1 none). */
  nodeHours: (node: number, arriveMode: number, departMode: number) => number;
}

interface Edge {
  route: number;
  board: number;
  alight: number;
  to: number;
  hours: number;
}

/** Adjacency of the service-leg graph: edges leaving each node. Build once per scenario. */
export function buildLegGraph(routes: readonly Route[], nodeCount: number): Edge[][] {
  const adjacency: Edge[][] = Array.from({ length: nodeCount }, () => []);
  for (const route of routes) {
    if (!Number.isFinite(route.meanHeadwayHours)) continue;
    const n = route.stops.length;
    for (let i = 0; i < n - 1; i++) {
      let travel = 0;
      for (let j = i + 1; j < n; j++) {
        travel += route.legMeanHours[j - 1] as number;
        const from = route.stops[i] as number;
        const to = route.stops[j] as number;
        if (from === to) continue;
        const hours = route.cutoffHours + route.meanHeadwayHours / 2 + travel;
        (adjacency[from] as Edge[]).push({ route: route.index, board: i, alight: j, to, hours });
      }
    }
  }
  return adjacency;
}

interface Label {
  node: number;
  cost: number;
  hours: number;
  prev: Label | undefined;
  edge: Edge | undefined;
  legs: number;
  mode: number;
}

/** The K cheapest itineraries, cheapest first; one empty itinerary when origin === destination. */
export function findItineraries(
  query: ItineraryQuery,
  routes: readonly Route[],
  graph: Edge[][],
): Itinerary[] {
  if (query.origin === query.destination) {
    const hours = query.nodeHours(query.origin, -1, -1);
    return [{ legs: [], costUsd: (query.valueOfTimeUsdPerDay * hours) / 24, expectedDays: hours / 24 }];
  }
  const found: Itinerary[] = [];
  const visits = new Int32Array(graph.length);
  const heap = new LabelHeap();
  heap.push({ node: query.origin, cost: 0, hours: 0, prev: undefined, edge: undefined, legs: 0, mode: -1 });
  const visitLimit = query.k * VISITS_PER_K;
  for (let label = heap.pop(); label !== undefined && found.length < query.k; label = heap.pop()) {
    if (label.node === query.destination && label.legs > 0) {
      found.push(toItinerary(label, query));
      continue;
    }
    if (label.legs >= MAX_LEGS) continue;
    if ((visits[label.node] = (visits[label.node] as number) + 1) > visitLimit) continue;
    for (const edge of graph[label.node] as Edge[]) {
      if (label.edge !== undefined && edge.route === label.edge.route) continue;
      if (onPath(label, edge.to)) continue;
      heap.push(extend(label, edge, routes[edge.route] as Route, query));
    }
  }
  return found;
}

function extend(label: Label, edge: Edge, route: Route, query: ItineraryQuery): Label {
  const mode = route.modeIndex;
  let nodeHours = query.nodeHours(label.node, label.mode, mode);
  let fees = 0;
  if (label.legs === 0) {
    fees = query.docs.originFeeUsd;
    nodeHours += query.docs.originHours;
  } else if (label.mode !== mode) {
    fees = query.docs.transferFeeUsd;
    nodeHours += query.docs.transferHours;
  }
  const hours = nodeHours + edge.hours;
  const rate = route.rateUsd * unitFactor(route.perTonne, query.perTonne, query.tonnesPerTeu);
  return {
    node: edge.to,
    cost: label.cost + fees + rate + (query.valueOfTimeUsdPerDay * hours) / 24,
    hours: label.hours + hours,
    prev: label,
    edge,
    legs: label.legs + 1,
    mode,
  };
}

/** Converts a route's per-TEU or per-tonne rate into the demand's unit. */
export function unitFactor(routePerTonne: boolean, demandPerTonne: boolean, tonnesPerTeu: number): number {
  if (routePerTonne === demandPerTonne) return 1;
  return routePerTonne ? tonnesPerTeu : 1 / tonnesPerTeu;
}

function onPath(label: Label, node: number): boolean {
  for (let l: Label | undefined = label; l !== undefined; l = l.prev) if (l.node === node) return true;
  return false;
}

function toItinerary(label: Label, query: ItineraryQuery): Itinerary {
  const legs: Leg[] = [];
  for (let l: Label | undefined = label; l?.edge !== undefined; l = l.prev) {
    legs.unshift({ route: l.edge.route, board: l.edge.board, alight: l.edge.alight });
  }
  const finalHours = query.nodeHours(label.node, label.mode, -1);
  return {
    legs,
    costUsd: label.cost + (query.valueOfTimeUsdPerDay * finalHours) / 24,
    expectedDays: (label.hours + finalHours) / 24,
  };
}

/** A binary min-heap of labels by cost; ties by insertion order so results are deterministic. */
class LabelHeap {
  private items: { label: Label; seq: number }[] = [];
  private seq = 0;

  push(label: Label): void {
    const items = this.items;
    items.push({ label, seq: this.seq++ });
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!less(items[i]!, items[parent]!)) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }

  pop(): Label | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (top === undefined || last === undefined) return undefined;
    if (items.length > 0) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < items.length && less(items[l]!, items[m]!)) m = l;
        if (r < items.length && less(items[r]!, items[m]!)) m = r;
        if (m === i) break;
        [items[i], items[m]] = [items[m]!, items[i]!];
        i = m;
      }
    }
    return top.label;
  }
}

function less(a: { label: Label; seq: number }, b: { label: Label; seq: number }): boolean {
  return a.label.cost < b.label.cost || (a.label.cost === b.label.cost && a.seq < b.seq);
}

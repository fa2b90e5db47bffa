/**
 * Candidate itineraries per demand, by generalised cost: freight rates + value of time x expected
 * days + document fees. A label-setting search over the service-leg graph (an edge per route and
 * pair of its stops i < j, so one boarding rides through intermediate stops) keeps the K cheapest
 * loop-free paths of at most MAX_LEGS legs. Expected days count the cut-off, half the mean
 * headway (waiting for a departure), travel, and mean process and document hours at each node.
 */
import type { Route } from './RouteTable.ts';

export const MAX_LEGS = 4;
/**
 * Labels settled per node: K plus a few, because a label's onward cost depends on how it arrived
 * (mode changes cost documents) and paths with loops are dropped at the destination.
 */
const VISITS_EXTRA = 4;

export interface Leg {
  route: number;
  board: number;
  alight: number;
  /** Generalised cost (per unit) and expected hours of the itinerary up to arriving at this leg's boarding node. */
  costBefore: number;
  hoursBefore: number;
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
  /**
   * Expected document fee (USD per unit) and hours at the origin and at a change of mode, by the
   * mode index of the leg departed on (air cargo clears in hours, sea-rail transit in days).
   */
  docs: readonly {
    originFeeUsd: number;
    originHours: number;
    transferFeeUsd: number;
    transferHours: number;
  }[];
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
  /** Insertion order in the heap (ties break by it). */
  seq: number;
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
  heap.push({
    node: query.origin,
    cost: 0,
    hours: 0,
    prev: undefined,
    edge: undefined,
    legs: 0,
    mode: -1,
    seq: 0,
  });
  const visitLimit = query.k + VISITS_EXTRA;
  for (let label = heap.pop(); label !== undefined && found.length < query.k; label = heap.pop()) {
    if (label.node === query.destination && label.legs > 0) {
      found.push(toItinerary(label, query));
      continue;
    }
    if (label.legs >= MAX_LEGS) continue;
    if ((visits[label.node] = (visits[label.node] as number) + 1) > visitLimit) continue;
    for (const edge of graph[label.node] as Edge[]) {
      if (label.edge !== undefined && edge.route === label.edge.route) continue;
      // A node already settled its quota of labels would drop this one when popped: do not push it.
      if ((visits[edge.to] as number) >= visitLimit && edge.to !== query.destination) continue;
      if (ridesOverPath(label, edge, routes)) continue;
      if (catchesUp(label, edge, routes)) continue;
      heap.push(extend(label, edge, routes[edge.route] as Route, query));
    }
  }
  // Final node hours depend on the arriving mode, so pop order is not quite cost order: sort (stable).
  return found.sort((a, b) => a.costUsd - b.costUsd);
}

function extend(label: Label, edge: Edge, route: Route, query: ItineraryQuery): Label {
  const mode = route.modeIndex;
  let nodeHours = query.nodeHours(label.node, label.mode, mode);
  let fees = 0;
  const docs = query.docs[mode];
  if (docs !== undefined && label.legs === 0) {
    fees = docs.originFeeUsd;
    nodeHours += docs.originHours;
  } else if (docs !== undefined && label.mode !== mode) {
    fees = docs.transferFeeUsd;
    nodeHours += docs.transferHours;
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
    seq: 0,
  };
}

/** Converts a route's per-TEU or per-tonne rate into the demand's unit. */
export function unitFactor(routePerTonne: boolean, demandPerTonne: boolean, tonnesPerTeu: number): number {
  if (routePerTonne === demandPerTonne) return 1;
  return routePerTonne ? tonnesPerTeu : 1 / tonnesPerTeu;
}

/**
 * Whether riding `edge` would bring the cargo back to a node it has already been at: its origin,
 * or any stop of its legs so far, the stops it rode through included (cargo does not ride past its
 * own origin to board a vehicle coming back the other way).
 */
function ridesOverPath(label: Label, edge: Edge, routes: readonly Route[]): boolean {
  const stops = (routes[edge.route] as Route).stops;
  for (let k = edge.board + 1; k <= edge.alight; k++)
    if (onPath(label, stops[k] as number, routes)) return true;
  return false;
}

/**
 * Whether `edge` boards a route at a stop after one the cargo has already been at: it could have
 * boarded that very vehicle there. Riding another service ahead only to join the same route further
 * down gains nothing but a place ahead of the cargo queued at the earlier stop (a queue jump the
 * earlier stop's own queue and the later stop's slot share would then both pay for).
 */
function catchesUp(label: Label, edge: Edge, routes: readonly Route[]): boolean {
  if (label.edge === undefined) return false;
  const stops = (routes[edge.route] as Route).stops;
  for (let k = 0; k < edge.board; k++) if (onPath(label, stops[k] as number, routes)) return true;
  return false;
}

function onPath(label: Label, node: number, routes: readonly Route[]): boolean {
  for (let l: Label | undefined = label; l !== undefined; l = l.prev) {
    if (l.node === node) return true;
    const edge = l.edge;
    if (edge === undefined) continue;
    const stops = (routes[edge.route] as Route).stops;
    for (let k = edge.board; k < edge.alight; k++) if (stops[k] === node) return true;
  }
  return false;
}

function toItinerary(label: Label, query: ItineraryQuery): Itinerary {
  const legs: Leg[] = [];
  for (let l: Label | undefined = label; l?.edge !== undefined; l = l.prev) {
    const before = l.prev as Label;
    legs.unshift({
      route: l.edge.route,
      board: l.edge.board,
      alight: l.edge.alight,
      costBefore: before.cost,
      hoursBefore: before.hours,
    });
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
  private readonly items: Label[] = [];
  private seq = 0;

  push(label: Label): void {
    label.seq = this.seq++;
    const items = this.items;
    let i = items.length;
    items.push(label);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = items[parent] as Label;
      if (!less(label, p)) break;
      items[i] = p;
      i = parent;
    }
    items[i] = label;
  }

  pop(): Label | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (top === undefined || last === undefined || items.length === 0) return top;
    const n = items.length;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const child = r < n && less(items[r] as Label, items[l] as Label) ? r : l;
      if (!less(items[child] as Label, last)) break;
      items[i] = items[child] as Label;
      i = child;
    }
    items[i] = last;
    return top;
  }
}

function less(a: Label, b: Label): boolean {
  return a.cost < b.cost || (a.cost === b.cost && a.seq < b.seq);
}

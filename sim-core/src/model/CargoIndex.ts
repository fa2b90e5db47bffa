/**
 * Flat per-leg, per-itinerary and per-demand numbers that the consignment hot path reads once or
 * more per event: what would otherwise be a walk from a leg to its Route object (or from a demand
 * to its spec) and a recomputation (a vehicle's capacity in TEU). Built once per replication from
 * the compiled scenario; the values are exactly the ones the Route objects give, so reading them
 * here changes no result.
 */
import { distributionMean } from '../kernel/sampler.ts';
import { NO_LINK, type Route } from '../network/RouteTable.ts';
import type { CompiledScenario } from './compileScenario.ts';
import { slotShares, type SlotShares } from './slotShares.ts';
import { vehicleProcessPlans } from './vehicleProcessPlans.ts';

export interface CargoIndex {
  /** Per itinerary leg: its departure queue (Route.queueBase + board stop). */
  legQueue: Int32Array;
  /** Per itinerary leg: the departure queue of its route's first stop (Route.queueBase). */
  legRouteQueue: Int32Array;
  /** Per itinerary leg: one vehicle's capacity, TEU-equivalent. */
  legCapacityTeu: Float64Array;
  /** Per itinerary leg: the route's mean hours between departures. */
  legHeadwayHours: Float64Array;
  /** Per itinerary leg: the route's mode index. */
  legMode: Int32Array;
  /** Per itinerary leg: the node where it is boarded, and its service. */
  legBoardNode: Int32Array;
  legService: Int32Array;
  /**
   * Per itinerary leg, where cargo may queue on it beyond its departure queue ("congestion
   * points"): legPoint[legPointStart[leg] .. legPointStart[leg + 1] - 1], each a process index
   * (>= 0: the vehicle processes at every stop after boarding up to alighting, then the
   * consignment processes at the alighting node for the arriving mode) or -(link + 1) for a link
   * with a slot limit (a capacity or a throttle) that the leg travels.
   */
  legPointStart: Int32Array;
  legPoint: Int32Array;
  /** Per process: its node. */
  processNode: Int32Array;
  /** Per process: mean hours a unit holds a server (service plus expected inspection). */
  processMeanHours: Float64Array;
  /** Per node: 1 when some intervention throttles it (it may close). */
  nodeThrottled: Uint8Array;
  /** Per itinerary: the service of its first leg, or -1 when it has no legs. */
  firstService: Int32Array;
  /** Per service: 1 when some intervention scales its frequency (it may not run at some time). */
  serviceScaled: Uint8Array;
  /** Per service: its ad hoc departures a week at most (0: none) and the queue, in vehicle-loads, that sends one. */
  serviceAdHocPerWeek: Float64Array;
  serviceAdHocMinLoads: Float64Array;
  /** Per departure queue: expected boarding, and the room a vehicle keeps there (slotShares.ts). */
  slotShares: SlotShares;
  /** Per demand: value of time (USD a day, 0 when absent) and corridor index. */
  valueOfTimeUsdPerDay: Float64Array;
  demandCorridor: Int32Array;
}

export function buildCargoIndex(c: CompiledScenario, tonnesPerTeu: number): CargoIndex {
  const table = c.itineraries;
  const routes = c.routes.routes;
  const legs = table.legRoute.length;
  const legQueue = new Int32Array(legs);
  const legRouteQueue = new Int32Array(legs);
  const legCapacityTeu = new Float64Array(legs);
  const legHeadwayHours = new Float64Array(legs);
  const legMode = new Int32Array(legs);
  for (let leg = 0; leg < legs; leg++) {
    const route = routes[table.legRoute[leg] as number] as Route;
    legQueue[leg] = route.queueBase + (table.legBoard[leg] as number);
    legRouteQueue[leg] = route.queueBase;
    // Same expression as capacityTeu() in CargoFlow.ts, so the same float64.
    legCapacityTeu[leg] = route.perTonne ? route.capacityUnits / tonnesPerTeu : route.capacityUnits;
    legHeadwayHours[leg] = route.meanHeadwayHours;
    legMode[leg] = route.modeIndex;
  }
  const itineraries = table.legStart.length;
  const firstService = new Int32Array(itineraries).fill(-1);
  for (let k = 0; k < itineraries; k++) {
    if ((table.legCount[k] as number) === 0) continue;
    firstService[k] = (routes[table.legRoute[table.legStart[k] as number] as number] as Route).serviceIndex;
  }
  const serviceScaled = Uint8Array.from(c.services, (_, s) => (c.interventions.scalesFrequency(s) ? 1 : 0));
  const points = congestionPoints(c);
  return {
    legQueue,
    legRouteQueue,
    legCapacityTeu,
    legHeadwayHours,
    legMode,
    legBoardNode: Int32Array.from(table.legRoute, (r, leg) => {
      const route = routes[r] as Route;
      return route.stops[table.legBoard[leg] as number] as number;
    }),
    legService: Int32Array.from(table.legRoute, (r) => (routes[r] as Route).serviceIndex),
    legPointStart: points.start,
    legPoint: points.point,
    processNode: Int32Array.from(c.processes, (p) => p.node),
    processMeanHours: Float64Array.from(c.processes, (p) => {
      const inspection = p.spec.inspectionHours;
      const inspected =
        inspection === undefined ? 0 : (p.spec.inspectionProbability ?? 0) * distributionMean(inspection);
      return distributionMean(p.spec.serviceHours) + inspected;
    }),
    nodeThrottled: Uint8Array.from(c.scenario.nodes, (_, n) => (c.interventions.hasNodeThrottle(n) ? 1 : 0)),
    firstService,
    serviceScaled,
    serviceAdHocPerWeek: Float64Array.from(c.services, (s) => s.adHoc?.maxPerWeek ?? 0),
    serviceAdHocMinLoads: Float64Array.from(c.services, (s) => s.adHoc?.minLoadShare ?? 1),
    slotShares: slotShares(c, tonnesPerTeu),
    valueOfTimeUsdPerDay: Float64Array.from(c.demands, (d) => d.spec.valueOfTimeUsdPerDay ?? 0),
    demandCorridor: Int32Array.from(c.demands, (d) => d.corridor),
  };
}

function congestionPoints(c: CompiledScenario): { start: Int32Array; point: Int32Array } {
  const table = c.itineraries;
  const plans = vehicleProcessPlans(c);
  const legs = table.legRoute.length;
  const start = new Int32Array(legs + 1);
  const point: number[] = [];
  for (let leg = 0; leg < legs; leg++) {
    start[leg] = point.length;
    const r = table.legRoute[leg] as number;
    const route = c.routes.routes[r] as Route;
    const board = table.legBoard[leg] as number;
    const alight = table.legAlight[leg] as number;
    for (let stop = board; stop < alight; stop++) {
      const link = route.legLink[stop] as number;
      if (link !== NO_LINK && limitsSlots(c, link)) point.push(-(link + 1));
      point.push(...(plans[r]?.[stop + 1] ?? []));
    }
    const node = route.stops[alight] as number;
    const arriving = 1 << route.modeIndex;
    for (const p of c.nodeConsignmentProcesses[node] as number[])
      if (((c.processes[p]?.modeMask ?? 0) & arriving) !== 0) point.push(p);
  }
  start[legs] = point.length;
  return { start, point: Int32Array.from(point) };
}

function limitsSlots(c: CompiledScenario, link: number): boolean {
  return (
    c.scenario.links[link]?.capacityVehiclesPerWeek !== undefined || c.interventions.hasLinkThrottle(link)
  );
}

/**
 * Vehicles a week let onto a link at time t: its capacity, or under a throttle the factor x its
 * capacity (x its scheduled vehicles a week when it has none); Infinity when unlimited.
 */
export function linkAllowancePerWeek(c: CompiledScenario, link: number, t: number): number {
  const base = c.scenario.links[link]?.capacityVehiclesPerWeek;
  const factor = c.interventions.linkFactor(link, t);
  if (factor === undefined) return base ?? Infinity;
  return (base ?? (c.routes.scheduledVehiclesPerWeek[link] as number)) * factor;
}

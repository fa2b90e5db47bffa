/**
 * Flat per-leg, per-itinerary and per-demand numbers that the consignment hot path reads once or
 * more per event: what would otherwise be a walk from a leg to its Route object (or from a demand
 * to its spec) and a recomputation (a vehicle's capacity in TEU). Built once per replication from
 * the compiled scenario; the values are exactly the ones the Route objects give, so reading them
 * here changes no result.
 */
import type { Route } from '../network/RouteTable.ts';
import type { CompiledScenario } from './compileScenario.ts';

export interface CargoIndex {
  /** Per itinerary leg: its departure queue (Route.queueBase + board stop). */
  legQueue: Int32Array;
  /** Per itinerary leg: one vehicle's capacity, TEU-equivalent. */
  legCapacityTeu: Float64Array;
  /** Per itinerary leg: the route's mean hours between departures. */
  legHeadwayHours: Float64Array;
  /** Per itinerary leg: the route's mode index. */
  legMode: Int32Array;
  /** Per itinerary: the service of its first leg, or -1 when it has no legs. */
  firstService: Int32Array;
  /** Per service: 1 when some intervention scales its frequency (it may not run at some time). */
  serviceScaled: Uint8Array;
  /** Per demand: value of time (USD a day, 0 when absent) and corridor index. */
  valueOfTimeUsdPerDay: Float64Array;
  demandCorridor: Int32Array;
}

export function buildCargoIndex(c: CompiledScenario, tonnesPerTeu: number): CargoIndex {
  const table = c.itineraries;
  const routes = c.routes.routes;
  const legs = table.legRoute.length;
  const legQueue = new Int32Array(legs);
  const legCapacityTeu = new Float64Array(legs);
  const legHeadwayHours = new Float64Array(legs);
  const legMode = new Int32Array(legs);
  for (let leg = 0; leg < legs; leg++) {
    const route = routes[table.legRoute[leg] as number] as Route;
    legQueue[leg] = route.queueBase + (table.legBoard[leg] as number);
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
  return {
    legQueue,
    legCapacityTeu,
    legHeadwayHours,
    legMode,
    firstService,
    serviceScaled,
    valueOfTimeUsdPerDay: Float64Array.from(c.demands, (d) => d.spec.valueOfTimeUsdPerDay ?? 0),
    demandCorridor: Int32Array.from(c.demands, (d) => d.corridor),
  };
}

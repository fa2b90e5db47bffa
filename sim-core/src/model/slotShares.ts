/**
 * Per-stop slot shares (model README, "Per-stop slot share"): what a vehicle is expected to load
 * at each stop, and so the room it keeps there for the stops after it. One computation, read by
 * VehicleFlow (the room a vehicle keeps when it loads) and by OnwardChoice (the room cargo at a
 * later stop can count on when the stops before it have cargo queued).
 */
import { departuresPerWeek, type Route } from '../network/RouteTable.ts';
import { HOURS_PER_WEEK } from '../vocabulary/time.ts';
import type { CompiledScenario } from './compileScenario.ts';

/**
 * A later stop's slot share is at most this many times the TEU a vehicle is expected to load there
 * (a model choice: room for a busier than average week, without holding a whole vehicle for a
 * stop that expects little).
 */
export const SLOT_SHARE_HEADROOM = 1.5;

export interface SlotShares {
  /**
   * Per departure queue (route stop): expected TEU a vehicle boards there: each demand's cheapest
   * candidate itinerary at its first-year volume, put on the queue of every leg's boarding stop,
   * over the route's vehicles a week (its departures, x returnShare for a return run).
   */
  boarding: Float64Array;
  /** Per departure queue: the sum of `boarding` over that stop and the later ones before the last. */
  ahead: Float64Array;
  /**
   * Per departure queue: the room an empty vehicle leaving its first stop keeps for that stop (its
   * share of the whole vehicle, at most SLOT_SHARE_HEADROOM x `boarding`); the whole vehicle at the
   * first stop. Cargo queued at earlier stops cannot take this room.
   */
  keptRoom: Float64Array;
}

export function slotShares(compiled: CompiledScenario, tonnesPerTeu: number): SlotShares {
  const table = compiled.itineraries;
  const boarding = new Float64Array(compiled.routes.queueCount);
  compiled.demands.forEach((d, i) => {
    if ((table.demandCount[i] as number) === 0) return;
    const k = table.demandStart[i] as number;
    const teuPerWeek =
      ((d.perTonne ? d.spec.annualVolume / tonnesPerTeu : d.spec.annualVolume) * HOURS_PER_WEEK) /
      (365.25 * 24);
    for (
      let l = table.legStart[k] as number;
      l < (table.legStart[k] as number) + (table.legCount[k] as number);
      l++
    ) {
      const route = compiled.routes.routes[table.legRoute[l] as number] as Route;
      const q = route.queueBase + (table.legBoard[l] as number);
      boarding[q] = (boarding[q] as number) + teuPerWeek;
    }
  });
  const ahead = new Float64Array(compiled.routes.queueCount);
  const keptRoom = new Float64Array(compiled.routes.queueCount);
  for (const route of compiled.routes.routes) {
    const perWeek = departuresPerWeek(route.service) * (route.isReturn ? route.service.returnShare : 1);
    for (let stop = 0; stop < route.stops.length; stop++) {
      const q = route.queueBase + stop;
      boarding[q] = perWeek > 0 ? (boarding[q] as number) / perWeek : 0;
    }
    let sum = 0;
    for (let stop = route.stops.length - 2; stop >= 0; stop--) {
      sum += boarding[route.queueBase + stop] as number;
      ahead[route.queueBase + stop] = sum;
    }
    const capacity = route.perTonne ? route.capacityUnits / tonnesPerTeu : route.capacityUnits;
    const first = ahead[route.queueBase] as number;
    keptRoom[route.queueBase] = capacity;
    for (let stop = 1; stop < route.stops.length - 1; stop++) {
      const expected = boarding[route.queueBase + stop] as number;
      keptRoom[route.queueBase + stop] =
        first > 0 ? Math.min((capacity * expected) / first, SLOT_SHARE_HEADROOM * expected) : 0;
    }
  }
  return { boarding, ahead, keptRoom };
}

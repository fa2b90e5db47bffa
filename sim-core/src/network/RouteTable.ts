/**
 * Directed routes: every service gives one route along its stops, plus a return route (stops
 * reversed) when some of its departures run back (`returnShare` > 0). Each leg is matched to the
 * link joining its two stops by (from, to, mode), or the link the other way round (`reversed`).
 */
import { distributionMean } from '../kernel/sampler.ts';
import type { Distribution, Link, Scenario, Service } from '../scenario/schema.ts';
import { MODES, VEHICLE_KINDS } from '../vocabulary/modes.ts';
import { HOURS_PER_WEEK } from '../vocabulary/time.ts';

/** Sentinel for "no link joins these stops" (validation normally rules it out). */
export const NO_LINK = 0xffffffff;

export interface Route {
  index: number;
  /** Index into CompiledScenario.services (scenario services first, then added ones). */
  serviceIndex: number;
  service: Service;
  /** True for the return direction (last stop back to the first). */
  isReturn: boolean;
  /** Node indices called at, in travel order. */
  stops: Int32Array;
  /** Per leg: link index (or NO_LINK), 1 when travelled to→from, length in km, travel time. */
  legLink: Uint32Array;
  legReversed: Uint8Array;
  legKm: Float64Array;
  legHours: Distribution[];
  legMeanHours: Float64Array;
  modeIndex: number;
  vehicleKind: number;
  /** True when capacity and rate are per tonne (air), else per TEU. */
  perTonne: boolean;
  /** Capacity of one vehicle in its own unit (TEU or tonnes). */
  capacityUnits: number;
  cutoffHours: number;
  /** USD per unit (TEU or tonne) for the whole service. */
  rateUsd: number;
  corridorIndex: number;
  /** Mean hours between departures, for expected waiting in routing (Infinity when none run). */
  meanHeadwayHours: number;
  /** Index of this route's first stop queue; stop i's queue is queueBase + i. */
  queueBase: number;
}

export interface RouteTable {
  routes: Route[];
  /** The forward route of service s is routes[forwardRoute[s]]; its return route or -1. */
  forwardRoute: Int32Array;
  returnRoute: Int32Array;
  queueCount: number;
  /** Scheduled vehicles a week per link (both directions), the base for throttling unlimited links. */
  scheduledVehiclesPerWeek: Float64Array;
}

export function departuresPerWeek(service: Service): number {
  const t = service.timetable;
  return 'departuresPerWeek' in t ? t.departuresPerWeek : t.weekdays.length;
}

/** Builds routes for `services` (indices as given) over the scenario's nodes and links. */
export function buildRouteTable(
  scenario: Scenario,
  services: readonly Service[],
  nodeIndex: ReadonlyMap<string, number>,
): RouteTable {
  const linkLookup = new Map<string, number>();
  scenario.links.forEach((link, i) => {
    const key = `${link.from}|${link.to}|${link.mode}`;
    if (!linkLookup.has(key)) linkLookup.set(key, i);
  });
  const corridorIndex = new Map(scenario.corridors.map((c, i) => [c.id, i]));
  const routes: Route[] = [];
  const forwardRoute = new Int32Array(services.length).fill(-1);
  const returnRoute = new Int32Array(services.length).fill(-1);
  const scheduled = new Float64Array(scenario.links.length);
  let queueCount = 0;
  services.forEach((service, s) => {
    const perWeek = departuresPerWeek(service);
    const directions = service.returnShare > 0 ? [false, true] : [false];
    for (const isReturn of directions) {
      const stopIds = isReturn ? [...service.stops].reverse() : service.stops;
      const legHours = isReturn ? [...service.legHours].reverse() : service.legHours;
      const route = makeRoute(routes.length, s, service, isReturn, stopIds, legHours, {
        nodeIndex,
        linkLookup,
        links: scenario.links,
        corridorIndex: corridorIndex.get(service.corridor) ?? 0,
      });
      const weekly = isReturn ? perWeek * service.returnShare : perWeek;
      route.meanHeadwayHours = weekly > 0 ? HOURS_PER_WEEK / weekly : Infinity;
      route.queueBase = queueCount;
      queueCount += route.stops.length;
      for (const link of route.legLink)
        if (link !== NO_LINK) scheduled[link] = (scheduled[link] as number) + weekly;
      (isReturn ? returnRoute : forwardRoute)[s] = routes.length;
      routes.push(route);
    }
  });
  return { routes, forwardRoute, returnRoute, queueCount, scheduledVehiclesPerWeek: scheduled };
}

interface RouteContext {
  nodeIndex: ReadonlyMap<string, number>;
  linkLookup: ReadonlyMap<string, number>;
  links: readonly Link[];
  corridorIndex: number;
}

function makeRoute(
  index: number,
  serviceIndex: number,
  service: Service,
  isReturn: boolean,
  stopIds: readonly string[],
  legHours: Distribution[],
  ctx: RouteContext,
): Route {
  const legs = stopIds.length - 1;
  const stops = new Int32Array(stopIds.length);
  stopIds.forEach((id, i) => {
    const node = ctx.nodeIndex.get(id);
    if (node === undefined) throw new RangeError(`service ${service.id} calls at unknown node "${id}"`);
    stops[i] = node;
  });
  const legLink = new Uint32Array(legs);
  const legReversed = new Uint8Array(legs);
  const legKm = new Float64Array(legs);
  const legMeanHours = new Float64Array(legs);
  for (let i = 0; i < legs; i++) {
    const from = stopIds[i] as string;
    const to = stopIds[i + 1] as string;
    const forward = ctx.linkLookup.get(`${from}|${to}|${service.mode}`);
    const backward = ctx.linkLookup.get(`${to}|${from}|${service.mode}`);
    const link = forward ?? backward;
    legLink[i] = link ?? NO_LINK;
    legReversed[i] = forward === undefined && backward !== undefined ? 1 : 0;
    legKm[i] = link === undefined ? 0 : (ctx.links[link] as Link).distanceKm;
    const hours = legHours[i];
    if (hours === undefined) throw new RangeError(`service ${service.id} has no legHours for leg ${i}`);
    legMeanHours[i] = distributionMean(hours);
  }
  const perTonne = 'tonnes' in service.capacity;
  return {
    index,
    serviceIndex,
    service,
    isReturn,
    stops,
    legLink,
    legReversed,
    legKm,
    legHours: legHours.slice(0, legs),
    legMeanHours,
    modeIndex: MODES.indexOf(service.mode),
    vehicleKind: VEHICLE_KINDS.indexOf(service.vehicle),
    perTonne,
    capacityUnits: 'tonnes' in service.capacity ? service.capacity.tonnes : service.capacity.teu,
    cutoffHours: service.cutoffHours,
    rateUsd: service.ratePerUnitUsd,
    corridorIndex: ctx.corridorIndex,
    meanHeadwayHours: Infinity,
    queueBase: 0,
  };
}

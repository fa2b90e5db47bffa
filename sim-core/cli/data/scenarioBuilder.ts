/**
 * Assembles a complete Scenario from the shared network (nodes, links), the service tables,
 * the demand sizing and a plan that says which year it stands for and what changes.
 */
import type {
  Corridor,
  Demand,
  Intervention,
  KpiSettings,
  Link,
  LocalizedText,
  Node,
  ScenarioInput,
  Service,
} from '../../src/scenario/schema.ts';
import { SCHEMA_VERSION } from '../../src/scenario/schema.ts';
import { buildCorridors } from './corridors.ts';
import { buildDemand } from './demand.ts';
import { buildDocuments } from './documents.ts';
import { buildLinks } from './links.ts';
import { NODES } from './nodes.ts';
import {
  AIR,
  airService,
  distanceTable,
  RAIL,
  railService,
  SEA,
  seaService,
  type RailSpec,
} from './services.ts';
import { PARAMETERS } from './parameters.ts';
import { assumption, estimate, SRC, withNote } from './sources.ts';

export const HUB = 'jiaozhou-hub';
const WEEKS_PER_YEAR = 52.18;

export type Names = [en: string, zh: string, ru: string];

export interface ScenarioPlan {
  id: string;
  name: Names;
  description: Names;
  startDate: string;
  warmupDays: number;
  durationDays: number;
  /** SCO Express / China-Europe trains at the hub (arrivals + departures) in the first year. */
  hubTrains: number;
  /** Service ids not in the base network (not yet running, or added later by an intervention). */
  exclude: string[];
  /** Rail services that keep their 2025 frequency whatever the year's train count. */
  fixedRail?: string[];
  /** Scale services on fixed weekdays with the others (multi-year runs), instead of keeping them. */
  scaleWeekdayServices?: boolean;
  /** Rail services running a share of their 2025 frequency (opened part-way through the year). */
  frequencyShare?: Record<string, number>;
  scale: { sea: number; air: number };
  /**
   * Ad hoc departures of every hub train (SCO Express, China-Europe, Land-Sea Express) that has
   * none in the tables: at most `maxPerWeek`, each when `minLoadShare` train-loads wait.
   */
  adHocHubRail?: { maxPerWeek: number; minLoadShare: number; note: string };
  /** Consignment sizes x this (coarser cargo for long runs). */
  granularity: number;
  singleDocument?: Record<string, number>;
  growth?: Record<string, number>;
  /**
   * Services in `exclude` that an intervention adds later and whose demand is generated from the
   * start (their corridor's demand is shocked to zero until they open, so nothing piles up).
   */
  demandOfAdded?: string[];
  /** Changes over time, built with the plan's services at hand. */
  interventions?: (ctx: PlanContext) => Intervention[];
  /**
   * What the plan adds to the shared network, services and demand (a new port, its links, a new
   * service and the demand it carries), or changes in them, from the first day. The data tables
   * stay as they are; the first year's trade base is the network's before these additions.
   */
  network?: (base: PlanNetwork, ctx: PlanContext) => PlanNetwork;
  seed?: number;
}

/** The lists a plan's `network` step may add to or change. */
export interface PlanNetwork {
  nodes: Node[];
  links: Link[];
  services: Service[];
  demand: Demand[];
}

export interface PlanContext {
  /** Departures a week of a rail service in the base network (after calibration to hubTrains). */
  railPerWeek: (spec: RailSpec) => number;
  /** A service from the tables, as it would run in 2025 (for add-service). */
  service: (id: string, perWeek?: number) => Service;
  /** Rail services counted at the hub that the base network runs, scaled with the train count. */
  scalableRail: string[];
}

const basePerWeek = (r: RailSpec): number => r.weekdays?.length ?? r.perWeek;
const countedAtHub = (r: RailSpec): boolean =>
  r.brand === 'sco' || r.brand === 'europe' || r.brand === 'land-sea';
/**
 * Trains a year a service adds to the engine's hub count (到发): each run out and its share of
 * runs back; a train that calls at the hub on its way (the Land-Sea Express from the port)
 * counts arriving and leaving, so twice.
 */
export const hubTrainsOf = (r: RailSpec, perWeek: number): number =>
  perWeek * WEEKS_PER_YEAR * (1 + r.returnShare) * (r.stops[0] === HUB ? 1 : 2);

/**
 * Departures a week per rail service so that the hub sees `plan.hubTrains` a year: services on
 * fixed weekdays or at a part-year share keep their frequency; the others share one factor.
 */
function railFrequencies(plan: ScenarioPlan): { perWeek: (r: RailSpec) => number; scalable: string[] } {
  const excluded = new Set(plan.exclude);
  const share = plan.frequencyShare ?? {};
  const isFixed = (r: RailSpec, s: number): boolean =>
    (plan.fixedRail ?? []).includes(r.id) ||
    s !== 1 ||
    (r.weekdays !== undefined && plan.scaleWeekdayServices !== true);
  let fixed = 0;
  let scalable = 0;
  const scalableIds: string[] = [];
  for (const r of RAIL) {
    if (excluded.has(r.id) || !countedAtHub(r)) continue;
    const s = share[r.id] ?? 1;
    if (isFixed(r, s)) fixed += hubTrainsOf(r, basePerWeek(r) * s);
    else {
      scalable += hubTrainsOf(r, basePerWeek(r));
      scalableIds.push(r.id);
    }
  }
  const k = Math.max(0, (plan.hubTrains - fixed) / scalable);
  return {
    perWeek: (r) => {
      const s = share[r.id] ?? 1;
      if (!countedAtHub(r)) return r.perWeek;
      return isFixed(r, s) ? basePerWeek(r) * s : basePerWeek(r) * k;
    },
    scalable: scalableIds,
  };
}

const text = (t: Names): LocalizedText => ({ en: t[0], zh: t[1], ru: t[2] });

const SCO_COUNTRIES = ['IN', 'IR', 'KZ', 'KG', 'PK', 'RU', 'TJ', 'UZ', 'BY'];

/**
 * The stated base for the first year's trade growth: the modelled trade with SCO countries in the
 * year before the scenario starts, i.e. each SCO demand's first-year value deflated by its
 * corridor's growth (an estimate, C: the corridor subset grows as its corridor does).
 */
function tradeBase(
  plan: ScenarioPlan,
  demand: Demand[],
  corridors: Corridor[],
  interventions: Intervention[],
): KpiSettings['tradeBase'] {
  const country = new Map(NODES.map((n) => [n.id, n.country]));
  // Corridors whose demand is shocked to zero at the start (services opening later) had no trade.
  const closed = new Set(
    interventions.flatMap((i) =>
      i.kind === 'demand-shock' &&
      i.factor === 0 &&
      i.corridor !== undefined &&
      i.from <= plan.startDate &&
      (i.to === undefined || i.to > plan.startDate)
        ? [i.corridor]
        : [],
    ),
  );
  const growth = new Map(corridors.map((c) => [c.id, c.growthPerYear ?? 0]));
  let value = 0;
  for (const d of demand) {
    const sco = [d.origin, d.destination].some((id) => SCO_COUNTRIES.includes(country.get(id) ?? ''));
    if (sco && !closed.has(d.corridor))
      value += (d.annualVolume * d.valuePerUnitUsd) / (1 + (growth.get(d.corridor) ?? 0));
  }
  const year = Number(plan.startDate.slice(0, 4)) - 1;
  return {
    year,
    scoTradeValueUsd: Math.round(value),
    provenance: estimate(
      year,
      "the modelled corridor subset's trade with SCO countries a year before the start: each SCO demand's first-year value / (1 + its corridor's growth)",
    ),
  };
}

/**
 * Demand compounds its corridor's growth at each sim year's start (365.25 days), so in a run's
 * last, partial sim year (the last month of the one-year scenarios) demand sized ~93 % of a train
 * would exceed the trains that carry it. From that year's start the SCO Express and China-Europe
 * trains on growing corridors run (1 + growth) times as often, so demand stays below capacity in
 * every year (utilisation.test.ts); the plans that grow the timetable themselves do so to the
 * year before (estimate, C: timetables follow demand).
 */
function finalYearRail(
  plan: ScenarioPlan,
  services: readonly Service[],
  corridors: readonly { id: string; growthPerYear: number }[],
  planned: readonly Intervention[],
): Intervention[] {
  const simYears = plan.durationDays / 365.25;
  const last = Math.floor(simYears);
  if (last < 1 || last === simYears) return [];
  const from = new Date(Date.parse(`${plan.startDate}T00:00:00Z`) + last * 365.25 * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const running = new Set([
    ...services.map((x) => x.id),
    ...planned.flatMap((i) => (i.kind === 'add-service' ? [i.service.id] : [])),
  ]);
  return RAIL.filter((r) => (r.brand === 'sco' || r.brand === 'europe') && running.has(r.id)).flatMap((r) => {
    const g = corridors.find((c) => c.id === r.corridor)?.growthPerYear ?? 0;
    return g > 0
      ? [
          {
            kind: 'scale-frequency' as const,
            service: r.id,
            from,
            factor: Math.round((1 + g) * 10_000) / 10_000,
          },
        ]
      : [];
  });
}

export function buildScenario(plan: ScenarioPlan): ScenarioInput {
  const links = buildLinks();
  const km = distanceTable(links);
  const excluded = new Set(plan.exclude);
  const rail = railFrequencies(plan);
  const adHoc = plan.adHocHubRail;
  const hubRailService = (r: RailSpec, perWeek: number): Service => {
    const service = railService(r, km, perWeek);
    if (adHoc === undefined || !countedAtHub(r) || service.adHoc !== undefined) return service;
    const { note, ...rule } = adHoc;
    return { ...service, adHoc: { ...rule, provenance: assumption(2025, note) } };
  };
  const services: Service[] = [
    ...RAIL.filter((r) => !excluded.has(r.id)).map((r) => hubRailService(r, rail.perWeek(r))),
    ...SEA.filter((s) => !excluded.has(s.id)).map((s) => seaService(s, km)),
    ...AIR.filter((a) => !excluded.has(a.id)).map((a) => airService(a, km)),
  ];
  const ctx: PlanContext = {
    railPerWeek: rail.perWeek,
    scalableRail: rail.scalable,
    service: (id, perWeek) => {
      const r = RAIL.find((x) => x.id === id);
      if (r !== undefined) return hubRailService(r, perWeek ?? r.perWeek);
      const s = SEA.find((x) => x.id === id);
      if (s !== undefined) return seaService(s, km);
      const a = AIR.find((x) => x.id === id);
      if (a !== undefined) return airService(a, km);
      throw new Error(`scenario ${plan.id}: no service "${id}" in the tables`);
    },
  };
  const corridors = buildCorridors(plan.singleDocument).map((c) => ({
    ...c,
    growthPerYear: plan.growth?.[c.id] ?? c.growthPerYear,
  }));
  const withDemand = new Set(plan.demandOfAdded ?? []);
  const planned = plan.interventions?.(ctx) ?? [];
  const interventions = [...planned, ...finalYearRail(plan, services, corridors, planned)];
  const demand = buildDemand({
    scale: plan.scale,
    granularity: plan.granularity,
    railPerWeek: rail.perWeek,
    excludeServices: new Set(plan.exclude.filter((id) => !withDemand.has(id))),
  });
  const base: PlanNetwork = { nodes: NODES, links, services, demand };
  const network = plan.network?.(base, ctx) ?? base;
  return {
    schemaVersion: SCHEMA_VERSION,
    id: plan.id,
    name: text(plan.name),
    description: text(plan.description),
    startDate: plan.startDate,
    durationDays: plan.durationDays,
    warmupDays: plan.warmupDays,
    seed: plan.seed ?? 20250101,
    nodes: network.nodes,
    links: network.links,
    services: network.services,
    corridors,
    demand: network.demand,
    documents: buildDocuments(),
    interventions,
    kpi: {
      trainHubNode: HUB,
      scoCountries: SCO_COUNTRIES,
      targetTrainsPerYear: PARAMETERS.targetTrainsPerYear,
      targetTradeGrowthPerYear: PARAMETERS.targetTradeGrowthPerYear,
      tradeBase: tradeBase(plan, demand, corridors, interventions),
    },
    factors: {
      co2KgPerTonneKm: {
        sea: PARAMETERS.co2SeaKgPerTonneKm,
        air: PARAMETERS.co2AirKgPerTonneKm,
        rail: PARAMETERS.co2RailKgPerTonneKm,
        road: PARAMETERS.co2RoadKgPerTonneKm,
      },
      tonnesPerTeu: PARAMETERS.tonnesPerTeu,
      provenance: withNote(
        SRC.glecDefaults,
        `estimate; 2025 rail: 840,000 t on 1,225 trains (${SRC.trains2025.source}) is ~7 t per TEU at ~100 TEU a train, but 10 t/TEU is kept for all modes`,
      ),
    },
  };
}

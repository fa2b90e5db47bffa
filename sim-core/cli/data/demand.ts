/**
 * Annual demand between origins and destinations, by commodity. The volumes are the corridor
 * subset the model covers (Qingdao Port handles ~30 M TEU a year; only the SCO / Japan / Korea
 * lanes modelled here are included), sized from the services' capacity and an assumed load
 * factor, so that train counts, loads and airport tonnes come out near the published figures
 * (calibration/targets.json). Every entry says it is an estimate and how it was sized.
 */
import type { Demand, Distribution } from '../../src/scenario/schema.ts';
import { AIR, RAIL, SEA, TRAIN_TEU, type RailSpec } from './services.ts';
import { estimate, SRC, withNote } from './sources.ts';

const WEEKS_PER_YEAR = 52.18;
/** Load factors (C): trains leave Jiaozhou ~93 % full (100 TEU a train against 80-110 observed). */
export const FILL = {
  railOut: 0.93,
  railIn: 0.88,
  seaOut: 0.62,
  seaIn: 0.58,
  airOut: 0.86,
  airIn: 0.78,
  vladivostok: 0.62,
  /**
   * The Land-Sea Express leaves ~80 % full (C): its cargo arrives in ship-loads from four ports,
   * so a train sized 93 % full left a backlog growing for years; 80 % keeps it bounded.
   */
  landSea: 0.8,
  /**
   * ... and its return runs ~60 % full (C): at the rail return fill (88 %) its Central Asian cargo
   * for Japan and Korea shared the return trains with Almaty's cargo for Jiaozhou and queued
   * without bound in the years when few other trains ran (corridor-growth-2018-2030).
   */
  landSeaBack: 0.6,
  /**
   * Return runs that come less than once a week leave ~75 % full (C): cargo that misses one waits
   * four to ten weeks for the next, so at the weekly return fill (88 %) a busy month left cargo
   * at Moscow-Vorsino, Minsk, Dushanbe and Duisburg waiting 3-5 months. Return demand is sized,
   * like outbound demand, from the return runs' capacity x a load factor below 1. (60 % took
   * the mean train load below the published 80-110 TEU.)
   */
  railInSparse: 0.75,
};

/** Return runs a week below which a service's return demand is sized at FILL.railInSparse. */
const SPARSE_RETURNS_PER_WEEK = 1;

type Commodity = [id: string, share: number, valuePerUnitUsd: number];
const RAIL_EXPORT: Commodity[] = [
  ['machinery-electrical', 0.4, 60000],
  ['consumer-goods', 0.35, 35000],
  ['auto-parts', 0.25, 50000],
];
const RAIL_IMPORT: Commodity[] = [
  ['agricultural-products', 0.5, 15000],
  ['metals-minerals-chemicals', 0.3, 20000],
  ['timber-wood', 0.2, 8000],
];
const LAND_SEA: Commodity[] = [
  ['small-appliances', 0.5, 45000],
  ['auto-parts', 0.5, 50000],
];
const LAND_SEA_BACK: Commodity[] = [['agricultural-products', 1, 15000]];
const SEA_EXPORT: Commodity[] = [
  ['manufactured-goods', 0.6, 40000],
  ['intermediate-goods', 0.4, 30000],
];
const SEA_IMPORT: Commodity[] = [
  ['intermediate-goods', 0.6, 35000],
  ['raw-materials', 0.4, 12000],
];
const AIR_GOODS: Commodity[] = [
  ['e-commerce', 0.4, 40000],
  ['electronics', 0.4, 120000],
  ['fresh-food', 0.2, 12000],
];

/** Japanese and Korean ports feeding the Land-Sea Express, and their shares (C). */
const LAND_SEA_ORIGINS: Record<string, number> = {
  busan: 0.4,
  incheon: 0.15,
  'tokyo-yokohama': 0.2,
  'osaka-kobe': 0.25,
};
/**
 * Where each multi-stop sailing's Qingdao cargo is bound (C). Each port's cargo is sized on the
 * sailing that is its cheapest itinerary (the engine sends cargo there first): Singapore and Jebel
 * Ali on the Gulf express, Port Klang on the India East line, so no sailing is overbooked.
 */
const SEA_SPLIT: Record<string, Record<string, number>> = {
  'sea-india-gulf': { 'nhava-sheva': 1 },
  'sea-india-east': { 'port-klang': 0.3, chennai: 0.7 },
  'sea-pakistan-gulf': { karachi: 1 },
  'sea-gulf': { singapore: 0.3, 'jebel-ali': 0.7 },
};
/** Air transshipment through Jiaodong, tonnes a year (C; the first one, Incheon -> Qingdao -> Sydney, was in May 2025). */
const AIR_TRANSSHIPMENT: [string, string, number][] = [
  ['incheon-airport', 'almaty-airport', 600],
  ['incheon-airport', 'moscow-sheremetyevo-airport', 600],
  ['incheon-airport', 'frankfurt-airport', 900],
  ['incheon-airport', 'liege-airport', 900],
];

export interface DemandOptions {
  /** Multipliers on sea and air volume (a year other than 2025). */
  scale: { sea: number; air: number };
  /** Departures a week each rail service runs in the scenario's first year (demand fills them). */
  railPerWeek: (spec: RailSpec) => number;
  /** Multiplies consignment sizes (coarser cargo for long runs: fewer consignments, same TEU). */
  granularity: number;
  /** Services that do not run in the scenario (their volume is left out). */
  excludeServices: ReadonlySet<string>;
}

interface Flow {
  family: keyof typeof sizes;
  origin: string;
  destination: string;
  corridor: string;
  unit: 'teu' | 'tonnes';
  volume: number;
  goods: Commodity[];
  how: string;
}

const sizes = {
  rail: { values: [1, 2, 4], weights: [0.3, 0.5, 0.2] },
  sea: { values: [2, 4, 8, 16], weights: [0.25, 0.35, 0.25, 0.15] },
  air: { values: [1, 2, 4, 8], weights: [0.35, 0.3, 0.2, 0.15] },
};

function sizeOf(family: keyof typeof sizes, granularity: number): Distribution {
  const s = sizes[family];
  return { kind: 'empirical', values: s.values.map((v) => v * granularity), weights: s.weights };
}

function railFlows(opts: DemandOptions): Flow[] {
  const flows: Flow[] = [];
  for (const r of RAIL) {
    if (opts.excludeServices.has(r.id) || !['sco', 'europe', 'land-sea'].includes(r.brand)) continue;
    const perWeek = opts.railPerWeek(r);
    const fill = r.brand === 'land-sea' ? FILL.landSea : FILL.railOut;
    const out = perWeek * WEEKS_PER_YEAR * TRAIN_TEU * fill;
    const returnsPerWeek = perWeek * r.returnShare;
    const backFill =
      r.brand === 'land-sea'
        ? FILL.landSeaBack
        : returnsPerWeek < SPARSE_RETURNS_PER_WEEK
          ? FILL.railInSparse
          : FILL.railIn;
    const back = returnsPerWeek * WEEKS_PER_YEAR * TRAIN_TEU * backFill;
    const how = `sized to fill ${r.id}`;
    if (r.brand === 'land-sea') {
      for (const [port, ps] of Object.entries(LAND_SEA_ORIGINS)) {
        for (const [dest, ds] of Object.entries(r.outbound))
          flows.push({
            family: 'rail',
            origin: port,
            destination: dest,
            corridor: r.corridor,
            unit: 'teu',
            volume: out * ps * ds,
            goods: LAND_SEA,
            how,
          });
        for (const [orig, os] of Object.entries(r.inbound))
          flows.push({
            family: 'rail',
            origin: orig,
            destination: port,
            corridor: r.corridor,
            unit: 'teu',
            volume: back * ps * os,
            goods: LAND_SEA_BACK,
            how,
          });
      }
      continue;
    }
    for (const [dest, s] of Object.entries(r.outbound))
      flows.push({
        family: 'rail',
        origin: r.stops[0] as string,
        destination: dest,
        corridor: r.corridor,
        unit: 'teu',
        volume: out * s,
        goods: RAIL_EXPORT,
        how,
      });
    for (const [orig, s] of Object.entries(r.inbound))
      flows.push({
        family: 'rail',
        origin: orig,
        destination: r.stops[0] as string,
        corridor: r.corridor,
        unit: 'teu',
        volume: back * s,
        goods: RAIL_IMPORT,
        how,
      });
  }
  const vlad = SEA.find((s) => s.id === 'sea-vladivostok');
  if (vlad !== undefined && !opts.excludeServices.has(vlad.id)) {
    const teu = vlad.perWeek * vlad.capacityTeu * WEEKS_PER_YEAR * FILL.vladivostok;
    const how = 'sized to fill the Vladivostok sailings';
    // Return cargo from Moscow is sized on what carries it back, the Vladivostok trains' return
    // runs (3 a week x returnShare), at the sparse return fill when they come less than weekly.
    const train = RAIL.find((r) => r.id === 'vladivostok-moscow-rail');
    const returnsPerWeek = train === undefined ? 0 : opts.railPerWeek(train) * train.returnShare;
    const vladBack =
      returnsPerWeek *
      WEEKS_PER_YEAR *
      TRAIN_TEU *
      (returnsPerWeek < SPARSE_RETURNS_PER_WEEK ? FILL.railInSparse : FILL.railIn);
    flows.push({
      family: 'rail',
      origin: 'qingdao-port',
      destination: 'moscow',
      corridor: 'russia-sea',
      unit: 'teu',
      volume: teu,
      goods: RAIL_EXPORT,
      how,
    });
    flows.push({
      family: 'rail',
      origin: 'moscow',
      destination: 'qingdao-port',
      corridor: 'russia-sea',
      unit: 'teu',
      volume: vladBack,
      goods: RAIL_IMPORT,
      how: 'sized to the return runs of the Vladivostok-Moscow trains',
    });
  }
  return flows;
}

function seaFlows(opts: DemandOptions): Flow[] {
  const flows: Flow[] = [];
  for (const s of SEA) {
    if (opts.excludeServices.has(s.id) || s.id === 'sea-vladivostok') continue;
    const cap = s.perWeek * s.capacityTeu * WEEKS_PER_YEAR * opts.scale.sea;
    const split = SEA_SPLIT[s.id] ?? { [s.stops[1] as string]: 1 };
    for (const [port, share] of Object.entries(split)) {
      const how = `sized to ${Math.round(FILL.seaOut * 100)} % / ${Math.round(FILL.seaIn * 100)} % of ${s.id}'s corridor capacity`;
      flows.push({
        family: 'sea',
        origin: 'qingdao-port',
        destination: port,
        corridor: s.corridor,
        unit: 'teu',
        volume: cap * share * FILL.seaOut,
        goods: SEA_EXPORT,
        how,
      });
      flows.push({
        family: 'sea',
        origin: port,
        destination: 'qingdao-port',
        corridor: s.corridor,
        unit: 'teu',
        volume: cap * share * FILL.seaIn,
        goods: SEA_IMPORT,
        how,
      });
    }
  }
  return flows;
}

function airFlows(opts: DemandOptions): Flow[] {
  const flows: Flow[] = [];
  // Transshipped tonnes fly out on the same freighters: leave them room (the freighter is the
  // cheapest itinerary for both, and spilling onto later flights would hold air cargo for days).
  const transshipped = new Map<string, number>();
  for (const [, to, tonnes] of AIR_TRANSSHIPMENT) transshipped.set(to, (transshipped.get(to) ?? 0) + tonnes);
  for (const a of AIR) {
    if (opts.excludeServices.has(a.id)) continue;
    const cap = a.perWeek * a.tonnes * WEEKS_PER_YEAR * opts.scale.air;
    const freighter = !a.belly && AIR.find((x) => x.to === a.to && !x.belly)?.id === a.id;
    const room = freighter ? (transshipped.get(a.to) ?? 0) * opts.scale.air : 0;
    const how = `sized to ${Math.round(FILL.airOut * 100)} % / ${Math.round(FILL.airIn * 100)} % of ${a.id}`;
    flows.push({
      family: 'air',
      origin: 'qingdao-jiaodong-airport',
      destination: a.to,
      corridor: a.corridor,
      unit: 'tonnes',
      volume: Math.max(0, cap * FILL.airOut - room),
      goods: AIR_GOODS,
      how,
    });
    flows.push({
      family: 'air',
      origin: a.to,
      destination: 'qingdao-jiaodong-airport',
      corridor: a.corridor,
      unit: 'tonnes',
      volume: cap * FILL.airIn,
      goods: AIR_GOODS,
      how,
    });
  }
  for (const [from, to, tonnes] of AIR_TRANSSHIPMENT) {
    const served = AIR.some((a) => a.to === to && !opts.excludeServices.has(a.id));
    if (!served) continue;
    const corridor = AIR.find((a) => a.to === to)?.corridor ?? 'air-europe';
    flows.push({
      family: 'air',
      origin: from,
      destination: to,
      corridor,
      unit: 'tonnes',
      volume: tonnes * opts.scale.air,
      goods: [['transshipment', 1, 80000]],
      how: 'air transshipment at Jiaodong',
    });
  }
  return flows;
}

const CHINA = new Set(['qingdao-port', 'jiaozhou-hub', 'qingdao-jiaodong-airport']);

/** All demand entries, merged by (origin, destination, commodity). */
export function buildDemand(opts: DemandOptions): Demand[] {
  const flows = [...railFlows(opts), ...seaFlows(opts), ...airFlows(opts)];
  const byKey = new Map<string, Demand>();
  for (const f of flows) {
    const family = f.family;
    for (const [commodity, share, value] of f.goods) {
      const id = `${f.origin}-to-${f.destination}-${commodity}`;
      const volume = f.volume * share;
      const existing = byKey.get(id);
      if (existing !== undefined) {
        existing.annualVolume = Math.round(existing.annualVolume + volume);
        continue;
      }
      byKey.set(id, {
        id,
        origin: f.origin,
        destination: f.destination,
        commodity,
        unit: f.unit,
        annualVolume: Math.round(volume),
        valuePerUnitUsd: value,
        // 0.1 % of the goods' value a day: inventory cost plus a premium for reliability (C).
        valueOfTimeUsdPerDay: Math.round(value * 0.001),
        direction: CHINA.has(f.origin) ? 'export' : CHINA.has(f.destination) ? 'import' : 'transit',
        corridor: f.corridor,
        consignmentSize: sizeOf(family, opts.granularity),
        provenance: withNote(
          estimate(
            2025,
            `${f.how}; commodity share ${Math.round(share * 100)} %, value USD ${value} per ${f.unit === 'teu' ? 'TEU' : 'tonne'}`,
          ),
          'corridor subset only: Qingdao Port moves ~30 M TEU a year, most of it outside these lanes',
        ),
      });
    }
  }
  return [...byKey.values()].filter((d) => d.annualVolume > 0);
}

export const DEMAND_SOURCES = [SRC.trains2025, SRC.airport2023, SRC.trainSize];

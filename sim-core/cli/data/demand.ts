/**
 * Annual demand between origins and destinations, by commodity. The volumes are the corridor
 * subset the model covers (Qingdao Port handles ~30 M TEU a year; only the SCO / Japan / Korea
 * lanes modelled here are included), sized from the services' capacity and an assumed load
 * factor, so that train counts, loads and airport tonnes come out near the published figures
 * (calibration/targets.json). Every entry says it is an estimate and how it was sized. The
 * commodity mixes, feeder shares, sailing splits, transshipment, load factors and consignment
 * sizes are read from assets/data/demand.json; the sizing is here.
 */
import { z } from 'zod';
import type { Demand, Distribution } from '../../src/scenario/schema.ts';
import { AIR, RAIL, SEA, TRAIN_TEU, type RailSpec } from './services.ts';
import { estimate, withNote } from './sources.ts';
import { PARAMETERS } from './parameters.ts';
import { failAt, Id, loadData, rowMeta, tableOf } from './tables.ts';

const FILE = 'demand.json';
const WEEKS_PER_YEAR = 52.18;

const share = z.number().min(0).max(1);
const FILL_KEYS = [
  'railOut',
  'railIn',
  'seaOut',
  'seaIn',
  'airOut',
  'airIn',
  'vladivostok',
  'landSea',
  'landSeaBack',
  'railInSparse',
] as const;
const MIXES = [
  'rail-export',
  'rail-import',
  'land-sea',
  'land-sea-back',
  'sea-export',
  'sea-import',
  'air',
  'air-transshipment',
] as const;
/** The schema of assets/data/demand.json. */
export const DemandFile = z.strictObject({
  description: z.string().min(1),
  commodityMixes: tableOf(
    z.strictObject({
      mix: z.enum(MIXES),
      commodity: Id,
      share,
      valuePerUnitUsd: z.number().nonnegative(),
      ...rowMeta,
    }),
  ),
  landSeaOrigins: tableOf(z.strictObject({ port: Id, share, ...rowMeta })),
  seaSplits: tableOf(z.strictObject({ service: Id, port: Id, share, ...rowMeta })),
  airTransshipment: tableOf(
    z.strictObject({ from: Id, to: Id, tonnesPerYear: z.number().nonnegative(), ...rowMeta }),
  ),
  loadFactors: tableOf(
    z.strictObject({ flow: z.enum(FILL_KEYS), fill: share, note: z.string().min(1).optional(), ...rowMeta }),
  ),
  consignmentSizes: tableOf(
    z.strictObject({
      family: z.enum(['rail', 'sea', 'air']),
      values: z.array(z.number().positive()).min(1),
      weights: z.array(z.number().nonnegative()).min(1),
      ...rowMeta,
    }),
  ),
});
const TABLES = loadData(FILE, DemandFile);

/** One row per key of `keys`, each once; returns them as a record. */
function byKey<K extends string, Row>(
  table: string,
  rows: readonly Row[],
  keyOf: (row: Row) => K,
  keys: readonly K[],
): Record<K, Row> {
  const out: Partial<Record<K, Row>> = {};
  rows.forEach((row, i) => {
    const key = keyOf(row);
    if (out[key] !== undefined) failAt(FILE, [table, 'rows', i], `expected "${key}" once, it is repeated`);
    out[key] = row;
  });
  for (const key of keys)
    if (out[key] === undefined) failAt(FILE, [table, 'rows'], `expected a row for "${key}", there is none`);
  return out as Record<K, Row>;
}

/** Load factors (C) demand is sized to (the reasoning is in demand.json). */
export const FILL = Object.fromEntries(
  Object.entries(byKey('loadFactors', TABLES.loadFactors.rows, (r) => r.flow, FILL_KEYS)).map(([k, r]) => [
    k,
    r.fill,
  ]),
) as Record<(typeof FILL_KEYS)[number], number>;

/** Return runs a week below which a service's return demand is sized at FILL.railInSparse. */
const SPARSE_RETURNS_PER_WEEK = 1;

type Commodity = [id: string, share: number, valuePerUnitUsd: number];
const MIX: Record<(typeof MIXES)[number], Commodity[]> = Object.fromEntries(
  MIXES.map((mix) => [mix, [] as Commodity[]]),
) as Record<(typeof MIXES)[number], Commodity[]>;
for (const row of TABLES.commodityMixes.rows)
  MIX[row.mix].push([row.commodity, row.share, row.valuePerUnitUsd]);
MIXES.forEach((mix) => {
  if (MIX[mix].length === 0)
    failAt(FILE, ['commodityMixes', 'rows'], `expected rows for mix "${mix}", there are none`);
});

/** Japanese and Korean ports feeding the Land-Sea Express, and their shares (C). */
const LAND_SEA_ORIGINS: Record<string, number> = Object.fromEntries(
  TABLES.landSeaOrigins.rows.map((r) => [r.port, r.share]),
);
/**
 * Where each multi-stop sailing's Qingdao cargo is bound (C). Each port's cargo is sized on the
 * sailing that is its cheapest itinerary (the engine sends cargo there first), so no sailing is
 * overbooked; a sailing not listed carries all to its second stop.
 */
const SEA_SPLIT: Record<string, Record<string, number>> = {};
for (const r of TABLES.seaSplits.rows) (SEA_SPLIT[r.service] ??= {})[r.port] = r.share;
/** Air transshipment through Jiaodong, tonnes a year (C). */
const AIR_TRANSSHIPMENT: [string, string, number][] = TABLES.airTransshipment.rows.map((r) => [
  r.from,
  r.to,
  r.tonnesPerYear,
]);

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

const sizes = byKey('consignmentSizes', TABLES.consignmentSizes.rows, (r) => r.family, [
  'rail',
  'sea',
  'air',
]);

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
            goods: MIX['land-sea'],
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
            goods: MIX['land-sea-back'],
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
        goods: MIX['rail-export'],
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
        goods: MIX['rail-import'],
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
      goods: MIX['rail-export'],
      how,
    });
    flows.push({
      family: 'rail',
      origin: 'moscow',
      destination: 'qingdao-port',
      corridor: 'russia-sea',
      unit: 'teu',
      volume: vladBack,
      goods: MIX['rail-import'],
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
        goods: MIX['sea-export'],
        how,
      });
      flows.push({
        family: 'sea',
        origin: port,
        destination: 'qingdao-port',
        corridor: s.corridor,
        unit: 'teu',
        volume: cap * share * FILL.seaIn,
        goods: MIX['sea-import'],
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
      goods: MIX.air,
      how,
    });
    flows.push({
      family: 'air',
      origin: a.to,
      destination: 'qingdao-jiaodong-airport',
      corridor: a.corridor,
      unit: 'tonnes',
      volume: cap * FILL.airIn,
      goods: MIX.air,
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
      goods: MIX['air-transshipment'],
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
        // A share of the goods' value a day: inventory cost plus a premium for reliability (C).
        valueOfTimeUsdPerDay: Math.round(value * PARAMETERS.valueOfTimeShare),
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

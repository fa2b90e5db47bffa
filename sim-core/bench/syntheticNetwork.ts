/**
 * A synthetic network the size of the Qingdao baseline, for benchmarks only (no real figures):
 * 50 nodes (the port, the airport, the Jiaozhou rail hub, an inland depot, 6 border crossings,
 * 20 rail terminals beyond them, 14 foreign seaports, 6 foreign airports), 78 links, 100 services, 200
 * origin-destination demands and one million consignments a year (no growth, so ten years make
 * ten million). Capacities are set about 1.5x the demand on each route so the network keeps up
 * and the benchmark measures the engine, not an ever-growing backlog. Deterministic: a fixed
 * generator (mulberry32) places the nodes; the same arguments give the same scenario.
 */
import { SCHEMA_VERSION, type ScenarioInput } from '../src/scenario/schema.ts';

type In = ScenarioInput;
type NodeIn = In['nodes'][number];
type LinkIn = In['links'][number];
type ServiceIn = In['services'][number];
type DemandIn = In['demand'][number];
type Mode = 'sea' | 'air' | 'rail' | 'road';

/** Consignments a year by mode (one TEU each; air: one tonne each). Sum: one million. */
const RAIL_CONSIGNMENTS = 300_000;
const SEA_CONSIGNMENTS = 560_000;
const AIR_CONSIGNMENTS = 140_000;
const BORDERS = 6;
const RAIL_TERMINALS = 20;
const SEAPORTS = 14;
const AIRPORTS = 6;

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const text = (en: string): { en: string; zh: string; ru: string } => ({ en, zh: en, ru: en });
const tri = (min: number, mode: number, max: number) => ({ kind: 'triangular' as const, min, mode, max });

export interface SyntheticOptions {
  /** Simulated years (365 days each). */
  years: number;
  seed?: number;
}

export function syntheticNetwork({ years, seed = 2026 }: SyntheticOptions): ScenarioInput {
  const random = mulberry32(seed);
  const nodes: NodeIn[] = [];
  const coordinates = new Map<string, [number, number]>();
  const node = (
    id: string,
    kind: NodeIn['kind'],
    lon: number,
    lat: number,
    country: string,
    extra: Partial<NodeIn> = {},
  ): string => {
    nodes.push({ id, kind, name: text(id), lon, lat, country, ...extra });
    coordinates.set(id, [lon, lat]);
    return id;
  };
  const handling = (
    id: string,
    kind: 'port-handling' | 'rail-loading' | 'air-handling',
    servers: number,
  ) => ({
    id,
    kind,
    servers,
    unit: 'consignment' as const,
    serviceHours: tri(0.2, 0.5, 1),
  });
  const port = node('qingdao-port', 'seaport', 120.3, 36.0, 'CN', {
    processes: [handling('quay', 'port-handling', 90)],
  });
  const airport = node('jiaodong-airport', 'airport', 120.1, 36.4, 'CN', {
    processes: [handling('cargo', 'air-handling', 20)],
  });
  const hub = node('jiaozhou-hub', 'rail-terminal', 120.0, 36.3, 'CN', {
    gaugeMm: 1435,
    processes: [handling('loading', 'rail-loading', 40)],
  });
  const depot = node('inland-depot', 'inland-depot', 119.8, 36.5, 'CN');
  const links: LinkIn[] = [];
  const link = (from: string, to: string, mode: Mode): void => {
    const a = coordinates.get(from) as [number, number];
    const b = coordinates.get(to) as [number, number];
    const km = Math.max(5, Math.hypot(a[0] - b[0], a[1] - b[1]) * 100);
    links.push({
      id: `${from}--${to}--${mode}`,
      from,
      to,
      mode,
      distanceKm: Math.round(km),
      geometry: [a, b],
    });
  };
  for (const [a, b] of [
    [port, hub],
    [airport, hub],
    [depot, hub],
    [port, airport],
  ] as const)
    link(a, b, 'road');
  const borders = Array.from({ length: BORDERS }, (_, i) =>
    node(`border-${i}`, 'border-crossing', 80 + 8 * i, 42 + random() * 8, 'CN', {
      gaugeMm: 1435,
      processes: [
        { id: 'gauge', kind: 'gauge-change', servers: 3, unit: 'vehicle', serviceHours: tri(4, 6, 10) },
        {
          id: 'customs',
          kind: 'customs',
          servers: 3,
          unit: 'vehicle',
          serviceHours: tri(1, 2, 4),
          inspectionProbability: 0.1,
          inspectionHours: { kind: 'lognormal', median: 6, p90: 12 },
        },
      ],
    }),
  );
  const terminals = Array.from({ length: RAIL_TERMINALS }, (_, i) =>
    node(`terminal-${i}`, 'rail-terminal', 40 + random() * 40, 40 + random() * 15, 'KZ', { gaugeMm: 1520 }),
  );
  const seaports = Array.from({ length: SEAPORTS }, (_, i) =>
    node(`seaport-${i}`, 'seaport', 60 + random() * 80, random() * 40, 'IN'),
  );
  const airports = Array.from({ length: AIRPORTS }, (_, i) =>
    node(`airport-${i}`, 'airport', 30 + random() * 50, 40 + random() * 15, 'RU'),
  );
  const borderOf = (t: number): string => borders[t % BORDERS] as string;
  borders.forEach((border) => link(hub, border, 'rail'));
  terminals.forEach((terminal, t) => link(borderOf(t), terminal, 'rail'));
  // Onward rail links between neighbouring terminals behind the same border (extended services).
  for (let t = 0; t + BORDERS < RAIL_TERMINALS; t++)
    link(terminals[t] as string, terminals[t + BORDERS] as string, 'rail');
  seaports.forEach((seaport) => link(port, seaport, 'sea'));
  for (let s = 0; s < SEAPORTS; s++)
    link(seaports[s] as string, seaports[(s + 1) % SEAPORTS] as string, 'sea');
  airports.forEach((a) => link(airport, a, 'air'));
  return {
    schemaVersion: SCHEMA_VERSION,
    id: `synthetic-${years}y`,
    name: text(`Synthetic benchmark network, ${years} year(s)`),
    description: text('Benchmark only: a synthetic network the size of the Qingdao baseline. Not real data.'),
    startDate: '2025-01-01',
    durationDays: 365 * years,
    seed,
    nodes,
    links,
    services: services({ port, airport, hub, depot, borders, terminals, seaports, airports, borderOf }),
    corridors: ['rail', 'sea', 'air'].map((id) => ({ id, name: text(id), singleDocumentShare: 0.3 })),
    demand: demand({ port, airport, hub, depot, terminals, seaports, airports }),
    documents: {
      multi: {
        billOfLading: { hours: tri(2, 4, 12), feeUsd: 50 },
        transitDeclaration: { hours: tri(2, 6, 24), feeUsd: 80 },
        inspectionProbability: 0.05,
        inspection: { hours: { kind: 'exponential', mean: 12 }, feeUsd: 150 },
      },
      single: {
        declarationAtOrigin: { hours: tri(1, 2, 6), feeUsd: 90 },
        sealedTransfer: { hours: { kind: 'deterministic', value: 1 }, feeUsd: 10 },
      },
      rules: [],
    },
    kpi: { trainHubNode: hub },
  };
}

interface Places {
  port: string;
  airport: string;
  hub: string;
  depot: string;
  borders: string[];
  terminals: string[];
  seaports: string[];
  airports: string[];
  borderOf: (t: number) => string;
}

function service(
  id: string,
  mode: Mode,
  stops: string[],
  perWeek: number,
  capacity: number,
  corridor: string,
): ServiceIn {
  const vehicle = ({ sea: 'vessel', air: 'aircraft', rail: 'train', road: 'truck' } as const)[mode];
  const legHours = stops
    .slice(1)
    .map(() => (mode === 'road' ? tri(1, 1.5, 3) : mode === 'air' ? tri(5, 6, 8) : tri(40, 60, 90)));
  return {
    id,
    name: text(id),
    mode,
    vehicle,
    stops,
    legHours,
    timetable: { departuresPerWeek: perWeek },
    capacity: mode === 'air' ? { tonnes: capacity } : { teu: capacity },
    ratePerUnitUsd: mode === 'air' ? 3000 : mode === 'rail' ? 4000 : mode === 'sea' ? 1200 : 150,
    returnShare: mode === 'road' || mode === 'sea' ? 1 : 0,
    corridor,
  };
}

/** 100 services: 50 trains, 28 sailings, 12 flights, 10 road shuttles. */
function services(p: Places): ServiceIn[] {
  const out: ServiceIn[] = [];
  const weeksPerYear = 52;
  // Each terminal takes 1/20 of the rail demand: 15,000 TEU a year; two services of 100 TEU
  // trains at 1.5x that: 2.2 departures a week each.
  const railPerWeek = ((RAIL_CONSIGNMENTS / RAIL_TERMINALS / weeksPerYear) * 1.5) / 2 / 100;
  p.terminals.forEach((terminal, t) => {
    for (const k of [0, 1])
      out.push(
        service(`train-${t}-${k}`, 'rail', [p.hub, p.borderOf(t), terminal], railPerWeek, 100, 'rail'),
      );
  });
  for (let t = 0; t < 10; t++) {
    const far = p.terminals[t + BORDERS] as string;
    out.push(
      service(
        `train-ext-${t}`,
        'rail',
        [p.hub, p.borderOf(t), p.terminals[t] as string, far],
        1,
        100,
        'rail',
      ),
    );
  }
  // Sailings run back (returnShare 1), so each carries one direction: half the sea demand.
  const seaPerWeek = ((SEA_CONSIGNMENTS / 2 / SEAPORTS / weeksPerYear) * 1.5) / 2000;
  p.seaports.forEach((seaport, s) => {
    out.push(service(`sailing-${s}`, 'sea', [p.port, seaport], seaPerWeek, 2000, 'sea'));
    out.push(
      service(
        `loop-${s}`,
        'sea',
        [p.port, seaport, p.seaports[(s + 1) % SEAPORTS] as string],
        1,
        1000,
        'sea',
      ),
    );
  });
  const airPerWeek = ((AIR_CONSIGNMENTS / AIRPORTS / weeksPerYear) * 1.5) / 2 / 60;
  p.airports.forEach((a, i) => {
    for (const k of [0, 1])
      out.push(service(`flight-${i}-${k}`, 'air', [p.airport, a], airPerWeek, 60, 'air'));
  });
  // Road shuttles feed the hub: 20 port demands and 20 depot demands of 2,500 TEU a year each,
  // in 40 TEU truck convoys at 1.5x, over 3 (port) and 4 (depot) shuttles; 3 from the airport.
  const shuttlePerWeek = (((20 * (RAIL_CONSIGNMENTS / 120)) / weeksPerYear) * 1.5) / 40;
  for (let k = 0; k < 3; k++)
    out.push(service(`port-shuttle-${k}`, 'road', [p.port, p.hub], shuttlePerWeek / 3, 40, 'rail'));
  for (let k = 0; k < 4; k++)
    out.push(service(`depot-shuttle-${k}`, 'road', [p.depot, p.hub], shuttlePerWeek / 4, 40, 'rail'));
  for (let k = 0; k < 3; k++)
    out.push(service(`airport-shuttle-${k}`, 'road', [p.airport, p.hub], 7, 40, 'rail'));
  return out;
}

/**
 * 200 demands. Rail: 80 from the hub (cargo trucked in by the shipper, as in the baseline), 20
 * from the port (sea-rail, by shuttle to the hub) and 20 from the depot; 56 by sea; 24 by air.
 */
function demand(
  p: Pick<Places, 'port' | 'airport' | 'hub' | 'depot' | 'terminals' | 'seaports' | 'airports'>,
): DemandIn[] {
  const out: DemandIn[] = [];
  const add = (
    origin: string,
    destination: string,
    unit: 'teu' | 'tonnes',
    annualVolume: number,
    corridor: string,
    direction: DemandIn['direction'],
  ): void => {
    out.push({
      id: `d-${out.length}`,
      origin,
      destination,
      commodity: `goods-${out.length % 5}`,
      unit,
      annualVolume,
      valuePerUnitUsd: unit === 'teu' ? 50_000 : 20_000,
      valueOfTimeUsdPerDay: 20,
      direction,
      corridor,
    });
  };
  const railEach = RAIL_CONSIGNMENTS / 120;
  for (const terminal of p.terminals) {
    for (let k = 0; k < 4; k++) add(p.hub, terminal, 'teu', railEach, 'rail', 'export');
    add(p.port, terminal, 'teu', railEach, 'rail', 'transit');
    add(p.depot, terminal, 'teu', railEach, 'rail', 'export');
  }
  const seaEach = SEA_CONSIGNMENTS / 56;
  for (const seaport of p.seaports) {
    for (let k = 0; k < 2; k++) add(p.port, seaport, 'teu', seaEach, 'sea', 'export');
    for (let k = 0; k < 2; k++) add(seaport, p.port, 'teu', seaEach, 'sea', 'import');
  }
  const airEach = AIR_CONSIGNMENTS / 24;
  for (const a of p.airports)
    for (let k = 0; k < 4; k++) add(p.airport, a, 'tonnes', airEach, 'air', 'export');
  return out;
}

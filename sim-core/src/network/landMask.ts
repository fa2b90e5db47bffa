/**
 * A land test over polygons given as data (Natural Earth's land from world-atlas, read by whoever
 * calls: the core loads no files). Each polygon keeps its bounding box, so most are skipped
 * before the point-in-ring test.
 */
import { greatCircle, haversineKm, type LonLat } from './geo.ts';

/** A polygon as GeoJSON writes it: the outer ring first, then holes. */
export type PolygonRings = readonly (readonly LonLat[])[];

export type IsOnLand = (point: LonLat) => boolean;

interface BoxedPolygon {
  rings: PolygonRings;
  /** [minLon, minLat, maxLon, maxLat] of the outer ring. */
  box: [number, number, number, number];
}

function inRing(p: LonLat, ring: readonly LonLat[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as LonLat;
    const [xj, yj] = ring[j] as LonLat;
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The land test of a set of polygons. */
export function landMask(polygons: readonly PolygonRings[]): IsOnLand {
  const boxed: BoxedPolygon[] = polygons.map((rings) => {
    const outer = rings[0] ?? [];
    let box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [lon, lat] of outer) {
      box = [Math.min(box[0], lon), Math.min(box[1], lat), Math.max(box[2], lon), Math.max(box[3], lat)];
    }
    return { rings, box };
  });
  return (p) =>
    boxed.some(
      ({ rings, box }) =>
        p[0] >= box[0] &&
        p[0] <= box[2] &&
        p[1] >= box[1] &&
        p[1] <= box[3] &&
        inRing(p, rings[0] ?? []) &&
        !rings.slice(1).some((hole) => inRing(p, hole)),
    );
}

/** Points every ~`stepKm` along a polyline (great-circle interpolation per segment), after the first. */
export function samplePolyline(line: readonly LonLat[], stepKm = 10): LonLat[] {
  const out: LonLat[] = [];
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1] as LonLat;
    const b = line[i] as LonLat;
    out.push(...greatCircle(a, b, Math.max(2, Math.ceil(haversineKm(a, b) / stepKm))).slice(1));
  }
  return out;
}

/**
 * The longest run of consecutive ~10 km samples on land, leaving out those within `approachKm`
 * of either end (ports sit on the shore, finer than the coastline data). A lane may graze a
 * coast (a strait, an island finer than the data) for a sample or two; a longer run crosses land.
 */
export function longestLandRun(
  line: readonly LonLat[],
  isOnLand: IsOnLand,
  approachKm: number,
): { longest: number; where: LonLat | undefined } {
  const first = line[0];
  const last = line[line.length - 1];
  if (!first || !last) return { longest: 0, where: undefined };
  let run = 0;
  let longest = 0;
  let where: LonLat | undefined;
  for (const p of samplePolyline(line)) {
    if (haversineKm(p, first) < approachKm || haversineKm(p, last) < approachKm) continue;
    run = isOnLand(p) ? run + 1 : 0;
    if (run > longest) [longest, where] = [run, p];
  }
  return { longest, where };
}

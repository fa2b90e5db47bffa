// Coastlines and borders as line segments with both a globe and a flat position per vertex.
// Segments that cross the flat map's seam (the meridian opposite Qingdao's) are split there, so
// the flat map never draws a line across the whole world; the antimeridian cuts that Natural
// Earth's polygons carry (both ends at ±180°) are dropped, as they are not coastline.
import { lonLatToFlat, lonLatToGlobe, relativeLon } from './projection.ts';

export interface LineArrays {
  /** xyz pairs, one pair per segment. */
  globe: Float32Array;
  flat: Float32Array;
  segments: number;
}

type Ring = readonly (readonly number[])[];

/** Segments of `lines` ([lon, lat] point lists) at `altitude` Earth radii. */
export function buildLineArrays(lines: readonly Ring[], altitude: number): LineArrays {
  const globe: number[] = [];
  const flat: number[] = [];
  const push = (lon: number, lat: number, relLon: number): void => {
    const o = globe.length;
    lonLatToGlobe(lon, lat, altitude, globe, o);
    lonLatToFlat(lon, lat, altitude, flat, o, relLon);
  };
  for (const line of lines) {
    for (let i = 0; i + 1 < line.length; i++) {
      const [lon1 = 0, lat1 = 0] = line[i]!;
      const [lon2 = 0, lat2 = 0] = line[i + 1]!;
      if (Math.abs(lon1) === 180 && Math.abs(lon2) === 180) continue;
      const r1 = relativeLon(lon1);
      const step = relativeLon(lon2) - r1;
      const wrapped = step > 180 ? step - 360 : step < -180 ? step + 360 : step;
      const r2 = r1 + wrapped;
      if (r2 >= -180 && r2 < 180) {
        push(lon1, lat1, r1);
        push(lon2, lat2, r2);
        continue;
      }
      // Crosses the seam: end the first part at the edge and start the second at the other edge.
      const edge = r2 >= 180 ? 180 : -180;
      const f = (edge - r1) / (r2 - r1);
      const latEdge = lat1 + (lat2 - lat1) * f;
      const lonEdge = lon1 + wrapped * f;
      push(lon1, lat1, r1);
      push(lonEdge, latEdge, edge);
      push(lonEdge, latEdge, -edge);
      push(lon2, lat2, r2 - 2 * edge);
    }
  }
  return { globe: new Float32Array(globe), flat: new Float32Array(flat), segments: globe.length / 6 };
}

/**
 * A polygon ring with continuous longitude (no ±360° jumps where Natural Earth cuts it at the
 * antimeridian), for filling it on an equirectangular canvas: drawn again shifted by ±360° the
 * pieces beyond the edge land on the other side. A ring that circles a pole (Antarctica) is
 * closed along the pole's edge of the map.
 */
export function unwrapRing(ring: readonly (readonly number[])[]): [number, number][] {
  const out: [number, number][] = [];
  let offset = 0;
  let previous: number | undefined;
  for (const [lon = 0, lat = 0] of ring) {
    if (previous !== undefined) {
      const step = lon - previous;
      if (step > 180) offset -= 360;
      else if (step < -180) offset += 360;
    }
    out.push([lon + offset, lat]);
    previous = lon;
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && Math.abs(last[0] - first[0]) > 180) {
    const pole = first[1] < 0 ? -90 : 90;
    out.push([last[0], pole], [first[0], pole]);
  }
  return out;
}

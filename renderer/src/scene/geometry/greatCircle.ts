// Great-circle interpolation and even resampling of [lon, lat] polylines, so a route is drawn
// along the Earth's surface (a straight chord between far points would cut through the globe)
// and a vehicle moving at constant speed along the samples moves at constant ground speed.
import { DEG_TO_RAD, relativeLon } from './projection.ts';

/** Central angle between two points, radians (haversine: well-conditioned for short legs). */
export function centralAngle(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const p1 = lat1 * DEG_TO_RAD;
  const p2 = lat2 * DEG_TO_RAD;
  const dp = p2 - p1;
  const dl = (lon2 - lon1) * DEG_TO_RAD;
  const h = Math.sin(dp / 2) ** 2 + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) ** 2;
  return 2 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The point a fraction `f` of the way from a to b along the great circle (spherical linear
 * interpolation of unit vectors), as [lon, lat] written into out[offset], out[offset + 1].
 */
export function interpolateGreatCircle(
  lon1: number,
  lat1: number,
  lon2: number,
  lat2: number,
  f: number,
  out: Float64Array | number[],
  offset = 0,
): void {
  const d = centralAngle(lon1, lat1, lon2, lat2);
  if (d < 1e-12) {
    out[offset] = lon1 + (lon2 - lon1) * f;
    out[offset + 1] = lat1 + (lat2 - lat1) * f;
    return;
  }
  const a = Math.sin((1 - f) * d) / Math.sin(d);
  const b = Math.sin(f * d) / Math.sin(d);
  const p1 = lat1 * DEG_TO_RAD;
  const p2 = lat2 * DEG_TO_RAD;
  const l1 = lon1 * DEG_TO_RAD;
  const l2 = lon2 * DEG_TO_RAD;
  const x = a * Math.cos(p1) * Math.cos(l1) + b * Math.cos(p2) * Math.cos(l2);
  const y = a * Math.cos(p1) * Math.sin(l1) + b * Math.cos(p2) * Math.sin(l2);
  const z = a * Math.sin(p1) + b * Math.sin(p2);
  out[offset] = Math.atan2(y, x) / DEG_TO_RAD;
  out[offset + 1] = Math.atan2(z, Math.hypot(x, y)) / DEG_TO_RAD;
}

/** A polyline resampled to evenly spaced points along the ground. */
export interface ResampledPath {
  /** [lon0, lat0, lon1, lat1, ...], `count` points. */
  lonLat: Float64Array;
  /**
   * Longitude relative to the reference meridian, unwrapped along the path (continuous, may
   * leave [-180, 180)), for the flat map.
   */
  unwrappedRelLon: Float64Array;
  /** Total ground length, radians of central angle. */
  lengthRadians: number;
}

/**
 * Resamples `geometry` ([lon, lat] pairs) into `count` points evenly spaced by ground distance,
 * first and last points kept exactly, each leg followed along its great circle.
 */
export function resamplePath(geometry: readonly (readonly [number, number])[], count: number): ResampledPath {
  if (geometry.length < 2) throw new Error(`a path needs at least two points, got ${geometry.length}`);
  if (count < 2) throw new Error(`resampling needs at least two points, got ${count}`);
  const legs = geometry.length - 1;
  const cumulative = new Float64Array(geometry.length);
  for (let i = 0; i < legs; i++) {
    const a = geometry[i]!;
    const b = geometry[i + 1]!;
    cumulative[i + 1] = cumulative[i]! + centralAngle(a[0], a[1], b[0], b[1]);
  }
  const total = cumulative[legs]!;
  const lonLat = new Float64Array(count * 2);
  let leg = 0;
  for (let k = 0; k < count; k++) {
    const s = (total * k) / (count - 1);
    while (leg < legs - 1 && cumulative[leg + 1]! < s) leg++;
    const a = geometry[leg]!;
    const b = geometry[leg + 1]!;
    const legLength = cumulative[leg + 1]! - cumulative[leg]!;
    const f = legLength > 0 ? Math.min(1, Math.max(0, (s - cumulative[leg]!) / legLength)) : 0;
    interpolateGreatCircle(a[0], a[1], b[0], b[1], f, lonLat, k * 2);
  }
  const unwrappedRelLon = new Float64Array(count);
  unwrappedRelLon[0] = relativeLon(lonLat[0]!);
  for (let k = 1; k < count; k++) {
    const previous = unwrappedRelLon[k - 1]!;
    // Step by the shortest signed difference so the path never jumps by 360°.
    const step = relativeLon(lonLat[k * 2]!) - relativeLon(lonLat[(k - 1) * 2]!);
    unwrappedRelLon[k] = previous + (step > 180 ? step - 360 : step < -180 ? step + 360 : step);
  }
  return { lonLat, unwrappedRelLon, lengthRadians: total };
}

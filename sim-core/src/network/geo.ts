/**
 * Spherical geometry for link lines: great-circle distance and interpolation on a sphere of the
 * mean Earth radius (IUGG 6,371.0088 km). Good to about 0.5 % against the ellipsoid, which is
 * far finer than the routes themselves.
 */
export type LonLat = [number, number];

const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/** Great-circle distance between two [lon, lat] points, km. */
export function haversineKm(a: LonLat, b: LonLat): number {
  const dLat = (b[1] - a[1]) * RAD;
  const dLon = (b[0] - a[0]) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * RAD) * Math.cos(b[1] * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Length of a polyline, km. */
export function polylineKm(points: readonly LonLat[]): number {
  let km = 0;
  for (let i = 1; i < points.length; i++) km += haversineKm(points[i - 1] as LonLat, points[i] as LonLat);
  return km;
}

/** `samples` points (ends included) along the great circle from a to b (slerp on unit vectors). */
export function greatCircle(a: LonLat, b: LonLat, samples: number): LonLat[] {
  const va = toVector(a);
  const vb = toVector(b);
  const dot = Math.min(1, Math.max(-1, va[0] * vb[0] + va[1] * vb[1] + va[2] * vb[2]));
  const omega = Math.acos(dot);
  const out: LonLat[] = [];
  for (let i = 0; i < samples; i++) {
    const t = i / (samples - 1);
    if (omega < 1e-12) {
      out.push([a[0], a[1]]);
      continue;
    }
    const wa = Math.sin((1 - t) * omega) / Math.sin(omega);
    const wb = Math.sin(t * omega) / Math.sin(omega);
    out.push(toLonLat([wa * va[0] + wb * vb[0], wa * va[1] + wb * vb[1], wa * va[2] + wb * vb[2]]));
  }
  out[0] = [a[0], a[1]];
  out[out.length - 1] = [b[0], b[1]];
  return out;
}

/** Rounds coordinates to 4 decimals (about 10 m), enough for a globe and keeps files small. */
export function roundLine(points: readonly LonLat[]): LonLat[] {
  return points.map(([lon, lat]) => [Math.round(lon * 1e4) / 1e4, Math.round(lat * 1e4) / 1e4]);
}

function toVector([lon, lat]: LonLat): [number, number, number] {
  const phi = lat * RAD;
  const lambda = lon * RAD;
  return [Math.cos(phi) * Math.cos(lambda), Math.cos(phi) * Math.sin(lambda), Math.sin(phi)];
}

function toLonLat([x, y, z]: [number, number, number]): LonLat {
  return [Math.atan2(y, x) / RAD, Math.atan2(z, Math.sqrt(x * x + y * y)) / RAD];
}

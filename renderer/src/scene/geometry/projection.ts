// Where a longitude/latitude lands in the scene, on the globe and on the flat map. Both views
// share one coordinate frame so the map can morph between them: every drawable stores both
// positions and the vertex shaders mix them by the `uFlat` uniform (0 globe, 1 flat).
//
// Globe: radius 1 (scene units), centred at the origin, rotated so that the reference meridian
// (Qingdao's, 120.38°E) faces +z; y points to the North Pole. Flat: equirectangular, x and y in
// radians of longitude (relative to the reference meridian) and latitude, on the plane z = 0, so
// one scene unit is one Earth radius at the equator in both views. Altitude is in Earth radii.
import { QINGDAO } from '../../state/mapHome.ts';

/** The meridian that faces the viewer and sits at x = 0 on the flat map. */
export const REFERENCE_LON = QINGDAO.lon;

export const DEG_TO_RAD = Math.PI / 180;

/** Longitude relative to the reference meridian, wrapped into [-180, 180). */
export function relativeLon(lon: number): number {
  const d = (((lon - REFERENCE_LON + 180) % 360) + 360) % 360;
  return d - 180;
}

/** Writes the globe position of (lon, lat, altitude in Earth radii) into out[offset..offset+2]. */
export function lonLatToGlobe(
  lon: number,
  lat: number,
  altitude: number,
  out: Float32Array | Float64Array | number[],
  offset = 0,
): void {
  const r = 1 + altitude;
  const phi = lat * DEG_TO_RAD;
  const lambda = (lon - REFERENCE_LON) * DEG_TO_RAD;
  const cosPhi = Math.cos(phi);
  out[offset] = r * cosPhi * Math.sin(lambda);
  out[offset + 1] = r * Math.sin(phi);
  out[offset + 2] = r * cosPhi * Math.cos(lambda);
}

/**
 * Writes the flat-map position into out[offset..offset+2]. `unwrappedRelLon` lets a path keep a
 * continuous longitude past the map's edge (a route that crosses the seam does not jump); when
 * omitted the longitude is wrapped into [-180, 180) around the reference meridian.
 */
export function lonLatToFlat(
  lon: number,
  lat: number,
  altitude: number,
  out: Float32Array | Float64Array | number[],
  offset = 0,
  unwrappedRelLon?: number,
): void {
  out[offset] = (unwrappedRelLon ?? relativeLon(lon)) * DEG_TO_RAD;
  out[offset + 1] = lat * DEG_TO_RAD;
  out[offset + 2] = altitude;
}

/** The inverse of lonLatToGlobe's direction: lon/lat of a point (any radius). */
export function globeToLonLat(x: number, y: number, z: number): { lon: number; lat: number } {
  const r = Math.hypot(x, y, z);
  const lat = Math.asin(y / r) / DEG_TO_RAD;
  let lon = Math.atan2(x, z) / DEG_TO_RAD + REFERENCE_LON;
  if (lon > 180) lon -= 360;
  if (lon < -180) lon += 360;
  return { lon, lat };
}

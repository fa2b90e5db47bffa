// The camera target that frames a set of places: the ground point at the middle of their extent
// and the distance at which that extent fills the view (with a margin), on the globe. Used by the
// presentation story to show each corridor whole, Europe and Moscow included.
import type { CameraTarget } from '../state/useMapStore.ts';
import { CAMERA_LIMITS } from './cameraPose.ts';
import { DEG_TO_RAD } from './geometry/projection.ts';

/** The camera's vertical field of view, degrees (MapView's Canvas camera). */
export const MAP_FOV_DEGREES = 45;

export interface LonLat {
  lon: number;
  lat: number;
}

/** Mean of the longitudes on the shorter way round (so 170°E and 170°W centre on 180°). */
function centreLon(points: readonly LonLat[]): number {
  let x = 0;
  let y = 0;
  for (const p of points) {
    x += Math.cos(p.lon * DEG_TO_RAD);
    y += Math.sin(p.lon * DEG_TO_RAD);
  }
  return Math.atan2(y, x) / DEG_TO_RAD;
}

function lonOffset(lon: number, centre: number): number {
  return ((((lon - centre + 180) % 360) + 360) % 360) - 180;
}

/**
 * Frames `points` in a view of `aspect` (width / height), leaving `margin` (1.25 = a quarter more
 * than the extent) around them. The half-extents are measured as great-circle angles from the
 * centre, so a corridor near the pole is not framed too wide.
 */
export function frameLonLats(points: readonly LonLat[], aspect: number, margin = 1.25): CameraTarget {
  if (points.length === 0) return { lon: 0, lat: 0, distance: CAMERA_LIMITS.maxDistance / 2 };
  const lon = centreLon(points);
  let latMin = 90;
  let latMax = -90;
  for (const p of points) {
    latMin = Math.min(latMin, p.lat);
    latMax = Math.max(latMax, p.lat);
  }
  const lat = (latMin + latMax) / 2;
  let halfWidth = 0;
  let halfHeight = 0;
  for (const p of points) {
    const east = lonOffset(p.lon, lon) * Math.cos(p.lat * DEG_TO_RAD);
    halfWidth = Math.max(halfWidth, Math.abs(east) * DEG_TO_RAD);
    halfHeight = Math.max(halfHeight, Math.abs(p.lat - lat) * DEG_TO_RAD);
  }
  const tanHalfFov = Math.tan((MAP_FOV_DEGREES / 2) * DEG_TO_RAD);
  // A ground half-extent h (radians, about Earth radii) fills the view at distance h / tan(fov/2);
  // the globe's curvature makes far edges nearer, so the small-angle estimate errs on the wide side.
  const needed = Math.max(halfHeight, halfWidth / Math.max(0.2, aspect)) * margin;
  const distance = Math.min(
    CAMERA_LIMITS.maxDistance,
    Math.max(0.15, needed / tanHalfFov - (1 - Math.cos(Math.min(needed, Math.PI / 2)))),
  );
  return { lon, lat, distance };
}

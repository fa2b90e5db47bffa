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

/** Bands of the view kept clear of the places framed, as fractions of its height. */
export interface ViewInset {
  top: number;
  bottom: number;
}

/**
 * Where `point` appears in the view of a camera at `view` (looking straight down, north up, as
 * cameraPose.ts places it on the globe): normalised device coordinates (-1..1 across the view's
 * width and height, y up), or undefined for a point beyond the horizon.
 */
export function projectOnGlobe(
  view: CameraTarget,
  point: LonLat,
  aspect: number,
): { x: number; y: number } | undefined {
  const phi = view.lat * DEG_TO_RAD;
  const lambda = view.lon * DEG_TO_RAD;
  const p = point.lat * DEG_TO_RAD;
  const l = point.lon * DEG_TO_RAD;
  const px = Math.cos(p) * Math.cos(l);
  const py = Math.cos(p) * Math.sin(l);
  const pz = Math.sin(p);
  // The target's local frame: up (n), east, north.
  const up =
    px * Math.cos(phi) * Math.cos(lambda) + py * Math.cos(phi) * Math.sin(lambda) + pz * Math.sin(phi);
  const east = -px * Math.sin(lambda) + py * Math.cos(lambda);
  const north =
    -px * Math.sin(phi) * Math.cos(lambda) - py * Math.sin(phi) * Math.sin(lambda) + pz * Math.cos(phi);
  // Beyond the horizon seen from 1 + distance (the globe's radius is 1).
  if (up < 1 / (1 + view.distance)) return undefined;
  const depth = 1 + view.distance - up;
  const tanHalfFov = Math.tan((MAP_FOV_DEGREES / 2) * DEG_TO_RAD);
  return { x: east / (depth * tanHalfFov * aspect), y: north / (depth * tanHalfFov) };
}

/**
 * Frames `points` in the part of a view of `aspect` that `inset` leaves free (the presentation
 * captions take a band at the bottom): the places fill that part, with `margin`, and sit in its
 * middle, so nothing drawn over the map covers them. Refined on the globe's own projection (the
 * small-angle estimate of frameLonLats misplaces a long corridor's ends by a tenth of the view).
 */
export function frameLonLatsInside(
  points: readonly LonLat[],
  aspect: number,
  inset: ViewInset,
  margin = 1.25,
): CameraTarget {
  const top = Math.min(0.45, Math.max(0, inset.top));
  const bottom = Math.min(0.45, Math.max(0, inset.bottom));
  const free = 1 - top - bottom;
  const view = frameLonLats(points, aspect / free, margin);
  if (points.length === 0) return view;
  const tanHalfFov = Math.tan((MAP_FOV_DEGREES / 2) * DEG_TO_RAD);
  // The free band in normalised device coordinates (y up).
  const low = -1 + 2 * bottom;
  const high = 1 - 2 * top;
  const middle = (low + high) / 2;
  for (let round = 0; round < 24; round++) {
    let xMin = Infinity;
    let xMax = -Infinity;
    let yMin = Infinity;
    let yMax = -Infinity;
    let hidden = false;
    for (const point of points) {
      const at = projectOnGlobe(view, point, aspect);
      if (!at) {
        hidden = true;
        break;
      }
      xMin = Math.min(xMin, at.x);
      xMax = Math.max(xMax, at.x);
      yMin = Math.min(yMin, at.y);
      yMax = Math.max(yMax, at.y);
    }
    if (hidden) {
      if (view.distance >= CAMERA_LIMITS.maxDistance) break;
      view.distance = Math.min(CAMERA_LIMITS.maxDistance, view.distance * 1.3);
      continue;
    }
    const scale = Math.max(((yMax - yMin) * margin) / (high - low), ((xMax - xMin) * margin) / 2, 1e-3);
    const dy = (yMax + yMin) / 2 - middle;
    const dx = (xMax + xMin) / 2;
    // Moving the target north by an angle a moves the places down by about a / (distance tan).
    const perUnit = view.distance * tanHalfFov;
    view.lat = Math.max(
      -CAMERA_LIMITS.maxLat,
      Math.min(CAMERA_LIMITS.maxLat, view.lat + (dy * perUnit) / DEG_TO_RAD),
    );
    view.lon += (dx * perUnit * aspect) / Math.max(0.2, Math.cos(view.lat * DEG_TO_RAD)) / DEG_TO_RAD;
    view.distance = Math.min(CAMERA_LIMITS.maxDistance, Math.max(0.15, view.distance * scale));
    if (Math.abs(scale - 1) < 0.005 && Math.abs(dy) < 0.005 && Math.abs(dx) < 0.005) break;
  }
  view.lon = ((((view.lon + 180) % 360) + 360) % 360) - 180;
  return view;
}

// The camera as a ground point (lon, lat), a distance, a tilt and a heading, placed the same way
// on the globe, on the flat map and between: the local frame (up, north, east) at the target is
// mixed by the morph value. Drag, zoom and flyTo change the five numbers; nothing else moves the
// camera. Pure functions over caller-owned arrays: the frame loop allocates nothing.
import type { CameraViewState } from '../state/mapHome.ts';
import { DEG_TO_RAD, lonLatToFlat, lonLatToGlobe, relativeLon } from './geometry/projection.ts';

export const CAMERA_LIMITS = { minDistance: 0.04, maxDistance: 6, maxLat: 85, maxTilt: 1.25 } as const;

const target = new Float64Array(3);
const flatTarget = new Float64Array(3);
const up = new Float64Array(3);
const north = new Float64Array(3);
const east = new Float64Array(3);

function normalize(v: Float64Array): void {
  const l = Math.hypot(v[0]!, v[1]!, v[2]!) || 1;
  v[0]! /= l;
  v[1]! /= l;
  v[2]! /= l;
}

/**
 * Writes the camera position, the point it looks at and its up vector (xyz each) for a view and
 * morph value `flat` (0 globe .. 1 flat).
 */
export function computeCameraPose(
  view: CameraViewState,
  flat: number,
  outPosition: Float64Array,
  outTarget: Float64Array,
  outUp: Float64Array,
): void {
  const phi = view.lat * DEG_TO_RAD;
  const lambda = relativeLon(view.lon) * DEG_TO_RAD;
  lonLatToGlobe(view.lon, view.lat, 0, target);
  lonLatToFlat(view.lon, view.lat, 0, flatTarget);
  // Globe frame at the target: up = normal, north = d/dlat; flat frame: +z up, +y north.
  const gNorth = [-Math.sin(phi) * Math.sin(lambda), Math.cos(phi), -Math.sin(phi) * Math.cos(lambda)];
  for (let c = 0; c < 3; c++) {
    outTarget[c] = target[c]! + (flatTarget[c]! - target[c]!) * flat;
    up[c] = target[c]! * (1 - flat) + (c === 2 ? flat : 0);
    north[c] = gNorth[c]! * (1 - flat) + (c === 1 ? flat : 0);
  }
  normalize(up);
  // Re-orthogonalise north against up, then east = north x up.
  const d = north[0]! * up[0]! + north[1]! * up[1]! + north[2]! * up[2]!;
  for (let c = 0; c < 3; c++) north[c] = north[c]! - d * up[c]!;
  normalize(north);
  east[0] = north[1]! * up[2]! - north[2]! * up[1]!;
  east[1] = north[2]! * up[0]! - north[0]! * up[2]!;
  east[2] = north[0]! * up[1]! - north[1]! * up[0]!;
  const ch = Math.cos(view.heading);
  const sh = Math.sin(view.heading);
  const ct = Math.cos(view.tilt);
  const st = Math.sin(view.tilt);
  for (let c = 0; c < 3; c++) {
    const forward = ch * north[c]! + sh * east[c]!;
    outPosition[c] = outTarget[c]! + view.distance * (ct * up[c]! - st * forward);
    outUp[c] = ct * forward + st * up[c]!;
  }
}

/** Drags the map by a screen offset (pixels) at the current zoom: the ground follows the pointer. */
export function panView(
  view: CameraViewState,
  dxPixels: number,
  dyPixels: number,
  viewportHeightPixels: number,
  flat: number,
): void {
  // One pixel covers about (2 * distance * tan(fov / 2)) / height Earth radii at the target.
  const radiansPerPixel =
    (2 * view.distance * Math.tan((45 / 2) * DEG_TO_RAD)) / Math.max(1, viewportHeightPixels);
  const degreesPerPixel = radiansPerPixel / DEG_TO_RAD;
  const ch = Math.cos(view.heading);
  const sh = Math.sin(view.heading);
  const east = -dxPixels * ch - dyPixels * sh;
  const northward = dyPixels * ch - dxPixels * sh;
  const lonScale = flat >= 0.5 ? 1 : 1 / Math.max(0.2, Math.cos(view.lat * DEG_TO_RAD));
  view.lon = wrapLon(view.lon + east * degreesPerPixel * lonScale);
  view.lat = clamp(view.lat + northward * degreesPerPixel, -CAMERA_LIMITS.maxLat, CAMERA_LIMITS.maxLat);
}

/** Tilts and turns the camera around its target by a screen offset (pixels). */
export function orbitView(view: CameraViewState, dxPixels: number, dyPixels: number): void {
  view.heading = (view.heading + dxPixels * 0.005) % (2 * Math.PI);
  view.tilt = clamp(view.tilt + dyPixels * 0.005, 0, CAMERA_LIMITS.maxTilt);
}

/** Zooms by a wheel delta (positive zooms out), multiplicatively so it feels the same at any scale. */
export function zoomView(view: CameraViewState, wheelDelta: number): void {
  view.distance = clamp(
    view.distance * Math.exp(wheelDelta * 0.0012),
    CAMERA_LIMITS.minDistance,
    CAMERA_LIMITS.maxDistance,
  );
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

function wrapLon(lon: number): number {
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}

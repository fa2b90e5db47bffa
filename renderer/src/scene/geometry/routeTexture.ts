// The layout of the route texture: every link's geometry resampled to ROUTE_POINTS points, each
// stored twice (globe xyz and flat xyz), in one RGBA float texture the vertex shaders read with
// texelFetch. Vehicles find their position from (link, fraction of the trip); link ribbons read
// the same rows, so a vehicle always sits exactly on its drawn route.
//
// Link i owns TEXELS_PER_LINK consecutive texels starting at i * TEXELS_PER_LINK (row-major in a
// texture ROUTE_TEXTURE_WIDTH wide): first the ROUTE_POINTS globe points, then the flat ones.
// The texture is wrapped into rows because WebGL2 only guarantees 2048 texels per side.
import type { Mode } from '../../../../sim-core/src/api/types.ts';
import { resamplePath } from './greatCircle.ts';
import { lonLatToFlat, lonLatToGlobe } from './projection.ts';

/** Samples per link: enough for a smooth great circle across a continent, cheap to fetch. */
export const ROUTE_POINTS = 64;
export const TEXELS_PER_LINK = ROUTE_POINTS * 2;
export const ROUTE_TEXTURE_WIDTH = 4096;
export const LINKS_PER_ROW = ROUTE_TEXTURE_WIDTH / TEXELS_PER_LINK;

/** Height of routes above the ground, Earth radii: enough to clear coastlines, not to float. */
export const ROUTE_LIFT = { sea: 0.0015, rail: 0.002, road: 0.0018, air: 0.0025 } as const;
/** Air routes arc up to this height (Earth radii) over long legs, as flights are drawn. */
const AIR_ARC_MAX = 0.08;

export interface RouteInput {
  mode: Mode;
  geometry: readonly (readonly [number, number])[];
}

export interface RouteTextureData {
  /** RGBA float32: xyz in rgb, a = 1. */
  data: Float32Array;
  width: number;
  height: number;
  links: number;
}

/** The texel index of a link's point: `flat` false for the globe copy, true for the flat one. */
export function routeTexelIndex(link: number, point: number, flat: boolean): number {
  return link * TEXELS_PER_LINK + (flat ? ROUTE_POINTS : 0) + point;
}

/** Texel coordinates (column, row) of a texel index. */
export function routeTexelCoord(index: number): { x: number; y: number } {
  return { x: index % ROUTE_TEXTURE_WIDTH, y: Math.floor(index / ROUTE_TEXTURE_WIDTH) };
}

/** Altitude of point k of a route, Earth radii: a flat lift, and an arc for flights. */
export function routeAltitude(mode: Mode, k: number, lengthRadians: number): number {
  const lift = ROUTE_LIFT[mode];
  if (mode !== 'air') return lift;
  const s = k / (ROUTE_POINTS - 1);
  return lift + Math.min(AIR_ARC_MAX, 0.25 * lengthRadians) * Math.sin(Math.PI * s);
}

/** Builds the route texture's contents for the scenario's links, in scenario order. */
export function buildRouteTexture(routes: readonly RouteInput[]): RouteTextureData {
  const width = ROUTE_TEXTURE_WIDTH;
  const height = Math.max(1, Math.ceil(routes.length / LINKS_PER_ROW));
  const data = new Float32Array(width * height * 4);
  const xyz = new Float64Array(3);
  routes.forEach((route, link) => {
    const path = resamplePath(route.geometry, ROUTE_POINTS);
    for (let k = 0; k < ROUTE_POINTS; k++) {
      const lon = path.lonLat[k * 2]!;
      const lat = path.lonLat[k * 2 + 1]!;
      const altitude = routeAltitude(route.mode, k, path.lengthRadians);
      lonLatToGlobe(lon, lat, altitude, xyz);
      writeTexel(data, routeTexelIndex(link, k, false), xyz);
      lonLatToFlat(lon, lat, altitude, xyz, 0, path.unwrappedRelLon[k]);
      writeTexel(data, routeTexelIndex(link, k, true), xyz);
    }
  });
  return { data, width, height, links: routes.length };
}

function writeTexel(data: Float32Array, index: number, xyz: Float64Array): void {
  const o = index * 4;
  data[o] = xyz[0]!;
  data[o + 1] = xyz[1]!;
  data[o + 2] = xyz[2]!;
  data[o + 3] = 1;
}

/**
 * The position at `fraction` (0..1) along a link, mixed between globe and flat by `flat`: the
 * CPU twin of the vertex shader's routePosition(), used for picking and test hooks.
 */
export function samplePosition(
  texture: RouteTextureData,
  link: number,
  fraction: number,
  flat: number,
  out: Float64Array | number[],
): void {
  const f = Math.min(1, Math.max(0, fraction)) * (ROUTE_POINTS - 1);
  const i0 = Math.min(ROUTE_POINTS - 2, Math.floor(f));
  const w = f - i0;
  for (let c = 0; c < 3; c++) {
    const g0 = texture.data[routeTexelIndex(link, i0, false) * 4 + c]!;
    const g1 = texture.data[routeTexelIndex(link, i0 + 1, false) * 4 + c]!;
    const p0 = texture.data[routeTexelIndex(link, i0, true) * 4 + c]!;
    const p1 = texture.data[routeTexelIndex(link, i0 + 1, true) * 4 + c]!;
    const g = g0 + (g1 - g0) * w;
    const p = p0 + (p1 - p0) * w;
    out[c] = g + (p - g) * flat;
  }
}

// GLSL shared by the map's shaders. `uFlat` morphs globe (0) into flat map (1); the route
// functions read the route texture laid out by geometry/routeTexture.ts (keep the two in step:
// routeTexture.test.ts checks the CPU twin samplePosition() against the same layout).
import { ROUTE_POINTS, ROUTE_TEXTURE_WIDTH, TEXELS_PER_LINK } from '../geometry/routeTexture.ts';

export const MORPH_GLSL = /* glsl */ `
uniform float uFlat;
vec3 morphPosition(vec3 globe, vec3 flatPos) { return mix(globe, flatPos, uFlat); }
// The local "up": the globe's normal, or +z on the flat map.
vec3 morphUp(vec3 globe) { return normalize(mix(normalize(globe), vec3(0.0, 0.0, 1.0), uFlat)); }
`;

export const ROUTE_GLSL = /* glsl */ `
uniform highp sampler2D uRoutes;
const int ROUTE_POINTS = ${ROUTE_POINTS};
const int TEXELS_PER_LINK = ${TEXELS_PER_LINK};
const int ROUTE_TEXTURE_WIDTH = ${ROUTE_TEXTURE_WIDTH};
vec3 routeTexel(int index) {
  return texelFetch(uRoutes, ivec2(index % ROUTE_TEXTURE_WIDTH, index / ROUTE_TEXTURE_WIDTH), 0).xyz;
}
// Point k of a link, in the current globe/flat mix.
vec3 routePoint(int link, int k) {
  int base = link * TEXELS_PER_LINK + k;
  // Outside a morph only one copy is needed: half the texture reads (uFlat is uniform, no divergence).
  if (uFlat <= 0.0) return routeTexel(base);
  if (uFlat >= 1.0) return routeTexel(base + ROUTE_POINTS);
  return mix(routeTexel(base), routeTexel(base + ROUTE_POINTS), uFlat);
}
// The position a fraction f (0..1) along a link; tangent gets the direction of increasing f.
vec3 routePosition(int link, float f, out vec3 tangent) {
  float x = clamp(f, 0.0, 1.0) * float(ROUTE_POINTS - 1);
  int i0 = min(ROUTE_POINTS - 2, int(floor(x)));
  vec3 a = routePoint(link, i0);
  vec3 b = routePoint(link, i0 + 1);
  tangent = b - a;
  return mix(a, b, x - float(i0));
}
`;

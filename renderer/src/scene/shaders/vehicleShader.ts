// Vehicles move on the GPU: each instance carries (link, depart, arrive, reversed) with times
// relative to a local origin (see geometry/tripTimeOrigin.ts for why), and the vertex shader
// places it along its route at the playback time, facing the way it travels. Instances outside
// their trip window are sent outside the clip volume, so nothing per vehicle runs on the CPU.
import { MORPH_GLSL, ROUTE_GLSL } from './routeGlsl.ts';

export const VEHICLE_VERTEX = /* glsl */ `
${MORPH_GLSL}
${ROUTE_GLSL}
uniform float uTimeRel;
uniform float uScale;
attribute vec4 aTrip;
varying float vShade;

void main() {
  float t = uTimeRel;
  if (t < aTrip.y || t > aTrip.z) {
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
    vShade = 0.0;
    return;
  }
  float span = aTrip.z - aTrip.y;
  float f = span > 0.0 ? (t - aTrip.y) / span : 1.0;
  bool reversed = aTrip.w > 0.5;
  if (reversed) f = 1.0 - f;
  vec3 tangent;
  vec3 p = routePosition(int(aTrip.x + 0.5), f, tangent);
  if (reversed) tangent = -tangent;
  vec3 up = morphUp(p);
  vec3 forward = tangent - up * dot(tangent, up);
  forward = dot(forward, forward) > 1e-14 ? normalize(forward) : normalize(cross(up, vec3(1.0, 0.0, 0.0)));
  // (side, up, forward) must be right-handed like the model's (x, y, z), or faces turn inside out.
  vec3 side = cross(up, forward);
  vec3 world = p + (position.x * side + position.y * up + position.z * forward) * uScale;
  vec3 n = normalize(normal.x * side + normal.y * up + normal.z * forward);
  // Light from above and a little ahead: enough shape to read the vehicle's direction.
  vShade = 0.75 + 0.35 * max(0.0, dot(n, normalize(up + 0.4 * forward + 0.3 * side)));
  gl_Position = projectionMatrix * viewMatrix * vec4(world, 1.0);
}
`;

export const VEHICLE_FRAGMENT = /* glsl */ `
uniform vec3 uColor;
varying float vShade;
void main() {
  gl_FragColor = vec4(uColor * vShade, 1.0);
}
`;

// Throughput columns: one instanced cylinder per node, standing on the ground in either view,
// its height the node's TEU in the current week, eased toward the next week's as the week passes.
import { MORPH_GLSL } from './routeGlsl.ts';

export const COLUMN_VERTEX = /* glsl */ `
${MORPH_GLSL}
uniform float uRadius;
uniform float uHeightScale;
uniform float uWeekFraction;
uniform float uHighlight;
attribute vec3 aBaseGlobe;
attribute vec3 aBaseFlat;
// x: this week's TEU share of the largest, y: next week's; z: node index.
attribute vec3 aHeight;
varying float vUp;
varying float vHighlight;

void main() {
  vec3 base = morphPosition(aBaseGlobe, aBaseFlat);
  vec3 up = morphUp(aBaseGlobe);
  vec3 e1 = normalize(abs(up.y) < 0.99 ? cross(up, vec3(0.0, 1.0, 0.0)) : cross(up, vec3(1.0, 0.0, 0.0)));
  vec3 e2 = cross(up, e1);
  float share = mix(aHeight.x, aHeight.y, uWeekFraction);
  float h = max(share * uHeightScale, 0.0);
  vUp = position.y;
  vHighlight = abs(aHeight.z - uHighlight) < 0.5 ? 1.0 : 0.0;
  vec3 world = base + (position.x * e1 + position.z * e2) * uRadius + up * position.y * h;
  gl_Position = h <= 0.0 ? vec4(2.0, 2.0, 2.0, 1.0) : projectionMatrix * viewMatrix * vec4(world, 1.0);
}
`;

export const COLUMN_FRAGMENT = /* glsl */ `
varying float vUp;
varying float vHighlight;
void main() {
  vec3 low = vec3(0.95, 0.62, 0.18);
  vec3 high = vec3(1.0, 0.93, 0.55);
  vec3 color = mix(low, high, vUp);
  color = mix(color, vec3(1.0), vHighlight * 0.5);
  gl_FragColor = vec4(color, 0.92);
}
`;

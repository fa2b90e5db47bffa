// Links as ribbons of constant screen width along their route samples. Width and colour per link
// come from a small state texture (rgb colour, a = width in CSS pixels, 0 hides the link) that is
// rewritten when the week, the layers or the colour mode change, never per frame.
import { MORPH_GLSL, ROUTE_GLSL } from './routeGlsl.ts';

/** Width of the link state texture; links wrap into rows beyond it. */
export const LINK_STATE_WIDTH = 1024;

export const LINK_VERTEX = /* glsl */ `
${MORPH_GLSL}
${ROUTE_GLSL}
uniform highp sampler2D uLinkState;
uniform vec2 uViewport;
uniform float uPixelRatio;
// The ribbon vertex packed into three's position attribute (no second buffer): x link, y this
// vertex's route point, z = side * (other end's point + 1), side -1 or 1.
vec4 unpackRibbon(vec3 p) { return vec4(p.x, p.y, sign(p.z), abs(p.z) - 1.0); }
varying vec3 vColor;
varying float vAcross;
varying float vAlong;

void main() {
  vec4 aRibbon = unpackRibbon(position);
  int link = int(aRibbon.x + 0.5);
  vec4 state = texelFetch(uLinkState, ivec2(link % ${LINK_STATE_WIDTH}, link / ${LINK_STATE_WIDTH}), 0);
  vColor = state.rgb;
  vAcross = aRibbon.z;
  vAlong = aRibbon.y;
  if (state.a <= 0.0) {
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
    return;
  }
  vec4 clip = projectionMatrix * viewMatrix * vec4(routePoint(link, int(aRibbon.y + 0.5)), 1.0);
  vec4 other = projectionMatrix * viewMatrix * vec4(routePoint(link, int(aRibbon.w + 0.5)), 1.0);
  vec2 a = clip.xy / max(clip.w, 1e-6) * uViewport;
  vec2 b = other.xy / max(other.w, 1e-6) * uViewport;
  vec2 dir = b - a;
  if (aRibbon.w < aRibbon.y) dir = -dir;
  dir = dot(dir, dir) > 1e-12 ? normalize(dir) : vec2(1.0, 0.0);
  vec2 normal2d = vec2(-dir.y, dir.x);
  // Half the width in pixels, converted back to clip space (NDC spans 2 over the viewport).
  clip.xy += normal2d * aRibbon.z * state.a * uPixelRatio / uViewport * clip.w;
  gl_Position = clip;
}
`;

export const LINK_FRAGMENT = /* glsl */ `
uniform float uSeconds;
varying vec3 vColor;
varying float vAcross;
varying float vAlong;
void main() {
  // Soft edges, and a faint pulse running from 'from' to 'to' so the direction of flow reads.
  float edge = 1.0 - smoothstep(0.55, 1.0, abs(vAcross));
  float pulse = 0.85 + 0.15 * sin(vAlong * 0.6 - uSeconds * 3.0);
  gl_FragColor = vec4(vColor * pulse, edge * 0.9);
}
`;

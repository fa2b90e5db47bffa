// Cargo on the move: dots flowing along each link, one per so many TEU of the current week
// (particleAllocation.ts), in the link's current colour. They advance with the playback clock,
// so they stand still when playback is paused and scrubbing moves them like everything else.
import { useFrame } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo } from 'react';
import { AdditiveBlending, BufferAttribute, BufferGeometry, ShaderMaterial, type DataTexture } from 'three';
import type { MapModel } from '../mapModel.ts';
import { allocateParticles, MAX_PARTICLES, PARTICLE_STRIDE, teuPerParticle } from '../particleAllocation.ts';
import { sceneUniforms } from '../sceneUniforms.ts';
import { LINK_STATE_WIDTH } from '../shaders/linkShader.ts';
import { MORPH_GLSL, ROUTE_GLSL } from '../shaders/routeGlsl.ts';
import { markAttributeChanged, setFrameUniform, setUniform } from '../threeMutations.ts';
import { useMapStore } from '../../state/useMapStore.ts';
import { timelineClock, useTimelineStore } from '../../state/useTimelineStore.ts';

/** Sim hours a dot takes to cross its link: slow enough to follow at a week a second. */
const TRAVERSE_HOURS = 96;

const PARTICLE_VERTEX = /* glsl */ `
${MORPH_GLSL}
${ROUTE_GLSL}
uniform highp sampler2D uLinkState;
uniform float uCycle;
uniform float uPixelRatio;
varying vec3 vColor;
// position: x link, y phase (0..1), z direction (1 from->to, -1 back).
void main() {
  int link = int(position.x + 0.5);
  vec4 state = texelFetch(uLinkState, ivec2(link % ${LINK_STATE_WIDTH}, link / ${LINK_STATE_WIDTH}), 0);
  if (state.a <= 0.0) {
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
    return;
  }
  vec3 tangent;
  vec3 p = routePosition(link, fract(position.y + position.z * uCycle), tangent);
  vColor = mix(state.rgb, vec3(1.0), 0.55);
  gl_PointSize = 2.5 * uPixelRatio;
  gl_Position = projectionMatrix * viewMatrix * vec4(p, 1.0);
}
`;

const PARTICLE_FRAGMENT = /* glsl */ `
varying vec3 vColor;
void main() {
  if (length(gl_PointCoord - 0.5) > 0.5) discard;
  gl_FragColor = vec4(vColor, 0.9);
}
`;

export function CargoParticles({ model, linkState }: { model: MapModel; linkState: DataTexture }) {
  const week = useTimelineStore((s) => s.weekIndex);
  const layers = useMapStore((s) => s.layers);
  const teuPerDot = useMemo(() => teuPerParticle(model.maxLinkTeu), [model]);
  const { geometry, attribute } = useMemo(() => {
    const g = new BufferGeometry();
    const a = new BufferAttribute(new Float32Array(MAX_PARTICLES * PARTICLE_STRIDE), PARTICLE_STRIDE);
    g.setAttribute('position', a);
    g.setDrawRange(0, 0);
    return { geometry: g, attribute: a };
  }, []);
  const material = useMemo(
    () =>
      new ShaderMaterial({
        vertexShader: PARTICLE_VERTEX,
        fragmentShader: PARTICLE_FRAGMENT,
        uniforms: {
          uFlat: sceneUniforms.uFlat,
          uRoutes: sceneUniforms.uRoutes,
          uPixelRatio: sceneUniforms.uPixelRatio,
          uLinkState: { value: null },
          uCycle: { value: 0 },
        },
        transparent: true,
        depthWrite: false,
        blending: AdditiveBlending,
      }),
    [],
  );
  // The links' state texture changes with the number of links; the material (and its compiled
  // program) stays.
  useLayoutEffect(() => setUniform(material, 'uLinkState', linkState), [material, linkState]);

  // Layout effects: the data is in the buffers before the next frame, so a new run or week is
  // drawn in one frame, not a stale one and then another.
  useLayoutEffect(() => {
    const count = allocateParticles(
      model.source,
      Math.max(0, week),
      layers,
      teuPerDot,
      attribute.array as Float32Array,
    );
    geometry.setDrawRange(0, count);
    markAttributeChanged(attribute);
  }, [model, week, layers, teuPerDot, geometry, attribute]);

  // float64 modulo on the CPU keeps the phase exact however late in the run playback is.
  useFrame(() =>
    setFrameUniform(material, 'uCycle', (timelineClock.hours % TRAVERSE_HOURS) / TRAVERSE_HOURS),
  );

  useEffect(() => () => geometry.dispose(), [geometry]);
  useEffect(() => () => material.dispose(), [material]);
  return <points geometry={geometry} material={material} frustumCulled={false} renderOrder={3.5} />;
}

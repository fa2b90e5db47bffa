// Throughput columns at the nodes (instanced cylinders) and the node markers. Heights follow the
// current week's TEU and ease toward the next week's as playback moves through the week.
import { useFrame } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo } from 'react';
import {
  BufferAttribute,
  BufferGeometry,
  CylinderGeometry,
  DynamicDrawUsage,
  InstancedBufferAttribute,
  InstancedBufferGeometry,
  ShaderMaterial,
} from 'three';
import { HOURS_PER_WEEK } from '../../../../sim-core/src/vocabulary/time.ts';
import { hexToRgb, NODE_KIND_COLORS } from '../mapColors.ts';
import type { MapModel } from '../mapModel.ts';
import { nodeColumnTeu } from '../mapSource.ts';
import { sceneUniforms } from '../sceneUniforms.ts';
import { markAttributeChanged, setFrameUniform, setUniform } from '../threeMutations.ts';
import { COLUMN_FRAGMENT, COLUMN_VERTEX } from '../shaders/columnShader.ts';
import { MORPH_GLSL } from '../shaders/routeGlsl.ts';
import { cameraView, useMapStore } from '../../state/useMapStore.ts';
import { timelineClock, useTimelineStore } from '../../state/useTimelineStore.ts';

/** The busiest node-week stands this tall, Earth radii (about 1,300 km: a landmark, not a wall). */
const COLUMN_MAX_HEIGHT = 0.2;
const COLUMN_RADIUS_PER_DISTANCE = 0.0045;

const MARKER_VERTEX = /* glsl */ `
${MORPH_GLSL}
uniform float uPixelRatio;
attribute vec3 aFlat;
attribute vec3 aColor;
varying vec3 vColor;
void main() {
  vColor = aColor;
  gl_PointSize = 7.0 * uPixelRatio;
  gl_Position = projectionMatrix * viewMatrix * vec4(morphPosition(position, aFlat), 1.0);
}
`;
const MARKER_FRAGMENT = /* glsl */ `
varying vec3 vColor;
void main() {
  float r = length(gl_PointCoord - 0.5) * 2.0;
  if (r > 1.0) discard;
  gl_FragColor = vec4(mix(vColor, vec3(0.05, 0.08, 0.12), smoothstep(0.55, 0.75, r) * 0.8), 1.0);
}
`;

export function ColumnsLayer({ model }: { model: MapModel }) {
  const week = useTimelineStore((s) => s.weekIndex);
  const hovered = useMapStore((s) => s.hovered);
  const nodes = model.source.nodes.length;

  const { geometry, heights } = useMemo(() => {
    const shape = new CylinderGeometry(1, 1, 1, 12, 1);
    shape.translate(0, 0.5, 0);
    const instanced = new InstancedBufferGeometry();
    instanced.setIndex(shape.getIndex());
    instanced.setAttribute('position', shape.getAttribute('position'));
    instanced.setAttribute('aBaseGlobe', new InstancedBufferAttribute(model.nodeGlobe, 3));
    instanced.setAttribute('aBaseFlat', new InstancedBufferAttribute(model.nodeFlat, 3));
    const heightAttribute = new InstancedBufferAttribute(new Float32Array(nodes * 3), 3);
    heightAttribute.setUsage(DynamicDrawUsage);
    instanced.setAttribute('aHeight', heightAttribute);
    instanced.instanceCount = nodes;
    return { geometry: instanced, heights: heightAttribute };
  }, [model, nodes]);

  const material = useMemo(
    () =>
      new ShaderMaterial({
        vertexShader: COLUMN_VERTEX,
        fragmentShader: COLUMN_FRAGMENT,
        uniforms: {
          uFlat: sceneUniforms.uFlat,
          uRadius: { value: 0.005 },
          uHeightScale: { value: COLUMN_MAX_HEIGHT },
          uWeekFraction: { value: 0 },
          uHighlight: { value: -1 },
        },
        transparent: true,
      }),
    [],
  );

  const markers = useMemo(() => {
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(model.nodeGlobe, 3));
    g.setAttribute('aFlat', new BufferAttribute(model.nodeFlat, 3));
    const colors = new Float32Array(nodes * 3);
    model.source.nodes.forEach((node, i) => hexToRgb(NODE_KIND_COLORS[node.kind], colors, i * 3));
    g.setAttribute('aColor', new BufferAttribute(colors, 3));
    return g;
  }, [model, nodes]);
  const markerMaterial = useMemo(
    () =>
      new ShaderMaterial({
        vertexShader: MARKER_VERTEX,
        fragmentShader: MARKER_FRAGMENT,
        uniforms: { uFlat: sceneUniforms.uFlat, uPixelRatio: sceneUniforms.uPixelRatio },
        // Drawn with the translucent layers so routes never cover the node markers.
        transparent: true,
      }),
    [],
  );

  // A layout effect: heights are written before the next frame draws (one frame per change).
  useLayoutEffect(() => writeColumnHeights(heights, model, week), [model, week, heights]);
  useEffect(
    () => setUniform(material, 'uHighlight', hovered?.kind === 'node' ? hovered.index : -1),
    [hovered, material],
  );
  useFrame(() => easeColumns(material, model));

  useEffect(() => () => (geometry.dispose(), markers.dispose()), [geometry, markers]);
  useEffect(() => () => (material.dispose(), markerMaterial.dispose()), [material, markerMaterial]);
  return (
    <group>
      <points geometry={markers} material={markerMaterial} frustumCulled={false} renderOrder={5} />
      <mesh geometry={geometry} material={material} frustumCulled={false} renderOrder={6} />
    </group>
  );
}

/** This week's and next week's TEU per node as a share of the busiest node-week. */
function writeColumnHeights(heights: InstancedBufferAttribute, model: MapModel, week: number): void {
  const data = heights.array as Float32Array;
  const max = model.maxNodeTeu;
  const source = model.source;
  const next = Math.min(week + 1, source.nodeMetrics.teu.periods - 1);
  for (let i = 0; i < source.nodes.length; i++) {
    data[i * 3] = max > 0 ? nodeColumnTeu(source, week, i) / max : 0;
    data[i * 3 + 1] = max > 0 ? nodeColumnTeu(source, next, i) / max : 0;
    data[i * 3 + 2] = i;
  }
  markAttributeChanged(heights);
}

/** Per frame: how far through the week playback is, and a radius that keeps columns readable. */
function easeColumns(material: ShaderMaterial, model: MapModel): void {
  const starts = model.source.weekStartHours;
  const w = useTimelineStore.getState().weekIndex;
  const start = starts[w] ?? 0;
  const next = starts[w + 1] ?? start + HOURS_PER_WEEK;
  setFrameUniform(
    material,
    'uWeekFraction',
    Math.min(1, Math.max(0, (timelineClock.hours - start) / (next - start))),
  );
  setFrameUniform(material, 'uRadius', cameraView.distance * COLUMN_RADIUS_PER_DISTANCE);
}

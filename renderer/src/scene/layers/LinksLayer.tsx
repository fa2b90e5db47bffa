// The corridors: one ribbon per link along its route samples, width and colour from the link
// state texture (linkState.ts), rewritten only when the week, layers, colour mode or hover change.
import { useEffect, useLayoutEffect, useMemo } from 'react';
import {
  BufferAttribute,
  BufferGeometry,
  DataTexture,
  DoubleSide,
  FloatType,
  NearestFilter,
  RGBAFormat,
  ShaderMaterial,
} from 'three';
import { ROUTE_POINTS } from '../geometry/routeTexture.ts';
import { CargoParticles } from './CargoParticles.tsx';
import { computeLinkState, matchCompareLinks, maxDifference } from '../linkState.ts';
import type { MapModel } from '../mapModel.ts';
import { LINK_FRAGMENT, LINK_STATE_WIDTH, LINK_VERTEX } from '../shaders/linkShader.ts';
import { sceneUniforms } from '../sceneUniforms.ts';
import { markTextureChanged, setUniform } from '../threeMutations.ts';
import { useMapStore } from '../../state/useMapStore.ts';
import { useTimelineStore } from '../../state/useTimelineStore.ts';

/**
 * Four vertices per segment (two per end, one each side), two triangles. Each vertex is packed
 * into `position` as (link, point, side * (other point + 1)): see shaders/linkShader.ts.
 */
export function buildRibbonGeometry(links: number): BufferGeometry {
  const segments = ROUTE_POINTS - 1;
  const ribbon = new Float32Array(links * segments * 4 * 3);
  const index = new Uint32Array(links * segments * 6);
  let v = 0;
  let t = 0;
  for (let link = 0; link < links; link++) {
    for (let k = 0; k < segments; k++) {
      const base = v;
      for (const [point, other] of [
        [k, k + 1],
        [k + 1, k],
      ] as const) {
        for (const side of [-1, 1]) {
          ribbon.set([link, point, side * (other + 1)], v * 3);
          v++;
        }
      }
      index.set([base, base + 1, base + 2, base + 1, base + 3, base + 2], t);
      t += 6;
    }
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(ribbon, 3));
  geometry.setIndex(new BufferAttribute(index, 1));
  return geometry;
}

export function LinksLayer({ model }: { model: MapModel }) {
  const week = useTimelineStore((s) => s.weekIndex);
  const layers = useMapStore((s) => s.layers);
  const colorMode = useMapStore((s) => s.colorMode);
  const hovered = useMapStore((s) => s.hovered);
  const hoveredLink = hovered?.kind === 'link' ? hovered.index : -1;
  const links = model.source.links.length;

  const geometry = useMemo(() => buildRibbonGeometry(links), [links]);
  const stateTexture = useMemo(() => {
    const rows = Math.max(1, Math.ceil(links / LINK_STATE_WIDTH));
    const texture = new DataTexture(
      new Float32Array(LINK_STATE_WIDTH * rows * 4),
      LINK_STATE_WIDTH,
      rows,
      RGBAFormat,
      FloatType,
    );
    texture.minFilter = NearestFilter;
    texture.magFilter = NearestFilter;
    return texture;
  }, [links]);
  // One material for the map's life: a run with another number of links gets a new state
  // texture in the same uniform, never a new shader program to compile.
  const material = useMemo(
    () =>
      new ShaderMaterial({
        vertexShader: LINK_VERTEX,
        fragmentShader: LINK_FRAGMENT,
        uniforms: {
          uFlat: sceneUniforms.uFlat,
          uRoutes: sceneUniforms.uRoutes,
          uViewport: sceneUniforms.uViewport,
          uPixelRatio: sceneUniforms.uPixelRatio,
          uSeconds: sceneUniforms.uSeconds,
          uLinkState: { value: null },
        },
        transparent: true,
        depthWrite: false,
        // The ribbon's winding depends on which way the link runs on screen.
        side: DoubleSide,
      }),
    [],
  );
  useLayoutEffect(() => setUniform(material, 'uLinkState', stateTexture), [material, stateTexture]);
  const compareIndex = useMemo(() => matchCompareLinks(model.source), [model]);
  const maxDifferenceTeu = useMemo(() => maxDifference(model.source, compareIndex), [model, compareIndex]);

  // A layout effect: the state is written before the next frame draws (one frame per change).
  useLayoutEffect(() => {
    computeLinkState(
      {
        source: model.source,
        week,
        layers,
        colorMode,
        maxLinkTeu: model.maxLinkTeu,
        compareIndex,
        maxDifferenceTeu,
        hoveredLink,
      },
      stateTexture.image.data as Float32Array,
    );
    markTextureChanged(stateTexture);
  }, [model, week, layers, colorMode, compareIndex, maxDifferenceTeu, hoveredLink, stateTexture]);

  useEffect(() => () => geometry.dispose(), [geometry]);
  useEffect(() => () => stateTexture.dispose(), [stateTexture]);
  useEffect(() => () => material.dispose(), [material]);
  return (
    <group>
      <mesh geometry={geometry} material={material} frustumCulled={false} renderOrder={3} />
      <CargoParticles model={model} linkState={stateTexture} />
    </group>
  );
}

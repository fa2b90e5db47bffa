// The Earth: an ocean-and-land surface with Natural Earth coastlines and borders (world-atlas,
// bundled by Vite, loaded as a lazy chunk of the app: nothing is fetched from the network). The
// surface is a lon/lat grid that carries its flat-map position too, so it unrolls into the flat
// map when the view mode changes.
import { useEffect, useMemo, useState } from 'react';
import {
  BufferAttribute,
  BufferGeometry,
  CanvasTexture,
  RepeatWrapping,
  ShaderMaterial,
  SRGBColorSpace,
  type Texture,
} from 'three';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { buildLineArrays, unwrapRing, type LineArrays } from '../geometry/worldLines.ts';
import { lonLatToFlat, lonLatToGlobe, REFERENCE_LON } from '../geometry/projection.ts';
import { MORPH_GLSL } from '../shaders/routeGlsl.ts';
import { sceneUniforms } from '../sceneUniforms.ts';
import { setUniform } from '../threeMutations.ts';

const GRID_LON_STEPS = 144;
const GRID_LAT_STEPS = 72;
const LAND_TEXTURE_WIDTH = 2048;

interface WorldGeometry {
  coast: LineArrays;
  borders: LineArrays;
  landTexture: Texture | undefined;
}

type Position = number[];
type Polygon = Position[][];

async function loadWorld(): Promise<WorldGeometry> {
  const module = await import('world-atlas/countries-50m.json');
  const topology = module.default as unknown as Topology<{
    countries: GeometryCollection;
    land: GeometryCollection;
  }>;
  const coast = mesh(topology, topology.objects.land);
  const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);
  const land = feature(topology, topology.objects.land);
  const polygons: Polygon[] = [];
  for (const f of land.features) {
    const g = f.geometry;
    if (g.type === 'Polygon') polygons.push(g.coordinates);
    else if (g.type === 'MultiPolygon') polygons.push(...g.coordinates);
  }
  return {
    coast: buildLineArrays(coast.coordinates, 0.0004),
    borders: buildLineArrays(borders.coordinates, 0.0005),
    landTexture: drawLandTexture(polygons),
  };
}

/** Land painted into an equirectangular canvas (absolute longitude, wrapped by the UVs). */
function drawLandTexture(polygons: Polygon[]): Texture | undefined {
  if (typeof document === 'undefined') return undefined;
  const canvas = document.createElement('canvas');
  canvas.width = LAND_TEXTURE_WIDTH;
  canvas.height = LAND_TEXTURE_WIDTH / 2;
  const context = canvas.getContext('2d');
  if (!context) return undefined;
  const x = (lon: number): number => ((lon + 180) / 360) * canvas.width;
  const y = (lat: number): number => ((90 - lat) / 180) * canvas.height;
  context.fillStyle = '#000';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = '#fff';
  for (const polygon of polygons) {
    const rings = polygon.map(unwrapRing);
    // Each polygon three times, shifted by a world: parts past the antimeridian wrap around.
    for (const shift of [-360, 0, 360]) {
      context.beginPath();
      for (const ring of rings) {
        ring.forEach(([lon, lat], i) =>
          i === 0 ? context.moveTo(x(lon + shift), y(lat)) : context.lineTo(x(lon + shift), y(lat)),
        );
        context.closePath();
      }
      context.fill('evenodd');
    }
  }
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  texture.wrapS = RepeatWrapping; // the grid's u runs past 1 east of the antimeridian.
  return texture;
}

function buildSurfaceGeometry(): BufferGeometry {
  const columns = GRID_LON_STEPS + 1;
  const rows = GRID_LAT_STEPS + 1;
  const globe = new Float32Array(columns * rows * 3);
  const flat = new Float32Array(columns * rows * 3);
  const uv = new Float32Array(columns * rows * 2);
  for (let r = 0; r < rows; r++) {
    const lat = -90 + (180 * r) / GRID_LAT_STEPS;
    for (let c = 0; c < columns; c++) {
      const relLon = -180 + (360 * c) / GRID_LON_STEPS;
      const i = r * columns + c;
      lonLatToGlobe(REFERENCE_LON + relLon, lat, 0, globe, i * 3);
      lonLatToFlat(REFERENCE_LON + relLon, lat, 0, flat, i * 3, relLon);
      uv[i * 2] = (REFERENCE_LON + relLon + 180) / 360;
      uv[i * 2 + 1] = (lat + 90) / 180;
    }
  }
  const index: number[] = [];
  for (let r = 0; r < GRID_LAT_STEPS; r++) {
    for (let c = 0; c < GRID_LON_STEPS; c++) {
      const a = r * columns + c;
      index.push(a, a + 1, a + columns, a + 1, a + columns + 1, a + columns);
    }
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(globe, 3));
  geometry.setAttribute('aFlat', new BufferAttribute(flat, 3));
  geometry.setAttribute('uv', new BufferAttribute(uv, 2));
  geometry.setIndex(index);
  return geometry;
}

const SURFACE_VERTEX = /* glsl */ `
${MORPH_GLSL}
attribute vec3 aFlat;
varying vec2 vUv;
varying float vLight;
void main() {
  vUv = uv;
  vec3 up = morphUp(position);
  // A soft terminator-free shading toward the limb so the globe reads as a sphere.
  vec3 world = morphPosition(position, aFlat);
  vec4 view = viewMatrix * vec4(world, 1.0);
  vLight = 0.55 + 0.45 * max(0.0, dot(normalize((viewMatrix * vec4(up, 0.0)).xyz), normalize(-view.xyz)));
  gl_Position = projectionMatrix * view;
}
`;

const SURFACE_FRAGMENT = /* glsl */ `
uniform sampler2D uLand;
uniform float uHasLand;
varying vec2 vUv;
varying float vLight;
void main() {
  float land = uHasLand > 0.5 ? texture2D(uLand, vUv).r : 0.0;
  vec3 ocean = vec3(0.035, 0.085, 0.16);
  vec3 ground = vec3(0.13, 0.17, 0.16);
  gl_FragColor = vec4(mix(ocean, ground, land) * vLight, 1.0);
}
`;

const LINE_VERTEX = /* glsl */ `
${MORPH_GLSL}
attribute vec3 aFlat;
void main() {
  gl_Position = projectionMatrix * viewMatrix * vec4(morphPosition(position, aFlat), 1.0);
}
`;

const LINE_FRAGMENT = /* glsl */ `
uniform vec3 uColor;
uniform float uOpacity;
void main() { gl_FragColor = vec4(uColor, uOpacity); }
`;

function lineGeometry(lines: LineArrays): BufferGeometry {
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(lines.globe, 3));
  geometry.setAttribute('aFlat', new BufferAttribute(lines.flat, 3));
  return geometry;
}

function lineMaterial(color: [number, number, number], opacity: number): ShaderMaterial {
  return new ShaderMaterial({
    vertexShader: LINE_VERTEX,
    fragmentShader: LINE_FRAGMENT,
    uniforms: { uFlat: sceneUniforms.uFlat, uColor: { value: color }, uOpacity: { value: opacity } },
    transparent: true,
    depthWrite: false,
  });
}

export function Globe() {
  const [world, setWorld] = useState<WorldGeometry>();
  useEffect(() => {
    let cancelled = false;
    void loadWorld().then((loaded) => {
      if (!cancelled) setWorld(loaded);
    });
    return () => {
      cancelled = true;
    };
  }, []);
  const surface = useMemo(() => buildSurfaceGeometry(), []);
  const surfaceMaterial = useMemo(
    () =>
      new ShaderMaterial({
        vertexShader: SURFACE_VERTEX,
        fragmentShader: SURFACE_FRAGMENT,
        uniforms: { uFlat: sceneUniforms.uFlat, uLand: { value: null }, uHasLand: { value: 0 } },
        // Polygon offset pushes the surface back so lines and routes just above it never flicker.
        polygonOffset: true,
        polygonOffsetFactor: 2,
        polygonOffsetUnits: 2,
      }),
    [],
  );
  useEffect(() => {
    setUniform(surfaceMaterial, 'uLand', world?.landTexture ?? null);
    setUniform(surfaceMaterial, 'uHasLand', world?.landTexture ? 1 : 0);
  }, [world, surfaceMaterial]);
  const coast = useMemo(() => (world ? lineGeometry(world.coast) : undefined), [world]);
  const borders = useMemo(() => (world ? lineGeometry(world.borders) : undefined), [world]);
  const coastMaterial = useMemo(() => lineMaterial([0.45, 0.62, 0.72], 0.85), []);
  const borderMaterial = useMemo(() => lineMaterial([0.55, 0.58, 0.62], 0.45), []);
  useEffect(
    () => () => [surface, surfaceMaterial, coastMaterial, borderMaterial].forEach((o) => o.dispose()),
    [surface, surfaceMaterial, coastMaterial, borderMaterial],
  );
  return (
    <group>
      <mesh geometry={surface} material={surfaceMaterial} frustumCulled={false} renderOrder={0} />
      {coast && (
        <lineSegments geometry={coast} material={coastMaterial} frustumCulled={false} renderOrder={1} />
      )}
      {borders && (
        <lineSegments geometry={borders} material={borderMaterial} frustumCulled={false} renderOrder={1} />
      )}
    </group>
  );
}

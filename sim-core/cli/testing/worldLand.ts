/**
 * Natural Earth's land polygons from world-atlas (the same package the app's map draws), read
 * for tests and the data builder: the land test of sim-core/src/network/landMask.ts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { LonLat } from '../../src/network/geo.ts';
import { landMask, type IsOnLand, type PolygonRings } from '../../src/network/landMask.ts';

const require = createRequire(import.meta.url);

/** Land polygons at 1:50m ('50m') or 1:110m ('110m'). */
export function worldLandPolygons(scale: '50m' | '110m' = '50m'): PolygonRings[] {
  const file = require.resolve(`world-atlas/land-${scale}.json`);
  const topo = JSON.parse(readFileSync(file, 'utf8')) as Topology;
  const land = feature(topo, topo.objects['land'] as GeometryCollection);
  return land.features.flatMap((f) => {
    const g = f.geometry;
    if (g.type === 'Polygon') return [g.coordinates as LonLat[][]];
    if (g.type === 'MultiPolygon') return g.coordinates as LonLat[][][];
    return [];
  });
}

export function worldLand(scale: '50m' | '110m' = '50m'): IsOnLand {
  return landMask(worldLandPolygons(scale));
}

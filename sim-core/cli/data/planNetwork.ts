/**
 * Building blocks for plans that add to the network (scenarios.ts): a node, a link whose geometry
 * is made as the network editor makes it (sea along the lane graph and off land, rail along
 * existing rail links, a road or air great circle) and a demand row. The data tables stay as they
 * are; each added figure carries its own provenance.
 */
import { readFileSync } from 'node:fs';
import type { Demand, Link, Node, Provenance } from '../../src/scenario/schema.ts';
import type { LonLat } from '../../src/network/geo.ts';
import {
  buildSeaLaneGraph,
  greatCircleRoute,
  railRoute,
  seaRoute,
  type RouteGeometry,
} from '../../src/network/routeGeometry.ts';
import { worldLand } from '../testing/worldLand.ts';
import { linkId, SEA_LANES_FILE } from './links.ts';
import type { Names } from './scenarioBuilder.ts';
import { estimate } from './sources.ts';

const position = (nodes: readonly Node[], id: string): LonLat => {
  const node = nodes.find((n) => n.id === id);
  if (node === undefined) throw new Error(`planNetwork: no node "${id}"`);
  return [node.lon, node.lat];
};

let seaGraph: ReturnType<typeof buildSeaLaneGraph> | undefined;
let land: ReturnType<typeof worldLand> | undefined;

function geometry(
  nodes: readonly Node[],
  links: readonly Link[],
  mode: Link['mode'],
  from: string,
  to: string,
): RouteGeometry {
  const a = position(nodes, from);
  const b = position(nodes, to);
  switch (mode) {
    case 'sea': {
      seaGraph ??= buildSeaLaneGraph(
        Object.values(
          (JSON.parse(readFileSync(SEA_LANES_FILE, 'utf8')) as { lanes: Record<string, LonLat[]> }).lanes,
        ),
      );
      land ??= worldLand('50m');
      return seaRoute(seaGraph, a, b, land);
    }
    case 'rail':
      return railRoute(
        links.filter((l) => l.mode === 'rail'),
        { id: from, position: a },
        { id: to, position: b },
      );
    case 'air':
      return greatCircleRoute(a, b);
    case 'road':
      return greatCircleRoute(a, b, 'no road network here: a great circle placeholder');
  }
}

/**
 * A link from `from` to `to` with generated geometry. A placeholder (no network geometry) is
 * refused unless the plan says it accepts one (a short road in a city), so a built-in never draws
 * a straight line across land by accident.
 */
export function plannedLink(
  nodes: readonly Node[],
  links: readonly Link[],
  mode: Link['mode'],
  from: string,
  to: string,
  options: { acceptPlaceholder?: string; geometry?: LonLat[] } = {},
): Link {
  const route =
    options.geometry !== undefined
      ? { ...greatCircleRoute(position(nodes, from), position(nodes, to)), geometry: options.geometry }
      : geometry(nodes, links, mode, from, to);
  if (route.placeholder && options.acceptPlaceholder === undefined)
    throw new Error(`planNetwork: ${mode} ${from} - ${to}: ${route.warning ?? 'placeholder geometry'}`);
  const how = route.placeholder
    ? `PLACEHOLDER geometry, great circle: ${options.acceptPlaceholder}`
    : mode === 'sea'
      ? 'length along the sea-lane graph (the network editor route)'
      : mode === 'rail'
        ? 'length along the existing rail waypoints'
        : 'great-circle length';
  return {
    id: linkId(mode, from, to),
    from,
    to,
    mode,
    distanceKm: Math.max(1, route.distanceKm),
    geometry: route.geometry,
    provenance: estimate(2025, how, mode === 'sea' ? 'seaLaneRouting' : 'projectEstimate'),
  };
}

/** A node added by a plan. */
export function plannedNode(
  id: string,
  kind: Node['kind'],
  names: Names,
  lonLat: LonLat,
  country: string,
  processes: Node['processes'],
  provenance: Provenance,
): Node {
  return {
    id,
    kind,
    name: { en: names[0], zh: names[1], ru: names[2] },
    lon: lonLat[0],
    lat: lonLat[1],
    country,
    processes,
    provenance,
  };
}

/** A demand row added by a plan (consignment sizes as the tables' of the same mode). */
export function plannedDemand(
  fields: Omit<Demand, 'id' | 'valueOfTimeUsdPerDay' | 'consignmentSize'> & {
    consignmentSize: Demand['consignmentSize'];
  },
): Demand {
  return {
    id: `${fields.origin}-to-${fields.destination}-${fields.commodity}`,
    ...fields,
    // As the tables do: a day of delay costs 0.1 % of the value.
    valueOfTimeUsdPerDay: Math.round(fields.valuePerUnitUsd / 1000),
  };
}

/** Triangular leg hours around `hours`, as the service tables spread them (-5 %, +25 %). */
export function legHoursAround(hours: number) {
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    kind: 'triangular' as const,
    min: round(hours * 0.95),
    mode: round(hours),
    max: round(hours * 1.25),
  };
}

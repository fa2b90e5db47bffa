// Everything the scene derives once per loaded run (not per frame): node positions in both views,
// the route texture, trip rows grouped by vehicle kind, the scales for columns and link widths,
// and which nodes are important enough to carry a label at all times.
import { VEHICLE_KINDS, type Mode, type VehicleKind } from '../../../sim-core/src/vocabulary/modes.ts';
import { buildRouteTexture, type RouteTextureData } from './geometry/routeTexture.ts';
import { lonLatToFlat, lonLatToGlobe } from './geometry/projection.ts';
import { nodeColumnTeu, type MapSource } from './mapSource.ts';

export const VEHICLE_MODE: Record<VehicleKind, Mode> = {
  vessel: 'sea',
  train: 'rail',
  aircraft: 'air',
  truck: 'road',
};

/** Node markers sit this high (Earth radii) so they clear the coastlines. */
export const NODE_ALTITUDE = 0.002;
/** How many nodes keep a label without hovering (the busiest ones). */
const MAJOR_NODE_LABELS = 12;

export interface MapModel {
  source: MapSource;
  nodeGlobe: Float32Array;
  nodeFlat: Float32Array;
  route: RouteTextureData;
  /** Trip-table rows of each vehicle kind (in VEHICLE_KINDS order). */
  tripRowsByKind: Uint32Array[];
  /** Largest weekly TEU at any node / on any link: the scale of columns and link widths. */
  maxNodeTeu: number;
  maxLinkTeu: number;
  /** Node indices that always carry a label: the busiest first, at most MAJOR_NODE_LABELS. */
  majorNodes: Int32Array;
}

export function buildMapModel(source: MapSource): MapModel {
  const n = source.nodes.length;
  const nodeGlobe = new Float32Array(n * 3);
  const nodeFlat = new Float32Array(n * 3);
  source.nodes.forEach((node, i) => {
    lonLatToGlobe(node.lon, node.lat, NODE_ALTITUDE, nodeGlobe, i * 3);
    lonLatToFlat(node.lon, node.lat, NODE_ALTITUDE, nodeFlat, i * 3);
  });
  return {
    source,
    nodeGlobe,
    nodeFlat,
    route: buildRouteTexture(source.links),
    tripRowsByKind: groupTripsByKind(source.trips.vehicleKind, source.trips.count),
    maxNodeTeu: maxColumnTeu(source),
    maxLinkTeu: maxOf(source.linkTeu.values),
    majorNodes: busiestNodes(source, MAJOR_NODE_LABELS),
  };
}

function groupTripsByKind(kinds: Uint8Array, count: number): Uint32Array[] {
  const counts = new Uint32Array(VEHICLE_KINDS.length);
  for (let i = 0; i < count; i++) counts[kinds[i]!]!++;
  const rows = Array.from(counts, (c) => new Uint32Array(c));
  const filled = new Uint32Array(VEHICLE_KINDS.length);
  for (let i = 0; i < count; i++) {
    const kind = kinds[i]!;
    rows[kind]![filled[kind]!++] = i;
  }
  return rows;
}

/** The busiest node-week, counting cargo passing through (as the columns draw it). */
function maxColumnTeu(source: MapSource): number {
  let max = 0;
  const periods = source.nodeMetrics.teu.periods;
  for (let week = 0; week < periods; week++)
    for (let node = 0; node < source.nodes.length; node++)
      max = Math.max(max, nodeColumnTeu(source, week, node));
  return max;
}

function maxOf(values: Float64Array): number {
  let max = 0;
  for (const v of values) if (v > max) max = v;
  return max;
}

function busiestNodes(source: MapSource, limit: number): Int32Array {
  const { values, periods, entities } = source.nodeMetrics.teu;
  const totals = new Float64Array(source.nodes.length);
  const shown = Math.min(entities, totals.length);
  for (let p = 0; p < periods; p++) for (let e = 0; e < shown; e++) totals[e]! += values[p * entities + e]!;
  const order = Array.from(totals.keys()).sort((a, b) => totals[b]! - totals[a]!);
  return Int32Array.from(order.slice(0, Math.min(limit, source.nodes.length)));
}

/**
 * Cross-reference checks of the network: nodes, links and services refer to each other by id,
 * which the schema alone cannot check.
 */
import { IdIndex, type IssueCollector } from './IssueCollector.ts';
import type { PathSegments } from './jsonPath.ts';
import { quoted, safeText } from './safeText.ts';
import { asArray, asNumber, asRecord, asString, recordsOf, type LooseRecord } from './looseRead.ts';

/** Each mode's vehicle, and the unit its capacity is counted in (schema.ts, Service.capacity). */
const VEHICLE_OF_MODE: Record<string, string> = {
  sea: 'vessel',
  air: 'aircraft',
  rail: 'train',
  road: 'truck',
};
const UNIT_OF_MODE: Record<string, 'teu' | 'tonnes'> = {
  sea: 'teu',
  air: 'tonnes',
  rail: 'teu',
  road: 'teu',
};

/** Distance beyond which a link's drawn line visibly misses its node, km (a warning only). */
const GEOMETRY_TOLERANCE_KM = 50;

export interface NetworkIndex {
  nodes: IdIndex;
  links: IdIndex;
  services: IdIndex;
  corridors: IdIndex;
  /** `${mode}|${a}|${b}` with a < b, for every link: links serve both directions. */
  linkKeys: Set<string>;
  /**
   * `${mode}|${node}` for the known end of a link whose other end is unknown: a service stopping
   * there may well mean that link, so its missing-link error would only repeat the link's.
   */
  brokenLinkEnds: Set<string>;
}

export function linkKey(mode: string, a: string, b: string): string {
  return a < b ? `${mode}|${a}|${b}` : `${mode}|${b}|${a}`;
}

/** Registers nodes, links, corridors and services (ids, duplicates) and checks their references. */
export function checkNetwork(document: LooseRecord, issues: IssueCollector): NetworkIndex {
  const index: NetworkIndex = {
    nodes: new IdIndex('node', issues),
    links: new IdIndex('link', issues),
    services: new IdIndex('service', issues),
    corridors: new IdIndex('corridor', issues),
    linkKeys: new Set(),
    brokenLinkEnds: new Set(),
  };
  const coordinates = new Map<string, [number, number]>();
  for (const { index: i, item } of recordsOf(document, 'nodes')) {
    index.nodes.add(item['id'], ['nodes', i, 'id']);
    checkProcesses(item, ['nodes', i], issues);
    const id = asString(item['id']);
    const lon = asNumber(item['lon']);
    const lat = asNumber(item['lat']);
    if (id !== undefined && lon !== undefined && lat !== undefined) coordinates.set(id, [lon, lat]);
  }
  for (const { index: i, item } of recordsOf(document, 'corridors'))
    index.corridors.add(item['id'], ['corridors', i, 'id']);
  for (const { index: i, item } of recordsOf(document, 'links')) {
    checkLink(item, ['links', i], index, coordinates, issues);
  }
  for (const { index: i, item } of recordsOf(document, 'services')) {
    index.services.add(item['id'], ['services', i, 'id']);
    checkService(item, ['services', i], index, issues);
  }
  return index;
}

function checkProcesses(node: LooseRecord, path: PathSegments, issues: IssueCollector): void {
  const processIds = new IdIndex('process', issues);
  for (const { index, item } of recordsOf(node, 'processes')) {
    processIds.add(item['id'], [...path, 'processes', index, 'id']);
    const probability = asNumber(item['inspectionProbability']);
    if (probability !== undefined && probability > 0 && item['inspectionHours'] === undefined) {
      issues.error([...path, 'processes', index, 'inspectionHours'], 'inspection-hours-missing', {
        probability,
      });
    }
  }
}

function checkLink(
  link: LooseRecord,
  path: PathSegments,
  index: NetworkIndex,
  coordinates: Map<string, [number, number]>,
  issues: IssueCollector,
): void {
  index.links.add(link['id'], [...path, 'id']);
  const fromOk = index.nodes.reference(link['from'], [...path, 'from']);
  const toOk = index.nodes.reference(link['to'], [...path, 'to']);
  const from = asString(link['from']);
  const to = asString(link['to']);
  const mode = asString(link['mode']);
  if (from === undefined || to === undefined) return;
  if (fromOk && toOk && from === to) issues.error([...path, 'to'], 'link-same-ends', { node: quoted(to) });
  if (mode !== undefined) index.linkKeys.add(linkKey(mode, from, to));
  if (mode !== undefined && fromOk !== toOk) index.brokenLinkEnds.add(`${mode}|${fromOk ? from : to}`);
  const geometry = asArray(link['geometry']);
  checkGeometryEnd(geometry[0], coordinates.get(from), [...path, 'geometry', 0], 'from', from, issues);
  checkGeometryEnd(
    geometry[geometry.length - 1],
    coordinates.get(to),
    [...path, 'geometry', geometry.length - 1],
    'to',
    to,
    issues,
  );
}

function checkGeometryEnd(
  point: unknown,
  node: [number, number] | undefined,
  path: PathSegments,
  end: 'from' | 'to',
  nodeId: string,
  issues: IssueCollector,
): void {
  const pair = asArray(point);
  const lon = asNumber(pair[0]);
  const lat = asNumber(pair[1]);
  if (node === undefined || lon === undefined || lat === undefined) return;
  const km = haversineKm(lon, lat, node[0], node[1]);
  if (km > GEOMETRY_TOLERANCE_KM) {
    issues.warn(path, 'geometry-far-from-node', { km: Math.round(km), end, node: quoted(nodeId) });
  }
}

function haversineKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * A service: known stops joined by links of its own mode, one leg time per leg, a vehicle and a
 * capacity unit that fit the mode, a known corridor. Also used for services added by interventions.
 */
export function checkService(
  service: LooseRecord,
  path: PathSegments,
  index: NetworkIndex,
  issues: IssueCollector,
): void {
  const mode = asString(service['mode']);
  const stops = asArray(service['stops']);
  const known = stops.map((stop, i) => index.nodes.reference(stop, [...path, 'stops', i]));
  for (let i = 1; i < stops.length; i++) {
    const a = asString(stops[i - 1]);
    const b = asString(stops[i]);
    if (mode === undefined || a === undefined || b === undefined || !known[i - 1] || !known[i]) continue;
    const explained = index.brokenLinkEnds.has(`${mode}|${a}`) || index.brokenLinkEnds.has(`${mode}|${b}`);
    if (a === b) issues.error([...path, 'stops', i], 'same-stop-twice', { stop: quoted(b) });
    else if (!index.linkKeys.has(linkKey(mode, a, b)) && !explained) {
      issues.error([...path, 'stops', i], 'no-link-between-stops', {
        mode: safeText(mode),
        from: quoted(a),
        to: quoted(b),
      });
    }
  }
  const legs = service['legHours'];
  if (Array.isArray(legs) && stops.length >= 2 && legs.length !== stops.length - 1) {
    issues.error([...path, 'legHours'], 'leg-count', {
      expected: stops.length - 1,
      stops: stops.length,
      got: legs.length,
    });
  }
  const vehicle = asString(service['vehicle']);
  const expectedVehicle = mode === undefined ? undefined : VEHICLE_OF_MODE[mode];
  if (vehicle !== undefined && expectedVehicle !== undefined && vehicle !== expectedVehicle) {
    issues.error([...path, 'vehicle'], 'wrong-vehicle', {
      mode,
      expected: expectedVehicle,
      got: quoted(vehicle),
    });
  }
  const capacity = asRecord(service['capacity']);
  const unit = mode === undefined ? undefined : UNIT_OF_MODE[mode];
  if (capacity && unit !== undefined && !(unit in capacity)) {
    const other = unit === 'teu' ? 'tonnes' : 'teu';
    if (other in capacity) {
      issues.error([...path, 'capacity'], 'wrong-capacity-unit', { mode, unit, other });
    }
  }
  index.corridors.reference(service['corridor'], [...path, 'corridor']);
}

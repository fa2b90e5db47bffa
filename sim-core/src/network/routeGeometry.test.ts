import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { worldLand } from '../../cli/testing/worldLand.ts';
import type { Scenario } from '../scenario/schema.ts';
import { validateScenario } from '../scenario/validate.ts';
import { haversineKm, type LonLat } from './geo.ts';
import { longestLandRun, type IsOnLand } from './landMask.ts';
import {
  buildSeaLaneGraph,
  greatCircleRoute,
  MAX_LAND_RUN,
  PORT_APPROACH_KM,
  railRoute,
  seaRoute,
} from './routeGeometry.ts';

const read = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const lanes = (read('../../../assets/network/sea-lanes.json') as { lanes: Record<string, LonLat[]> }).lanes;
const outcome = validateScenario(read('../../../assets/scenarios/baseline-2025.json'));
if (!outcome.ok) throw new Error('baseline-2025 invalid');
const baseline: Scenario = outcome.scenario;
/**
 * The 1:50m land test, remembered per point: it is pure, and each of the 66 port pairs below
 * re-checks both ports' ways onto the lanes and the lanes they share (a quarter of the ~130,000
 * points asked are new; each costs a scan of the continents' rings).
 */
const onLand = ((isOnLand: IsOnLand): IsOnLand => {
  const seen = new Map<string, boolean>();
  return (point) => {
    const key = `${point[0]},${point[1]}`;
    let land = seen.get(key);
    if (land === undefined) seen.set(key, (land = isOnLand(point)));
    return land;
  };
})(worldLand('50m'));
const graph = buildSeaLaneGraph(Object.values(lanes));
const position = (id: string): LonLat => {
  const node = baseline.nodes.find((n) => n.id === id);
  if (!node) throw new Error(id);
  return [node.lon, node.lat];
};

const ports = baseline.nodes.filter((node) => node.kind === 'seaport').map((node) => node.id);
const pairs = ports.flatMap((a, i) => ports.slice(i + 1).map((b) => [a, b] as const));

describe('sea route geometry', () => {
  it.each(pairs)('%s to %s stays at sea along the lane network', (a, b) => {
    const route = seaRoute(graph, position(a), position(b), onLand);
    expect(route.placeholder).toBe(false);
    const { longest, where } = longestLandRun(route.geometry, onLand, PORT_APPROACH_KM);
    expect(longest, `on land near ${where?.join(', ')}`).toBeLessThanOrEqual(MAX_LAND_RUN);
  });

  it('sends Qingdao to Karachi through the Strait of Malacca, not across Asia', () => {
    const route = seaRoute(graph, position('qingdao-port'), position('karachi'), onLand);
    expect(route.geometry.some(([lon, lat]) => lon > 100 && lon < 105 && lat > 0 && lat < 4)).toBe(true);
    // Much longer than the great circle (about 5,000 km) that crosses the Himalaya.
    expect(route.distanceKm).toBeGreaterThan(
      1.8 * haversineKm(position('qingdao-port'), position('karachi')),
    );
  });

  it('joins a port on no lane (Chabahar) to the network by sea', () => {
    const chabahar: LonLat = [60.62, 25.29];
    const route = seaRoute(graph, position('qingdao-port'), chabahar, onLand);
    expect(route.placeholder).toBe(false);
    expect(longestLandRun(route.geometry, onLand, PORT_APPROACH_KM).longest).toBeLessThanOrEqual(
      MAX_LAND_RUN,
    );
    expect(route.geometry.at(-1)).toEqual(chabahar);
  });

  it('marks a sea route it cannot find (an inland point) as a placeholder with a warning', () => {
    const route = seaRoute(graph, position('qingdao-port'), [76.9, 43.2], onLand);
    expect(route.placeholder).toBe(true);
    expect(route.warning).toMatch(/great circle/);
  });
});

describe('rail route geometry', () => {
  const railLinks = baseline.links.filter((link) => link.mode === 'rail');
  const end = (id: string) => ({ id, position: position(id) });

  it('follows the existing rail lines between two nodes they join', () => {
    const route = railRoute(railLinks, end('jiaozhou-hub'), end('almaty'));
    expect(route.placeholder).toBe(false);
    expect(route.geometry[0]).toEqual(position('jiaozhou-hub'));
    expect(route.geometry.at(-1)).toEqual(position('almaty'));
    // Through the corridor (Alashankou), so longer than the straight line.
    expect(route.distanceKm).toBeGreaterThan(haversineKm(position('jiaozhou-hub'), position('almaty')));
  });

  it('draws a marked great-circle placeholder with a warning where no rail line exists', () => {
    const route = railRoute(railLinks, end('jiaozhou-hub'), { id: 'new-depot', position: [69.24, 41.3] });
    expect(route.placeholder).toBe(true);
    expect(route.warning).toMatch(/placeholder/);
    expect(route.geometry).toHaveLength(64);
  });
});

describe('air route geometry', () => {
  it('is a great circle: its length equals the great-circle distance', () => {
    const from = position('qingdao-jiaodong-airport');
    const to = position('liege-airport');
    const route = greatCircleRoute(from, to);
    expect(route.placeholder).toBe(false);
    expect(route.distanceKm / haversineKm(from, to)).toBeCloseTo(1, 3);
  });
});

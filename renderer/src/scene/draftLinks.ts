// What the map draws dashed before a run: the working scenario's links that the shown run does not
// have, and the links of services it does not have (a service added in the network editor shows
// at once, dashed, until it is run). Reads the scenario JSON defensively.
import { getAt } from '../state/scenarioPath.ts';

export interface DraftLink {
  id: string;
  mode: string;
  geometry: Array<[number, number]>;
}

type Json = Record<string, unknown>;

function list(root: unknown, key: string): Json[] {
  const value = getAt(root, [key]);
  return Array.isArray(value) ? value.filter((v): v is Json => typeof v === 'object' && v !== null) : [];
}

function servicesOf(scenario: unknown): Json[] {
  const added = list(scenario, 'interventions').flatMap((intervention) => {
    const service = intervention['service'];
    return typeof service === 'object' && service !== null ? [service as Json] : [];
  });
  return [...list(scenario, 'services'), ...added];
}

function geometryOf(link: Json): Array<[number, number]> {
  const geometry = link['geometry'];
  if (!Array.isArray(geometry)) return [];
  return geometry.flatMap((point) =>
    Array.isArray(point) && typeof point[0] === 'number' && typeof point[1] === 'number'
      ? [[point[0], point[1]] as [number, number]]
      : [],
  );
}

/** Links in `working` that `run` lacks, or that carry a service `run` lacks. */
export function draftLinks(working: unknown, run: unknown): DraftLink[] {
  const runLinks = new Set(list(run, 'links').map((link) => link['id']));
  const runServices = new Set(servicesOf(run).map((service) => service['id']));
  const links = list(working, 'links');
  const drafts = new Set<Json>(links.filter((link) => !runLinks.has(link['id'])));
  for (const service of servicesOf(working)) {
    if (runServices.has(service['id'])) continue;
    const stops = Array.isArray(service['stops']) ? service['stops'] : [];
    for (let i = 1; i < stops.length; i++) {
      const link = links.find(
        (candidate) =>
          candidate['mode'] === service['mode'] &&
          ((candidate['from'] === stops[i - 1] && candidate['to'] === stops[i]) ||
            (candidate['from'] === stops[i] && candidate['to'] === stops[i - 1])),
      );
      if (link) drafts.add(link);
    }
  }
  return [...drafts].flatMap((link) => {
    const geometry = geometryOf(link);
    return geometry.length >= 2 ? [{ id: String(link['id']), mode: String(link['mode']), geometry }] : [];
  });
}

// The editor's changes that need the editor worker (route geometry for new links), each applied to
// the working scenario as one undo step. A placeholder line (no network geometry found) comes back
// as a warning for the planner.
import { getAt } from '../../state/scenarioPath.ts';
import { getEditorClient } from '../../sim-client/editorClient.ts';
import { useScenarioStore } from '../../state/useScenarioStore.ts';
import type { Mode } from './networkDefaults.ts';
import { addLink, addService, missingLegs, records, type ServiceDraft } from './networkEdits.ts';

type Json = Record<string, unknown>;

function end(scenario: unknown, id: string): { id: string; lon: number; lat: number } | undefined {
  const node = records(scenario, 'nodes').find((candidate) => candidate['id'] === id);
  const lon = getAt(node, ['lon']);
  const lat = getAt(node, ['lat']);
  return typeof lon === 'number' && typeof lat === 'number' ? { id, lon, lat } : undefined;
}

/** Adds a link for each leg, with geometry from the worker; returns the warnings of placeholders. */
async function withLinks(
  scenario: Json,
  legs: ReadonlyArray<[string, string]>,
  mode: Mode,
): Promise<{ scenario: Json; warnings: string[] }> {
  const warnings: string[] = [];
  const railLinks = records(scenario, 'links')
    .filter((link) => link['mode'] === 'rail')
    .map((link) => ({
      from: String(link['from']),
      to: String(link['to']),
      geometry: link['geometry'] as Array<[number, number]>,
    }));
  let next = scenario;
  for (const [a, b] of legs) {
    const from = end(next, a);
    const to = end(next, b);
    if (!from || !to) continue;
    const route = await getEditorClient().routeGeometry({ mode, from, to, railLinks });
    next = addLink(next, a, b, mode, route).scenario;
    if (route.warning) warnings.push(`${a} – ${b}: ${route.warning}`);
  }
  return { scenario: next, warnings };
}

/** Joins two nodes with a link of `mode`. */
export async function connectNodes(a: string, b: string, mode: Mode): Promise<string[]> {
  const base = useScenarioStore.getState().scenario as Json;
  const { scenario, warnings } = await withLinks(base, [[a, b]], mode);
  useScenarioStore.getState().replace(scenario);
  return warnings;
}

/** Adds a service, with a link for every leg that has none yet (one undo step). */
export async function createService(draft: ServiceDraft): Promise<{ id: string; warnings: string[] }> {
  const base = useScenarioStore.getState().scenario as Json;
  const { scenario, warnings } = await withLinks(
    base,
    missingLegs(base, draft.stops, draft.mode),
    draft.mode,
  );
  const added = addService(scenario, draft);
  useScenarioStore.getState().replace(added.scenario);
  return { id: added.id, warnings };
}

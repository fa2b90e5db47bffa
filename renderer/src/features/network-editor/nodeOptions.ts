// The working scenario's nodes as the editor's lists show them: id, name in the chosen language,
// kind and position. Read defensively from the scenario JSON.
import { getAt } from '../../state/scenarioPath.ts';
import type { Language } from '../../state/useSettingsStore.ts';

export interface NodeOption {
  id: string;
  name: string;
  kind: string;
  lon: number;
  lat: number;
}

export function nodeOptions(scenario: unknown, language: Language): NodeOption[] {
  const nodes = getAt(scenario, ['nodes']);
  if (!Array.isArray(nodes)) return [];
  return nodes.flatMap((node) => {
    const id = getAt(node, ['id']);
    const name = getAt(node, ['name', language]) ?? getAt(node, ['name', 'en']);
    const lon = getAt(node, ['lon']);
    const lat = getAt(node, ['lat']);
    if (typeof id !== 'string' || typeof lon !== 'number' || typeof lat !== 'number') return [];
    return [
      { id, name: typeof name === 'string' ? name : id, kind: String(getAt(node, ['kind'])), lon, lat },
    ];
  });
}

/** Nodes whose id or name contains `query` (any case). */
export function searchNodes(options: readonly NodeOption[], query: string): NodeOption[] {
  const q = query.trim().toLowerCase();
  if (!q) return [...options];
  return options.filter((option) => option.id.includes(q) || option.name.toLowerCase().includes(q));
}

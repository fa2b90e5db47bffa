// The built-in scenarios in assets/scenarios: the index (names and descriptions in three
// languages) is bundled; each scenario file is loaded when it is opened.
import type { Scenario } from '../../../../sim-core/src/api/types.ts';
import { LANGUAGES } from '../../state/useSettingsStore.ts';

type LocalizedText = Scenario['name'];

/** One entry of assets/scenarios/index.json. */
export interface BuiltinScenario {
  id: string;
  /** File name relative to assets/scenarios/. */
  file: string;
  name: LocalizedText;
  description: LocalizedText;
}

import { BASELINE_ID } from './baselineId.ts';

/** The scenario the app opens on first start. */
export { BASELINE_ID };

const indexModules = import.meta.glob<unknown>('../../../../assets/scenarios/index.json', {
  eager: true,
  import: 'default',
});
const scenarioLoaders = import.meta.glob<unknown>(
  ['../../../../assets/scenarios/*.json', '!../../../../assets/scenarios/index.json'],
  { import: 'default' },
);

function fileNameOf(modulePath: string): string {
  return modulePath.slice(modulePath.lastIndexOf('/') + 1);
}

function isLocalized(value: unknown): value is LocalizedText {
  if (value === null || typeof value !== 'object') return false;
  const text = value as Record<string, unknown>;
  return LANGUAGES.every((language) => typeof text[language] === 'string');
}

function parseIndex(index: unknown): BuiltinScenario[] {
  const entries = (index as { scenarios?: unknown } | undefined)?.scenarios;
  if (!Array.isArray(entries)) return [];
  return entries.flatMap((entry: unknown): BuiltinScenario[] => {
    const e = entry as Partial<Record<keyof BuiltinScenario, unknown>>;
    if (typeof e.id !== 'string' || typeof e.file !== 'string') return [];
    const name = isLocalized(e.name) ? e.name : { en: e.id, zh: e.id, ru: e.id };
    const description = isLocalized(e.description) ? e.description : { en: '', zh: '', ru: '' };
    return [{ id: e.id, file: e.file, name, description }];
  });
}

/** The built-ins, in index order; without an index, one entry per scenario file (named by its id). */
export function listBuiltinScenarios(): BuiltinScenario[] {
  const fromIndex = parseIndex(Object.values(indexModules)[0]);
  if (fromIndex.length > 0) return fromIndex;
  return Object.keys(scenarioLoaders)
    .map(fileNameOf)
    .sort()
    .map((file) => {
      const id = file.replace(/\.(scoda\.)?json$/, '');
      return { id, file, name: { en: id, zh: id, ru: id }, description: { en: '', zh: '', ru: '' } };
    });
}

/** The baseline (baseline-2025), else the first built-in; undefined when there are none. */
export function defaultBuiltin(): BuiltinScenario | undefined {
  const all = listBuiltinScenarios();
  return all.find((entry) => entry.id === BASELINE_ID) ?? all[0];
}

/** Loads a built-in scenario's JSON. */
export async function loadBuiltinScenario(entry: BuiltinScenario): Promise<unknown> {
  const loader = Object.entries(scenarioLoaders).find(([path]) => fileNameOf(path) === entry.file)?.[1];
  if (!loader) throw new Error(`assets/scenarios/${entry.file} is listed in the index but missing.`);
  // Loaded JSON modules are shared; hand out a copy so edits never reach the module cache.
  return structuredClone(await loader());
}

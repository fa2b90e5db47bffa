/**
 * The built-in scenarios shipped in assets/scenarios, listed by its index.json (id, file, names
 * and descriptions in three languages). Without an index, every *.json there is read for its id,
 * name and description.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readJsonFile } from './readJsonFile.ts';

export const SCENARIO_DIR = fileURLToPath(new URL('../../../assets/scenarios/', import.meta.url));

type Localized = { en: string; zh: string; ru: string };

export interface BuiltInScenario {
  id: string;
  /** Absolute path of the scenario file. */
  path: string;
  name: Localized;
  description: Localized;
}

function localized(value: unknown): Localized {
  const record = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const pick = (key: string): string => (typeof record[key] === 'string' ? (record[key] as string) : '');
  const en = pick('en');
  return { en, zh: pick('zh') || en, ru: pick('ru') || en };
}

export function listBuiltInScenarios(dir: string = SCENARIO_DIR): BuiltInScenario[] {
  if (!existsSync(dir)) return [];
  const indexPath = join(dir, 'index.json');
  if (existsSync(indexPath)) {
    const index = readJsonFile(indexPath, 'assets/scenarios/index.json') as { scenarios?: unknown };
    const entries = Array.isArray(index.scenarios) ? (index.scenarios as Record<string, unknown>[]) : [];
    return entries
      .filter((entry) => typeof entry['id'] === 'string' && typeof entry['file'] === 'string')
      .map((entry) => ({
        id: entry['id'] as string,
        path: join(dir, entry['file'] as string),
        name: localized(entry['name']),
        description: localized(entry['description']),
      }));
  }
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const document = readJsonFile(join(dir, file), `assets/scenarios/${file}`) as Record<string, unknown>;
      return {
        id: typeof document['id'] === 'string' ? document['id'] : file.replace(/\.json$/, ''),
        path: join(dir, file),
        name: localized(document['name']),
        description: localized(document['description']),
      };
    });
}

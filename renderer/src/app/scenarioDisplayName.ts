import type { Language } from '../state/useSettingsStore.ts';

/** The scenario's name in the chosen language, else its id, else "Untitled". */
export function scenarioDisplayName(scenario: unknown, language: Language): string {
  const record = scenario as { name?: Partial<Record<Language, unknown>>; id?: unknown } | null;
  const name = record?.name?.[language] ?? record?.name?.en;
  if (typeof name === 'string' && name !== '') return name;
  return typeof record?.id === 'string' && record.id !== '' ? record.id : 'Untitled';
}

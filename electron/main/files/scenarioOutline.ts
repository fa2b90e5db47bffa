// The outline of a scenario that the main process checks before handing JSON to the renderer.
// The full schema lives in sim-core, which the desktop shell may not import (lint rule): the sim
// worker validates and migrates every field. Main checks only enough to refuse a file that is
// clearly not a scenario (a package.json, a GeoJSON) with a message naming the file.
import { z } from 'zod';
import { en as zodEnglish, ru as zodRussian, zhCN as zodChinese } from 'zod/v4/locales';
import type { Language } from '../../shared/menuCommands.ts';

/** zod's own messages in the interface's languages ("expected number, received string"). */
const ZOD_LOCALES = { en: zodEnglish(), zh: zodChinese(), ru: zodRussian() } as const;

export const ScenarioOutline = z.looseObject({
  schemaVersion: z.number().int().min(1),
  nodes: z.array(z.unknown()),
  links: z.array(z.unknown()),
});

/** "$.nodes" style path of a zod issue. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : `${text}.${String(key)}`),
    '$',
  );
}

/** Every problem with the outline, one line each ("$.nodes: expected array, received string"). */
export function outlineProblems(value: unknown, language: Language = 'en'): string[] {
  const parsed = ScenarioOutline.safeParse(value, { error: ZOD_LOCALES[language].localeError });
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => `${jsonPath(issue.path)}: ${issue.message}`);
}

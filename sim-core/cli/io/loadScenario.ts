/**
 * Finds, reads and validates a scenario named on the command line: a file path, or the id of a
 * built-in scenario. Problems come back as lines `file: path: message`, ready to print.
 */
import { statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { ValidationIssue } from '../../src/api/types.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { validateScenario } from '../../src/scenario/validate.ts';
import { UserError } from '../UserError.ts';
import { listBuiltInScenarios } from './builtInScenarios.ts';
import { describeFsError, readJsonFile } from './readJsonFile.ts';
import { safeLine } from '../../src/scenario/safeText.ts';

export interface ScenarioSource {
  /** Absolute path of the file. */
  path: string;
  /** How messages name it: the path as given, or `built-in "id"`. */
  displayName: string;
}

export type LoadedScenario =
  | { ok: true; source: ScenarioSource; scenario: Scenario; warnings: string[] }
  | { ok: false; source: ScenarioSource; problems: string[] };

/** A path that exists wins; otherwise a built-in id; otherwise a UserError listing the built-ins. */
export function resolveScenarioSource(argument: string, cwd: string): ScenarioSource {
  const path = resolve(cwd, argument);
  // Only "no such file" falls through to the built-ins: a folder that cannot be read or a symlink
  // loop is named as such (existsSync says false for both).
  const missing = missingReason(path);
  if (missing === undefined) return { path, displayName: argument };
  if (missing !== 'ENOENT' && missing !== 'ENOTDIR')
    throw new UserError(`${safeLine(argument)}: ${describeFsError({ code: missing })}`);
  const builtIn = listBuiltInScenarios().find((scenario) => scenario.id === argument);
  if (builtIn) return { path: builtIn.path, displayName: `assets/scenarios/${basename(builtIn.path)}` };
  const ids = listBuiltInScenarios().map((scenario) => scenario.id);
  throw new UserError(
    `${safeLine(argument)}: no such file, and no built-in scenario has that id` +
      (ids.length > 0 ? ` (built-in: ${ids.join(', ')})` : ''),
  );
}

export function formatIssue(
  displayName: string,
  issue: Pick<ValidationIssue, 'path' | 'message'>,
  kind: 'error' | 'warning' = 'error',
): string {
  const where = issue.path ? `${issue.path}: ` : '';
  return `${safeLine(displayName)}: ${where}${kind === 'warning' ? 'warning: ' : ''}${issue.message}`;
}

/** Reads and validates; JSON and file errors throw UserError, scenario problems come back listed. */
export function loadScenario(source: ScenarioSource): LoadedScenario {
  const document = readJsonFile(source.path, source.displayName);
  const outcome = validateScenario(document);
  if (!outcome.ok) {
    return {
      ok: false,
      source,
      problems: outcome.issues.map((issue) => formatIssue(source.displayName, issue)),
    };
  }
  return {
    ok: true,
    source,
    scenario: outcome.scenario,
    warnings: outcome.warnings.map((issue) => formatIssue(source.displayName, issue, 'warning')),
  };
}

/** Why `path` cannot be found (an errno code), or undefined when something is there. */
function missingReason(path: string): string | undefined {
  try {
    statSync(path);
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code ?? 'ENOENT';
  }
}

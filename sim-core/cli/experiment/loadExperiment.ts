/**
 * Reads an experiment file and its base scenario and plans the points. Every problem becomes a
 * line `file: json.path: what was expected`, and nothing runs until the whole file is sound.
 */
import { dirname } from 'node:path';
import type { ValidationIssue } from '../../src/api/types.ts';
import { parseExperiment, planExperiment, type ExperimentPlan } from '../../src/experiment/planExperiment.ts';
import { formatIssue, resolveScenarioSource } from '../io/loadScenario.ts';
import { readJsonFile } from '../io/readJsonFile.ts';
import { UserError } from '../UserError.ts';

export type LoadedExperiment = { ok: true; plan: ExperimentPlan } | { ok: false; problems: string[] };

const lines = (file: string, issues: readonly ValidationIssue[]): string[] =>
  issues.map((issue) => formatIssue(file, issue));

export function loadExperiment(path: string, displayName: string): LoadedExperiment {
  const parsed = parseExperiment(readJsonFile(path, displayName));
  if (!parsed.ok) return { ok: false, problems: lines(displayName, parsed.issues) };
  let source;
  try {
    source = resolveScenarioSource(parsed.experiment.scenario, dirname(path));
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { ok: false, problems: [`${displayName}: scenario: ${error.message}`] };
  }
  const planned = planExperiment(parsed.experiment, readJsonFile(source.path, source.displayName));
  return planned.ok ? planned : { ok: false, problems: lines(displayName, planned.issues) };
}

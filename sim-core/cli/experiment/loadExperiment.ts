/**
 * Reads an experiment file and its base scenario and plans the points. Every problem becomes a
 * line `file: json.path: what was expected`, and nothing runs until the whole file is sound.
 */
import { dirname } from 'node:path';
import type { ValidationIssue } from '../../src/experiment/planExperiment.ts';
import {
  parseExperiment,
  parseTargetSeek,
  planExperiment,
  targetExperiment,
  type ExperimentPlan,
} from '../../src/experiment/planExperiment.ts';
import type { TargetSeek } from '../../src/experiment/schema.ts';
import { formatIssue, resolveScenarioSource } from '../io/loadScenario.ts';
import { readJsonFile } from '../io/readJsonFile.ts';
import { UserError } from '../UserError.ts';

export type LoadedExperiment = { ok: true; plan: ExperimentPlan } | { ok: false; problems: string[] };

const lines = (file: string, issues: readonly ValidationIssue[]): string[] =>
  issues.map((issue) => formatIssue(file, issue));

/** The base scenario document an experiment or target file names (relative to the file). */
function baseDocument(
  scenario: string,
  path: string,
  displayName: string,
): { ok: true; document: unknown } | { ok: false; problems: string[] } {
  try {
    const source = resolveScenarioSource(scenario, dirname(path));
    return { ok: true, document: readJsonFile(source.path, source.displayName) };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { ok: false, problems: [`${displayName}: scenario: ${error.message}`] };
  }
}

export function loadExperiment(path: string, displayName: string): LoadedExperiment {
  const parsed = parseExperiment(readJsonFile(path, displayName));
  if (!parsed.ok) return { ok: false, problems: lines(displayName, parsed.issues) };
  const base = baseDocument(parsed.value.scenario, path, displayName);
  if (!base.ok) return base;
  const planned = planExperiment(parsed.value, base.document);
  return planned.ok ? planned : { ok: false, problems: lines(displayName, planned.issues) };
}

/** A target-seeking file, planned as the one-parameter experiment of its candidate values. */
export function loadTargetSeek(
  path: string,
  displayName: string,
): { ok: true; target: TargetSeek; plan: ExperimentPlan } | { ok: false; problems: string[] } {
  const parsed = parseTargetSeek(readJsonFile(path, displayName));
  if (!parsed.ok) return { ok: false, problems: lines(displayName, parsed.issues) };
  const base = baseDocument(parsed.value.scenario, path, displayName);
  if (!base.ok) return base;
  const planned = planExperiment(targetExperiment(parsed.value), base.document);
  // The experiment's paths are the target file's, but under `parameter`, not `parameters[0]`.
  const renamed = (issues: readonly ValidationIssue[]): ValidationIssue[] =>
    issues.map((i) => ({
      ...i,
      path: i.path.replace(/^parameters\[0\]/, 'parameter').replace(/^metrics\[\d+\]/, 'conditions'),
    }));
  return planned.ok
    ? { ok: true, target: parsed.value, plan: planned.plan }
    : { ok: false, problems: lines(displayName, renamed(planned.issues)) };
}

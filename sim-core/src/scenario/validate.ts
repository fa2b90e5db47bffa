/**
 * Scenario validation: every problem at once, each with its JSON path and what was expected.
 * In order: format migrations (older files are brought forward), the schema (zod, strict
 * objects), the cross-references the schema cannot see (ids, stops, links, dates,
 * distributions), then the size limits and warnings that need a fully valid scenario.
 */
import { checkDemand, checkKpi } from './checkDemand.ts';
import { checkDistributions } from './checkDistributions.ts';
import { checkDocuments } from './checkDocuments.ts';
import { checkItineraries } from './checkItineraries.ts';
import { checkNetwork } from './checkNetwork.ts';
import { checkTimeline } from './checkTimeline.ts';
import { IssueCollector, makeIssue } from './IssueCollector.ts';
import type { ValidationIssue } from './issueMessages.ts';
import { checkValueShape, type ShapeProblem } from './jsonShape.ts';
import { checkLimits, LIMITS } from './limits.ts';
import { asRecord } from './looseRead.ts';
import { migrateScenario } from './migrations.ts';
import { parseWithinBudget } from './parseWithinBudget.ts';
import type { Scenario } from './schema.ts';

/** Every problem at once (`issues`), or the validated scenario with its warnings. */
export type ValidationOutcome =
  { ok: true; scenario: Scenario; warnings: ValidationIssue[] } | { ok: false; issues: ValidationIssue[] };

/** Validates any JSON value as a scenario; on success the scenario has its defaults filled in. */
export function validateScenario(input: unknown): ValidationOutcome {
  // Before anything walks it: a value over the shape budget is refused at a bounded cost.
  const shape = checkValueShape(input);
  if (shape) return { ok: false, issues: [shapeIssue(shape)] };
  const migrated = migrateScenario(input);
  if (!migrated.ok) return { ok: false, issues: capIssues(migrated.issues) };
  const issues = new IssueCollector();
  issues.warnings.push(...migrated.warnings);
  const parsed = parseWithinBudget(withoutEditorKeys(migrated.document));
  if (!parsed.ok) issues.addErrors(parsed.issues);
  const document = asRecord(withoutEditorKeys(migrated.document));
  if (document) {
    const index = checkNetwork(document, issues);
    checkDemand(document, index, issues);
    checkKpi(document, index);
    checkDocuments(document, index, issues);
    checkTimeline(document, index, issues);
    checkDistributions(document, issues);
  }
  if (parsed.ok) {
    checkLimits(parsed.scenario, issues);
    // Reachability only means something once every reference resolves.
    if (issues.errors.length === 0) checkItineraries(parsed.scenario, issues);
  }
  if (issues.errorCount > 0 || !parsed.ok)
    return { ok: false, issues: capIssues(issues.errors, issues.errorsDropped) };
  return {
    ok: true,
    scenario: parsed.scenario,
    warnings: capIssues(issues.warnings, issues.warningsDropped),
  };
}

/** Drops "$schema": it tells an editor which JSON Schema to use and is no part of the scenario. */
function withoutEditorKeys(document: unknown): unknown {
  const record = asRecord(document);
  if (!record || !('$schema' in record)) return document;
  const { $schema: _schema, ...rest } = record;
  return rest;
}

/** Keeps the first {@link LIMITS.maxIssues} messages and counts the rest in a last one. */
function capIssues(issues: ValidationIssue[], dropped = 0): ValidationIssue[] {
  if (issues.length <= LIMITS.maxIssues && dropped === 0) return issues;
  const rest = issues.length - Math.min(issues.length, LIMITS.maxIssues) + dropped;
  return [...issues.slice(0, LIMITS.maxIssues), makeIssue('', 'more-problems', { count: rest })];
}

const SHAPE_CODES = {
  'too-deep': 'too-deep',
  'too-many-items': 'too-many-list-items',
  'too-many-containers': 'too-many-containers',
} as const;

function shapeIssue(shape: ShapeProblem): ValidationIssue {
  return makeIssue(shape.path, SHAPE_CODES[shape.kind], { limit: shape.limit });
}

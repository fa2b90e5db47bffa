/**
 * Scenario validation: every problem at once, each with its JSON path and what was expected.
 * In order: format migrations (older files are brought forward), the schema (zod, strict
 * objects), the cross-references the schema cannot see (ids, stops, links, dates,
 * distributions), then the size limits and warnings that need a fully valid scenario.
 */
import type { ValidationIssue } from '../vocabulary/validationIssue.ts';
import { checkDemand, checkKpi } from './checkDemand.ts';
import { checkDistributions } from './checkDistributions.ts';
import { checkDocuments } from './checkDocuments.ts';
import { checkItineraries } from './checkItineraries.ts';
import { checkNetwork } from './checkNetwork.ts';
import { checkTimeline } from './checkTimeline.ts';
import { formatZodIssues } from './formatZodIssues.ts';
import { IssueCollector } from './IssueCollector.ts';
import { checkLimits, LIMITS } from './limits.ts';
import { asRecord } from './looseRead.ts';
import { migrateScenario } from './migrations.ts';
import { Scenario } from './schema.ts';

/** Every problem at once (`issues`), or the validated scenario with its warnings. */
export type ValidationOutcome =
  { ok: true; scenario: Scenario; warnings: ValidationIssue[] } | { ok: false; issues: ValidationIssue[] };

/** Validates any JSON value as a scenario; on success the scenario has its defaults filled in. */
export function validateScenario(input: unknown): ValidationOutcome {
  const migrated = migrateScenario(input);
  if (!migrated.ok) return { ok: false, issues: capIssues(migrated.issues) };
  const issues = new IssueCollector();
  issues.warnings.push(...migrated.warnings);
  // reportInput: the messages quote the offending value ("got -2").
  const parsed = Scenario.safeParse(withoutEditorKeys(migrated.document), { reportInput: true });
  if (!parsed.success) issues.errors.push(...formatZodIssues(parsed.error.issues));
  const document = asRecord(withoutEditorKeys(migrated.document));
  if (document) {
    const index = checkNetwork(document, issues);
    checkDemand(document, index, issues);
    checkKpi(document, index);
    checkDocuments(document, index, issues);
    checkTimeline(document, index, issues);
    checkDistributions(document, issues);
  }
  if (parsed.success) {
    checkLimits(parsed.data, issues);
    // Reachability only means something once every reference resolves.
    if (issues.errors.length === 0) checkItineraries(parsed.data, issues);
  }
  if (issues.errors.length > 0 || !parsed.success) return { ok: false, issues: capIssues(issues.errors) };
  return { ok: true, scenario: parsed.data, warnings: capIssues(issues.warnings) };
}

/** Drops "$schema": it tells an editor which JSON Schema to use and is no part of the scenario. */
function withoutEditorKeys(document: unknown): unknown {
  const record = asRecord(document);
  if (!record || !('$schema' in record)) return document;
  const { $schema: _schema, ...rest } = record;
  return rest;
}

/** Keeps the first {@link LIMITS.maxIssues} messages and counts the rest in a last one. */
function capIssues(issues: ValidationIssue[]): ValidationIssue[] {
  if (issues.length <= LIMITS.maxIssues) return issues;
  const rest = issues.length - LIMITS.maxIssues;
  return [
    ...issues.slice(0, LIMITS.maxIssues),
    { path: '', message: `... and ${rest} more problem${rest === 1 ? '' : 's'}` },
  ];
}

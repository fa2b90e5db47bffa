import type { ValidationIssue } from '../vocabulary/validationIssue.ts';
import type { Scenario } from './schema.ts';
import { validateScenario } from './validate.ts';

/** A scenario that failed validation; `issues` lists every problem with its JSON path. */
export class ScenarioError extends Error {
  override readonly name = 'ScenarioError';

  constructor(readonly issues: readonly ValidationIssue[]) {
    super(
      `invalid scenario (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n` +
        issues.map((issue) => `  ${issue.path ? `${issue.path}: ` : ''}${issue.message}`).join('\n'),
    );
  }
}

/** Validates and returns the scenario with defaults filled in, or throws a {@link ScenarioError}. */
export function parseScenario(input: unknown): Scenario {
  const outcome = validateScenario(input);
  if (!outcome.ok) throw new ScenarioError(outcome.issues);
  return outcome.scenario;
}

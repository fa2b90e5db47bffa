/**
 * The schema check at a cost bounded by the issue budget: the scenario's frame first (lists
 * unchecked item by item), then each list's items one at a time, stopping a list once it has
 * produced {@link LIMITS.maxIssues} problems. zod alone checks every item of a list before it
 * reports one, and builds an issue object for each problem: 5,000 nodes of 50 empty processes
 * took 40 s and 1.5 GB that way, to report 200 of the million problems.
 */
import type { ValidationIssue } from './issueMessages.ts';
import { formatZodIssues } from './formatZodIssues.ts';
import { makeIssue } from './IssueCollector.ts';
import { LIMITS } from './limits.ts';
import { ITEM_SCHEMAS, MAX_ITEMS, ScenarioShell, type Scenario } from './schema.ts';

type ListKey = keyof typeof ITEM_SCHEMAS;
const LIST_KEYS = Object.keys(ITEM_SCHEMAS) as ListKey[];

export type BudgetedParse = { ok: true; scenario: Scenario } | { ok: false; issues: ValidationIssue[] };

export function parseWithinBudget(document: unknown): BudgetedParse {
  // reportInput: the messages quote the offending value ("got -2").
  const shell = ScenarioShell.safeParse(document, { reportInput: true });
  const issues: ValidationIssue[] = shell.success ? [] : formatZodIssues(shell.error.issues);
  const lists: Partial<Record<ListKey, unknown[]>> = {};
  const record =
    typeof document === 'object' && document !== null ? (document as Record<string, unknown>) : {};
  for (const key of LIST_KEYS) {
    const items = record[key];
    // A list the frame refused (not an array, too long) is not walked: its message is given.
    if (!Array.isArray(items) || items.length > MAX_ITEMS[key]) continue;
    const parsed = parseItems(key, items, issues);
    if (parsed) lists[key] = parsed;
  }
  if (!shell.success || issues.length > 0) return { ok: false, issues };
  // The frame's keys in their order, each list replaced by its parsed items (defaults filled in).
  const scenario = { ...shell.data, ...lists } as Scenario;
  return { ok: true, scenario };
}

/** The parsed items, or undefined once the list has a problem (after at most the budget's worth). */
function parseItems(
  key: ListKey,
  items: readonly unknown[],
  issues: ValidationIssue[],
): unknown[] | undefined {
  const schema = ITEM_SCHEMAS[key];
  const out: unknown[] = [];
  let problems = 0;
  for (let i = 0; i < items.length; i++) {
    const parsed = schema.safeParse(items[i], { reportInput: true });
    if (parsed.success) {
      out.push(parsed.data);
      continue;
    }
    for (const issue of formatZodIssues(parsed.error.issues, [key, i])) {
      issues.push(issue);
      problems += 1;
    }
    if (problems >= LIMITS.maxIssues) {
      const rest = items.length - i - 1;
      if (rest > 0) issues.push(makeIssue(key, 'list-not-checked', { checked: i + 1, problems, rest }));
      return undefined;
    }
  }
  return problems > 0 ? undefined : out;
}

/**
 * Checks that every distribution in the file is a proper one (the schema checks each number on
 * its own; these are the rules between its numbers). Distributions are found by their `kind`
 * wherever they sit, so a new field holding one is covered without a change here.
 */
import type { IssueCollector } from './IssueCollector.ts';
import type { PathSegments } from './jsonPath.ts';
import { asArray, asNumber, type LooseRecord } from './looseRead.ts';

const DISTRIBUTION_KINDS = new Set([
  'deterministic',
  'exponential',
  'uniform',
  'triangular',
  'normal',
  'lognormal',
  'empirical',
]);

/**
 * The deepest a distribution sits is interventions[i].service.legHours[j] (5 levels); the walk
 * stops at this depth so a hostile, deeply nested file costs linear time, not quadratic.
 */
const MAX_DEPTH = 12;

/** Fields that never hold a distribution and can be large (map lines, texts): not walked. */
const SKIPPED_KEYS = new Set(['geometry', 'name', 'description', 'provenance', 'seasonality']);

export function checkDistributions(document: unknown, issues: IssueCollector): void {
  // An explicit stack: a deeply nested hostile file must not overflow the call stack.
  const stack: Array<{ value: unknown; path: PathSegments }> = [{ value: document, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: PathSegments };
    if (path.length >= MAX_DEPTH) continue;
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        if (typeof item === 'object' && item !== null) stack.push({ value: item, path: [...path, index] });
      });
    } else if (typeof value === 'object' && value !== null) {
      const record = value as LooseRecord;
      const kind = record['kind'];
      if (typeof kind === 'string' && DISTRIBUTION_KINDS.has(kind)) {
        checkDistribution(kind, record, path, issues);
        continue;
      }
      for (const [key, child] of Object.entries(record)) {
        if (typeof child === 'object' && child !== null && !SKIPPED_KEYS.has(key))
          stack.push({ value: child, path: [...path, key] });
      }
    }
  }
}

function checkDistribution(kind: string, d: LooseRecord, path: PathSegments, issues: IssueCollector): void {
  const n = (key: string): number | undefined => asNumber(d[key]);
  switch (kind) {
    case 'uniform': {
      const min = n('min');
      const max = n('max');
      if (min !== undefined && max !== undefined && min > max)
        issues.error([...path, 'max'], 'max-below-min', { min, got: max });
      break;
    }
    case 'triangular': {
      const min = n('min');
      const mode = n('mode');
      const max = n('max');
      if (min !== undefined && mode !== undefined && mode < min)
        issues.error([...path, 'mode'], 'mode-below-min', { min, got: mode });
      if (max !== undefined && mode !== undefined && mode > max)
        issues.error([...path, 'mode'], 'mode-above-max', { max, got: mode });
      else if (min !== undefined && max !== undefined && min > max)
        issues.error([...path, 'max'], 'max-below-min', { min, got: max });
      break;
    }
    case 'lognormal': {
      const median = n('median');
      const p90 = n('p90');
      if (median !== undefined && p90 !== undefined && p90 < median) {
        issues.error([...path, 'p90'], 'p90-below-median', { median, got: p90 });
      }
      break;
    }
    case 'empirical':
      checkEmpirical(d, path, issues);
      break;
    default:
      break;
  }
}

function checkEmpirical(d: LooseRecord, path: PathSegments, issues: IssueCollector): void {
  const values = asArray(d['values']);
  if (d['weights'] === undefined) return;
  const weights = asArray(d['weights']);
  if (weights.length !== values.length) {
    issues.error([...path, 'weights'], 'weight-count', { expected: values.length, got: weights.length });
  } else if (weights.length > 0 && weights.every((weight) => asNumber(weight) === 0)) {
    issues.error([...path, 'weights'], 'weights-all-zero');
  }
}

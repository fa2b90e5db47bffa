/**
 * Turns zod's issues into messages a planner can act on, each naming the JSON path, what was
 * expected and what the file has: `services[3].timetable.departuresPerWeek: expected a number >= 0,
 * got -2`. zod must be called with `reportInput: true` so that issues carry the offending value.
 */
import type { z } from 'zod';
import type { ValidationIssue } from '../vocabulary/validationIssue.ts';
import { describeValue, formatPath } from './jsonPath.ts';

type ZodIssue = z.core.$ZodIssue;

const TYPE_NAMES: Record<string, string> = {
  number: 'a number',
  int: 'an integer',
  string: 'a string',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
  tuple: 'an array',
  null: 'null',
};

/** Formats every zod issue; a union that matched no form yields the messages of its closest form. */
export function formatZodIssues(
  issues: readonly ZodIssue[],
  basePath: readonly PropertyKey[] = [],
): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const issue of issues) {
    const path = [...basePath, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      // One message per key, at the key's own path, so an editor can point at the line.
      for (const key of issue.keys) {
        out.push({
          path: formatPath([...path, key]),
          message: 'unknown key (not part of the scenario format; check its spelling)',
        });
      }
    } else if (
      issue.code === 'invalid_union' &&
      issue.errors.length > 0 &&
      issue.discriminator === undefined
    ) {
      out.push(...formatUnion(issue.errors, path, issue.input));
    } else {
      out.push({ path: formatPath(path), message: describeIssue(issue) });
    }
  }
  return out;
}

/**
 * A plain union (a timetable by frequency or by weekdays; a capacity in TEU or tonnes): report the
 * form the input came closest to, i.e. the one with the fewest problems, unknown keys counting
 * double (a key belonging to another form says the user meant that form).
 */
function formatUnion(
  branches: readonly ZodIssue[][],
  path: PropertyKey[],
  input: unknown,
): ValidationIssue[] {
  const score = (branch: readonly ZodIssue[]): number =>
    branch.reduce((sum, issue) => sum + (issue.code === 'unrecognized_keys' ? 2 * issue.keys.length : 1), 0);
  const scores = branches.map(score);
  const best = Math.min(...scores);
  const closest = branches.filter((_, index) => scores[index] === best);
  if (closest.length === 1 && closest[0]) return formatZodIssues(closest[0], path);
  const forms = closest.map((branch) =>
    formatZodIssues(branch)
      .map((issue) => `${issue.path || '(this value)'} ${issue.message}`)
      .join(', '),
  );
  return [
    {
      path: formatPath(path),
      message: `matches none of the allowed forms, got ${describeValue(input)}: ${forms.map((form, index) => `(${index + 1}) ${form}`).join('; or ')}`,
    },
  ];
}

function describeIssue(issue: ZodIssue): string {
  const got = 'input' in issue && issue.input !== undefined ? `, got ${describeValue(issue.input)}` : '';
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `missing: expected ${typeName(issue.expected)}`;
      return `expected ${typeName(issue.expected)}${got}`;
    case 'too_small':
      return `expected ${bound(issue.origin, issue.minimum, issue.inclusive ?? true, issue.exact ?? false, 'min')}${gotSized(issue.origin, issue.input)}`;
    case 'too_big':
      return `expected ${bound(issue.origin, issue.maximum, issue.inclusive ?? true, issue.exact ?? false, 'max')}${gotSized(issue.origin, issue.input)}`;
    case 'invalid_format':
      return `${issue.message.startsWith('expected') ? issue.message : `expected text matching ${issue.pattern ?? issue.format}`}${got}`;
    case 'invalid_value':
      return `${issue.input === undefined ? 'missing: ' : ''}expected ${issue.values.length === 1 ? JSON.stringify(issue.values[0]) : `one of ${issue.values.map((value) => JSON.stringify(value)).join(' | ')}`}${got}`;
    case 'invalid_union':
      return describeUnion(issue);
    case 'not_multiple_of':
      return `expected a multiple of ${issue.divisor}${got}`;
    default:
      return `${issue.message}${got}`;
  }
}

/** A discriminated union (distributions, interventions) whose `kind` is none of its options. */
function describeUnion(issue: Extract<ZodIssue, { code: 'invalid_union' }>): string {
  const options = 'options' in issue ? issue.options : undefined;
  if (issue.discriminator !== undefined && options) {
    const input: unknown = issue.input;
    const value =
      typeof input === 'object' && input !== null
        ? (input as Record<string, unknown>)[issue.discriminator]
        : input;
    const list = options.map((option) => JSON.stringify(option)).join(' | ');
    return value === undefined
      ? `missing: expected one of ${list}`
      : `expected one of ${list}, got ${describeValue(value)}`;
  }
  return `does not match any allowed form, got ${describeValue(issue.input)}`;
}

function typeName(expected: string): string {
  return TYPE_NAMES[expected] ?? expected;
}

function bound(
  origin: string,
  limit: number | bigint,
  inclusive: boolean,
  exact: boolean,
  side: 'min' | 'max',
): string {
  const n = Number(limit);
  if (origin === 'array' || origin === 'set') {
    if (exact) return `exactly ${n} item${n === 1 ? '' : 's'}`;
    return `${side === 'min' ? 'at least' : 'at most'} ${n} item${n === 1 ? '' : 's'}`;
  }
  if (origin === 'string') {
    if (exact) return `exactly ${n} characters`;
    return `${side === 'min' ? 'at least' : 'at most'} ${n} character${n === 1 ? '' : 's'}`;
  }
  const noun = origin === 'int' ? 'an integer' : 'a number';
  const op = side === 'min' ? (inclusive ? '>=' : '>') : inclusive ? '<=' : '<';
  return `${noun} ${op} ${n}`;
}

/** For arrays and strings the count is what matters, not the whole value. */
function gotSized(origin: string, input: unknown): string {
  if ((origin === 'array' || origin === 'set') && Array.isArray(input)) return `, got ${input.length}`;
  if (origin === 'string' && typeof input === 'string') return `, got ${input.length}`;
  return input === undefined ? '' : `, got ${describeValue(input)}`;
}

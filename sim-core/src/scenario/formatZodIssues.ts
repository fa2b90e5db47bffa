/**
 * Turns zod's issues into messages a planner can act on, each naming the JSON path, what was
 * expected and what the file has: `services[3].timetable.departuresPerWeek: expected a number >= 0,
 * got -2`. zod must be called with `reportInput: true` so that issues carry the offending value.
 */
import type { z } from 'zod';
import type { ValidationCode, ValidationIssue } from './issueMessages.ts';
import { makeIssue } from './IssueCollector.ts';
import { describeValue } from './jsonPath.ts';

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
      for (const key of issue.keys) out.push(makeIssue([...path, key], 'unknown-key'));
    } else if (
      issue.code === 'invalid_union' &&
      issue.errors.length > 0 &&
      issue.discriminator === undefined
    ) {
      for (const one of formatUnion(issue.errors, path, issue.input)) out.push(one);
    } else {
      const { code, params } = describeIssue(issue);
      out.push(makeIssue(path, code, params));
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
    makeIssue(path, 'no-matching-form', {
      got: describeValue(input),
      forms: forms.map((form, index) => `(${index + 1}) ${form}`).join('; or '),
    }),
  ];
}

interface Described {
  code: ValidationCode;
  params: Record<string, string | number | undefined>;
}

function describeIssue(issue: ZodIssue): Described {
  const got = 'input' in issue && issue.input !== undefined ? describeValue(issue.input) : undefined;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined)
        return { code: 'missing', params: { expected: typeName(issue.expected), type: issue.expected } };
      return {
        code: 'wrong-type',
        params: { expected: typeName(issue.expected), type: issue.expected, got },
      };
    case 'too_small':
    case 'too_big': {
      const side = issue.code === 'too_small' ? 'min' : 'max';
      const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      return bound(issue.origin, limit, issue.inclusive ?? true, issue.exact ?? false, side, issue.input);
    }
    case 'invalid_format':
      return describeFormat(issue.message, issue.pattern ?? issue.format, got);
    case 'invalid_value':
      return {
        code: issue.input === undefined ? 'missing-choice' : 'not-one-of',
        params: {
          allowed: issue.values.map((value) => JSON.stringify(value)).join(' | '),
          count: issue.values.length,
          got,
        },
      };
    case 'invalid_union':
      return describeUnion(issue);
    case 'not_multiple_of':
      return { code: 'not-multiple', params: { divisor: Number(issue.divisor), got } };
    default:
      return { code: 'invalid-value', params: { detail: issue.message, got } };
  }
}

/** The schema's own format messages (schema.ts) by what they ask for. */
function describeFormat(message: string, pattern: string, got: string | undefined): Described {
  if (message.includes('kebab-case id')) return { code: 'bad-id', params: { got } };
  if (message.includes('YYYY-MM-DD')) return { code: 'bad-date', params: { got } };
  const country = /ISO country code such as "([A-Z]{2})"/.exec(message);
  if (country) return { code: 'bad-country', params: { example: country[1], got } };
  return { code: 'bad-format', params: { pattern, got } };
}

/** A discriminated union (distributions, interventions) whose `kind` is none of its options. */
function describeUnion(issue: Extract<ZodIssue, { code: 'invalid_union' }>): Described {
  const options = 'options' in issue ? issue.options : undefined;
  if (issue.discriminator !== undefined && options) {
    const input: unknown = issue.input;
    const value =
      typeof input === 'object' && input !== null
        ? (input as Record<string, unknown>)[issue.discriminator]
        : input;
    const allowed = options.map((option) => JSON.stringify(option)).join(' | ');
    return value === undefined
      ? { code: 'missing-choice', params: { allowed, count: options.length } }
      : { code: 'not-one-of', params: { allowed, count: options.length, got: describeValue(value) } };
  }
  return { code: 'no-matching-form', params: { got: describeValue(issue.input), forms: '' } };
}

function typeName(expected: string): string {
  return TYPE_NAMES[expected] ?? expected;
}

function bound(
  origin: string,
  limit: number,
  inclusive: boolean,
  exact: boolean,
  side: 'min' | 'max',
  input: unknown,
): Described {
  const sideWord = exact ? 'exact' : side;
  if (origin === 'array' || origin === 'set') {
    const got = Array.isArray(input) ? input.length : input === undefined ? undefined : describeValue(input);
    return { code: 'item-count', params: { bound: sideWord, limit, got } };
  }
  if (origin === 'string') {
    const got =
      typeof input === 'string' ? input.length : input === undefined ? undefined : describeValue(input);
    return { code: 'text-length', params: { bound: sideWord, limit, got } };
  }
  const op = side === 'min' ? (inclusive ? '>=' : '>') : inclusive ? '<=' : '<';
  return {
    code: 'number-range',
    params: {
      noun: origin === 'int' ? 'integer' : 'number',
      op,
      limit,
      got: input === undefined ? undefined : describeValue(input),
    },
  };
}

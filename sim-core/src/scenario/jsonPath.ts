/** JSON paths as users read them: `services[3].timetable.departuresPerWeek`. */
import { MAX_QUOTED_CHARS, quoted } from './safeText.ts';

/** A path as zod and the checks produce it: object keys and array indices. */
export type PathSegments = readonly PropertyKey[];

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Formats a path. Plain keys join with dots, indices in brackets, odd keys in quoted brackets
 * (`nodes[0]["my key"]`), a long key cut with its length shown. The root is the empty string.
 */
export function formatPath(path: PathSegments): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && segment.length <= MAX_QUOTED_CHARS && IDENTIFIER.test(segment))
      out += out ? `.${segment}` : segment;
    // An odd key is quoted with its control characters escaped and cut when long (safeText.ts).
    else out += `[${quoted(String(segment))}]`;
  }
  return out;
}

/**
 * Describes a value found in the input, short enough for one line: numbers and booleans as
 * written, strings quoted (control characters escaped, long ones cut with their length shown),
 * other values by their type.
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return quoted(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `an array of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

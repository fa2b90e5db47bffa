/**
 * A budget on the shape of a document, checked before anything costly walks it. JSON.parse of a
 * 60 MB file of 20 million `{}` takes about 2 GB and half a minute, and zod then walks every item
 * of an array it will refuse for its length; so the text is scanned first (linear, no allocation
 * but a stack of open containers), and a parsed value is walked with an early exit before the
 * schema sees it. Either way the cost is bounded by the budget, not by the input.
 */
import type { PathSegments } from './jsonPath.ts';

export const SHAPE_LIMITS = {
  /**
   * Nesting depth. The deepest field of the format is interventions[i].service.legHours[j].values[k]
   * (7 levels below the root); 32 leaves room for unknown keys to be reported as such.
   */
  maxDepth: 32,
  /** Items in any one array: the longest list the format allows (demand, 50,000 rows). */
  maxArrayItems: 50_000,
  /**
   * Objects and arrays in the whole document: 2 million geometry points (LIMITS.maxGeometryPoints)
   * plus a million for everything else. JSON.parse costs about 90 bytes for each.
   */
  maxContainers: 3_000_000,
} as const;

export type ShapeProblem =
  | { kind: 'too-deep'; path: PathSegments; limit: number }
  | { kind: 'too-many-items'; path: PathSegments; limit: number }
  | { kind: 'too-many-containers'; path: PathSegments; limit: number };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

interface Frame {
  array: boolean;
  /** Arrays: items seen so far (commas + 1 once a value started). */
  items: number;
  /** Objects: byte range of the last key, decoded only to name a path in a message. */
  keyStart: number;
  keyEnd: number;
}

/**
 * Scans JSON text (UTF-8 bytes or a string) for a shape over the budget, stopping at the first.
 * `decode` turns the bytes of a key into text for a path (Node's Buffer in the CLI).
 * It does not check the syntax (JSON.parse does, afterwards, on text now known to be affordable).
 */
export function scanJsonShape(
  text: Uint8Array | string,
  decode: (bytes: Uint8Array) => string = asciiOnly,
): ShapeProblem | undefined {
  const at = typeof text === 'string' ? (i: number) => text.charCodeAt(i) : (i: number) => text[i] ?? 0;
  const length = text.length;
  const stack: Frame[] = [];
  let containers = 0;
  let expectKey = false;
  const pathOf = (): PathSegments =>
    stack.map((frame) => (frame.array ? Math.max(0, frame.items - 1) : decodeKey(text, frame, decode)));
  for (let i = 0; i < length; i++) {
    const c = at(i);
    if (c === QUOTE) {
      const start = i + 1;
      i = skipString(at, length, start);
      const top = stack[stack.length - 1];
      if (top && !top.array && expectKey) {
        top.keyStart = start;
        top.keyEnd = i;
        expectKey = false;
      } else if (top?.array && top.items === 0) top.items = 1;
      continue;
    }
    if (c <= 0x20) continue;
    const top = stack[stack.length - 1];
    if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (top?.array && top.items === 0) top.items = 1;
      containers += 1;
      if (containers > SHAPE_LIMITS.maxContainers)
        return { kind: 'too-many-containers', path: [], limit: SHAPE_LIMITS.maxContainers };
      stack.push({ array: c === OPEN_BRACKET, items: 0, keyStart: 0, keyEnd: 0 });
      if (stack.length > SHAPE_LIMITS.maxDepth)
        return { kind: 'too-deep', path: pathOf().slice(0, -1), limit: SHAPE_LIMITS.maxDepth };
      expectKey = c === OPEN_BRACE;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      stack.pop();
      expectKey = false;
    } else if (c === COMMA) {
      if (top?.array) {
        top.items += 1;
        if (top.items > SHAPE_LIMITS.maxArrayItems) {
          return { kind: 'too-many-items', path: pathOf().slice(0, -1), limit: SHAPE_LIMITS.maxArrayItems };
        }
      } else expectKey = true;
    } else if (c !== COLON && top?.array && top.items === 0) top.items = 1;
  }
  return undefined;
}

/** The index just past the closing quote's position (or the end): the closing quote itself. */
function skipString(at: (i: number) => number, length: number, start: number): number {
  for (let i = start; i < length; i++) {
    const c = at(i);
    if (c === BACKSLASH) i += 1;
    else if (c === QUOTE) return i;
  }
  return length;
}

function decodeKey(text: Uint8Array | string, frame: Frame, decode: (bytes: Uint8Array) => string): string {
  // Keys in a message are cut later; decoding a few hundred bytes is enough.
  const end = Math.min(frame.keyEnd, frame.keyStart + 400);
  if (typeof text === 'string') return text.slice(frame.keyStart, end);
  return decode(text.subarray(frame.keyStart, end));
}

/** Bytes as text when they are ASCII (no TextDecoder in the pure core); else their count. */
function asciiOnly(bytes: Uint8Array): string {
  return bytes.every((byte) => byte < 0x80)
    ? String.fromCharCode(...bytes)
    : `(a key of ${bytes.length} bytes)`;
}

/**
 * The same budget on a parsed value (what the app's worker and the API receive), walked with an
 * explicit stack and an early exit: the cost is at most the budget, whatever the value holds.
 */
export function checkValueShape(value: unknown): ShapeProblem | undefined {
  // Each entry links to its parent instead of copying its path: a path is built only for a message.
  interface Entry {
    value: object;
    key: PropertyKey;
    parent: Entry | undefined;
    depth: number;
  }
  const pathOf = (entry: Entry | undefined): PathSegments => {
    const path: PropertyKey[] = [];
    for (let e = entry; e?.parent; e = e.parent) path.push(e.key);
    return path.reverse();
  };
  if (typeof value !== 'object' || value === null) return undefined;
  const stack: Entry[] = [{ value, key: '', parent: undefined, depth: 1 }];
  let containers = 0;
  while (stack.length > 0) {
    const entry = stack.pop() as Entry;
    containers += 1;
    if (containers > SHAPE_LIMITS.maxContainers)
      return { kind: 'too-many-containers', path: [], limit: SHAPE_LIMITS.maxContainers };
    if (entry.depth > SHAPE_LIMITS.maxDepth)
      return { kind: 'too-deep', path: pathOf(entry.parent), limit: SHAPE_LIMITS.maxDepth };
    const current = entry.value;
    if (Array.isArray(current)) {
      if (current.length > SHAPE_LIMITS.maxArrayItems)
        return { kind: 'too-many-items', path: pathOf(entry), limit: SHAPE_LIMITS.maxArrayItems };
      for (let i = current.length - 1; i >= 0; i--) {
        const item: unknown = current[i];
        if (typeof item === 'object' && item !== null)
          stack.push({ value: item, key: i, parent: entry, depth: entry.depth + 1 });
      }
    } else {
      for (const key in current) {
        if (!Object.hasOwn(current, key)) continue;
        const child = (current as Record<string, unknown>)[key];
        if (typeof child === 'object' && child !== null)
          stack.push({ value: child, key, parent: entry, depth: entry.depth + 1 });
      }
    }
  }
  return undefined;
}

/**
 * Paths into a scenario document, as experiment files write them: `services[sco-almaty].
 * timetable.departuresPerWeek` (an array item by its id), `nodes[3].processes[0].servers` (by
 * index). Reading and writing work on the JSON document before validation, so a value set here is
 * checked like any value in a scenario file.
 */

type Segment = { key: string } | { index: number } | { id: string };

const SEGMENT = /\[([a-z0-9][a-z0-9-]*)\]|\.?([A-Za-z_][A-Za-z0-9_]*)/g;

function parsePath(path: string): Segment[] {
  const segments: Segment[] = [];
  for (const match of path.matchAll(SEGMENT)) {
    const [, bracket, key] = match;
    if (key !== undefined) segments.push({ key });
    else if (/^\d+$/.test(bracket as string)) segments.push({ index: Number(bracket) });
    else segments.push({ id: bracket as string });
  }
  return segments;
}

function describe(segment: Segment): string {
  if ('key' in segment) return `key "${segment.key}"`;
  if ('index' in segment) return `item [${segment.index}]`;
  return `item with id "${segment.id}"`;
}

function child(
  parent: unknown,
  segment: Segment,
): { found: true; value: unknown; key: string | number } | { found: false } {
  if ('key' in segment) {
    if (parent === null || typeof parent !== 'object' || Array.isArray(parent)) return { found: false };
    const record = parent as Record<string, unknown>;
    return Object.hasOwn(record, segment.key)
      ? { found: true, value: record[segment.key], key: segment.key }
      : { found: false };
  }
  if (!Array.isArray(parent)) return { found: false };
  const index =
    'index' in segment
      ? segment.index
      : parent.findIndex(
          (item) => typeof item === 'object' && item !== null && (item as { id?: unknown }).id === segment.id,
        );
  return index >= 0 && index < parent.length
    ? { found: true, value: parent[index], key: index }
    : { found: false };
}

/** Thrown when a path does not lead to a value; the message says how far it got. */
export class PathError extends Error {
  override readonly name = 'PathError';
}

/** The value at `path`; a PathError when a step of it finds nothing. */
export function readPath(document: unknown, path: string): unknown {
  let node = document;
  let walked = '';
  for (const segment of parsePath(path)) {
    const next = child(node, segment);
    if (!next.found)
      throw new PathError(`the scenario has no ${describe(segment)}${walked ? ` under ${walked}` : ''}`);
    walked += typeof next.key === 'number' ? `[${next.key}]` : walked ? `.${next.key}` : next.key;
    node = next.value;
  }
  return node;
}

/**
 * A copy of `document` with `value` at `path`. Every step but the last must exist; the last may
 * add a key to an object (an optional setting the base scenario leaves at its default).
 */
export function writePath(document: unknown, path: string, value: unknown): unknown {
  const segments = parsePath(path);
  // A scenario document is JSON: a JSON round trip is a deep copy.
  const copy: unknown = JSON.parse(JSON.stringify(document));
  const last = segments.pop();
  if (!last) throw new PathError('the path is empty');
  const parentPath = path.slice(0, path.length - pathTail(last).length).replace(/\.$/, '');
  const parent = segments.length === 0 ? copy : readPath(copy, parentPath);
  if ('key' in last && parent !== null && typeof parent === 'object' && !Array.isArray(parent)) {
    (parent as Record<string, unknown>)[last.key] = value;
    return copy;
  }
  const target = child(parent, last);
  if (!target.found) throw new PathError(`the scenario has no ${describe(last)} under ${parentPath}`);
  (parent as unknown[])[target.key as number] = value;
  return copy;
}

function pathTail(segment: Segment): string {
  if ('key' in segment) return segment.key;
  if ('index' in segment) return `[${segment.index}]`;
  return `[${segment.id}]`;
}

// Immutable reads and writes at a JSON path, with structural sharing: an edit copies only the
// objects on the way to the changed value, so undo history snapshots stay cheap.

/** A path into the scenario JSON: object keys and array indices. */
export type JsonPath = readonly (string | number)[];

/** The value at `path`, or undefined when any step is missing. */
export function getAt(root: unknown, path: JsonPath): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/**
 * A copy of `root` with `value` at `path` (undefined removes an object key). Missing objects on
 * the way are created. `root` itself is never mutated.
 */
export function setAt(root: unknown, path: JsonPath, value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  const current = getAt(root, [head]);
  const next = setAt(current, rest, value);
  if (Array.isArray(root) && typeof head === 'number') {
    const copy = root.slice();
    copy[head] = next;
    return copy;
  }
  const base = root !== null && typeof root === 'object' ? (root as Record<string, unknown>) : {};
  const copy: Record<string, unknown> = { ...base };
  if (next === undefined) delete copy[String(head)];
  else copy[String(head)] = next;
  return copy;
}

/** Formats a path the way the validator reports it: `services[3].timetable.departuresPerWeek`. */
export function formatJsonPath(path: JsonPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${segment}` : segment;
  }
  return out;
}

// "What changed" between two scenarios: every parameter that differs, by path, with both values.
// Lists of things with ids (nodes, links, services, demands, interventions...) are matched by id,
// so moving a service in the list is no change and editing one names that service.
export interface ScenarioChange {
  /** Readable path: `services › qd-ala-express › departuresPerWeek`. */
  path: string;
  /** The value in A and in B, as short text; undefined where the thing exists on one side only. */
  a: string | undefined;
  b: string | undefined;
}

/** Parts of a scenario that name it rather than parameterise it. */
const IGNORED_KEYS = new Set(['name', 'description', 'id', 'schemaVersion']);
/** Longest value text shown. */
const VALUE_CHARS = 60;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function shortText(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > VALUE_CHARS ? `${text.slice(0, VALUE_CHARS - 1)}…` : text;
}

/** The key an array element is matched by: its id (or for interventions, kind and target). */
function elementKey(value: unknown, index: number): string {
  if (isRecord(value)) {
    if (typeof value['id'] === 'string') return value['id'];
    const target = value['service'] ?? value['node'] ?? value['link'] ?? value['demand'];
    if (typeof value['kind'] === 'string' && typeof target === 'string')
      return `${value['kind']} ${target} ${String(value['from'] ?? '')}`.trim();
  }
  return `#${index + 1}`;
}

function keyedEntries(list: unknown[]): Map<string, unknown> {
  return new Map(list.map((value, index) => [elementKey(value, index), value]));
}

function walk(a: unknown, b: unknown, path: string[], out: ScenarioChange[], limit: number): void {
  if (out.length >= limit) return;
  if (Array.isArray(a) && Array.isArray(b) && (a.some(isRecord) || b.some(isRecord))) {
    const left = keyedEntries(a);
    const right = keyedEntries(b);
    for (const key of new Set([...left.keys(), ...right.keys()]))
      walk(left.get(key), right.get(key), [...path, key], out, limit);
    return;
  }
  if (isRecord(a) && isRecord(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (path.length === 0 && IGNORED_KEYS.has(key)) continue;
      walk(a[key], b[key], [...path, key], out, limit);
    }
    return;
  }
  if (JSON.stringify(a) === JSON.stringify(b)) return;
  out.push({ path: path.join(' › '), a: shortText(a), b: shortText(b) });
}

/** Every parameter that differs from A to B (at most `limit`, in the scenario's order). */
export function scenarioDiff(a: unknown, b: unknown, limit = 200): ScenarioChange[] {
  const out: ScenarioChange[] = [];
  walk(a, b, [], out, limit);
  return out;
}

/** One line for a change: `services › x › departuresPerWeek: 7 → 10` (or "added"/"removed"). */
export function describeChange(change: ScenarioChange, words: { added: string; removed: string }): string {
  if (change.a === undefined) return `${change.path}: ${words.added}`;
  if (change.b === undefined) return `${change.path}: ${words.removed}`;
  return `${change.path}: ${change.a} → ${change.b}`;
}

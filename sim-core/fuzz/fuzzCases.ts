/**
 * Hostile scenario files, generated deterministically from a seed: mutants of the built-in
 * scenarios (random bytes, truncation, a value of the wrong type, special numbers, deep nesting,
 * huge arrays, long strings, hostile names) and the worst shapes issue 18 found by hand.
 * fast-check draws every random choice, so a case is reproduced from (seed, index).
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface FuzzCase {
  /** What kind of mutation made it, for the report. */
  kind: string;
  text: string;
}

const SCENARIO_DIR = join(import.meta.dirname, '..', '..', 'assets', 'scenarios');

/** The built-in scenarios as text and as values (the index file is not a scenario). */
export function builtInScenarios(): Array<{ text: string; value: unknown }> {
  return readdirSync(SCENARIO_DIR)
    .filter((name) => name.endsWith('.json') && name !== 'index.json')
    .sort()
    .map((name) => {
      const text = readFileSync(join(SCENARIO_DIR, name), 'utf8');
      return { text, value: JSON.parse(text) as unknown };
    });
}

/** Strings a planner never types: terminal escapes, forged lines, bidi overrides, lone surrogates. */
const HOSTILE_STRINGS = [
  '\u001b[2J\u001b[31mred',
  'x\nfile.json: ok',
  '\u202eevil\u202c',
  '\ud800lonely',
  '😀'.repeat(50),
  '',
  ' ',
  '__proto__',
  'constructor',
  '../../etc/passwd',
  'a'.repeat(40_000),
  'a-'.repeat(5_000),
];

/** Numbers at the edges: JSON text that parses to them (1e400 is Infinity). */
const SPECIAL_NUMBERS = [
  '1e400',
  '-1e400',
  '-0',
  '5e-324',
  '1.7976931348623157e308',
  '9007199254740993',
  '-1',
  '0',
  '0.5',
];

/** Every path to a value in a JSON value (objects and arrays), capped so huge files stay cheap. */
function paths(value: unknown, limit = 5_000): PropertyKey[][] {
  const out: PropertyKey[][] = [];
  const stack: Array<{ value: unknown; path: PropertyKey[] }> = [{ value, path: [] }];
  while (stack.length > 0 && out.length < limit) {
    const { value: current, path } = stack.pop() as { value: unknown; path: PropertyKey[] };
    out.push(path);
    if (Array.isArray(current)) current.forEach((item, i) => stack.push({ value: item, path: [...path, i] }));
    else if (typeof current === 'object' && current !== null)
      for (const [key, item] of Object.entries(current)) stack.push({ value: item, path: [...path, key] });
  }
  return out;
}

/** A copy of `root` with the value at `path` replaced (the root itself when the path is empty). */
function replaced(root: unknown, path: readonly PropertyKey[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(root) as Record<PropertyKey, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<PropertyKey, unknown>;
  node[path[path.length - 1] as PropertyKey] = value;
  return copy;
}

/** A JSON value of the wrong kind, or a hostile one. */
const wrongValue = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1e9, [], {}, '', 'x'),
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.jsonValue({ maxDepth: 3 }),
  fc.array(fc.constant({}), { minLength: 1, maxLength: 200 }),
);

/** A mutant of one built-in scenario, as text. */
function mutant(base: { text: string; value: unknown }): fc.Arbitrary<FuzzCase> {
  const all = paths(base.value);
  const at = fc.integer({ min: 0, max: all.length - 1 }).map((i) => all[i] as PropertyKey[]);
  const bytes = base.text.length;
  return fc.oneof(
    fc.tuple(at, wrongValue).map(([path, value]) => ({
      kind: 'wrong-type',
      text: JSON.stringify(replaced(base.value, path, value)),
    })),
    fc.tuple(at, fc.constantFrom(...SPECIAL_NUMBERS)).map(([path, number]) => ({
      kind: 'special-number',
      text: JSON.stringify(replaced(base.value, path, '__N__')).replace('"__N__"', number),
    })),
    fc.integer({ min: 0, max: bytes }).map((cut) => ({ kind: 'truncation', text: base.text.slice(0, cut) })),
    fc
      .tuple(fc.integer({ min: 0, max: bytes - 1 }), fc.uint8Array({ minLength: 1, maxLength: 16 }))
      .map(([offset, noise]) => ({
        kind: 'random-bytes',
        text:
          base.text.slice(0, offset) + String.fromCharCode(...noise) + base.text.slice(offset + noise.length),
      })),
    fc.tuple(at, fc.integer({ min: 20, max: 5_000 })).map(([path, depth]) => ({
      kind: 'deep-nesting',
      text: JSON.stringify(replaced(base.value, path, '__D__')).replace(
        '"__D__"',
        `${'['.repeat(depth)}${']'.repeat(depth)}`,
      ),
    })),
    fc
      .tuple(at, fc.integer({ min: 1_000, max: 200_000 }), fc.constantFrom('{}', '1', '"x"', '[]'))
      .map(([path, count, item]) => ({
        kind: 'huge-array',
        text: JSON.stringify(replaced(base.value, path, '__A__')).replace(
          '"__A__"',
          `[${`${item},`.repeat(count - 1)}${item}]`,
        ),
      })),
    fc.tuple(at, fc.integer({ min: 1_000, max: 1_000_000 })).map(([path, length]) => ({
      kind: 'long-string',
      text: JSON.stringify(replaced(base.value, path, 'é'.repeat(length))),
    })),
    fc.tuple(at, fc.constantFrom(...HOSTILE_STRINGS)).map(([path, name]) => ({
      kind: 'hostile-name',
      text: JSON.stringify(replaced(base.value, path, name)),
    })),
    fc.constantFrom(...HOSTILE_STRINGS).map((key) => ({
      kind: 'hostile-key',
      text: JSON.stringify({ ...(base.value as object), [key]: 1 }),
    })),
  );
}

/** The worst shapes found by hand, each scaled by `scale` (1 = the sizes of issue 18). */
export function worstShapes(scale = 1): Array<FuzzCase & { name: string }> {
  const base = builtInScenarios()[0]?.value as Record<string, unknown>;
  const n = (count: number): number => Math.max(1, Math.round(count * scale));
  const emptyObjects = (count: number): string => `[${'{},'.repeat(count - 1)}{}]`;
  const withDemand = (items: string): string =>
    JSON.stringify({ ...base, demand: '__X__' }).replace('"__X__"', items);
  const longReference = structuredClone(base) as { links: Array<Record<string, unknown>> };
  if (longReference.links[0]) longReference.links[0]['to'] = 'a'.repeat(40_000);
  return [
    { name: '20 M {} in demand (60 MB)', kind: 'worst-shape', text: withDemand(emptyObjects(n(20_000_000))) },
    { name: '33 M {} nodes (100 MB)', kind: 'worst-shape', text: emptyObjects(n(33_000_000)) },
    { name: '2 M {} in demand (6 MB)', kind: 'worst-shape', text: withDemand(emptyObjects(n(2_000_000))) },
    {
      name: '40,000-character unknown reference',
      kind: 'worst-shape',
      text: JSON.stringify(longReference),
    },
  ];
}

/** The command line tests' small valid scenario (3 nodes, 2 services): mutants validate in ms. */
const TINY = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'cli', 'tiny.scenario.json');

function tinyScenario(): { text: string; value: unknown } {
  const text = readFileSync(TINY, 'utf8');
  return { text, value: JSON.parse(text) as unknown };
}

/**
 * `count` mutants, drawn from `seed`: the same seed gives the same cases. `light` mutates a small
 * scenario besides the built-ins (for the gate: a built-in takes ~0.1 s to validate, the small
 * one a few ms), one built-in mutant in ten.
 */
export function fuzzCases(count: number, seed: number, light = false): FuzzCase[] {
  return [...fuzzCaseStream(count, seed, light)];
}

/**
 * The same cases one at a time (10,000 mutants of 340 KB scenarios do not fit in memory at once):
 * case i is drawn with seed `seed + i`, so any one is reproduced alone.
 */
export function* fuzzCaseStream(count: number, seed: number, light = false): Generator<FuzzCase> {
  const builtIns = builtInScenarios();
  const bases = light
    ? [...Array.from({ length: 9 * builtIns.length }, tinyScenario), ...builtIns]
    : builtIns;
  const arbitrary = fc.integer({ min: 0, max: bases.length - 1 }).chain((i) => mutant(bases[i] as never));
  for (let i = 0; i < count; i++) yield fc.sample(arbitrary, { numRuns: 1, seed: seed + i })[0] as FuzzCase;
}

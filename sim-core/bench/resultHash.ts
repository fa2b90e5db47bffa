/**
 * Result hashes: proof that speed work changed nothing a user can see. Runs fixed cases (an M/M/1
 * queue on the kernel, the synthetic benchmark network, two built-in scenarios) and hashes every
 * number of their results (SHA-256 over each typed array's bytes and every other field, in a fixed
 * order). Prints one JSON object; `--check` compares with resultHashes.json beside this file and
 * exits 1 naming each case that differs; `--write` updates that file (do this only for a change
 * meant to alter results, and say so in the commit).
 *
 * For such a change, `--dump FILE` before it and `--diff FILE` after it say how far the results
 * moved: per case, how many numbers differ and the largest relative difference (NaN = NaN counts
 * as equal).
 *
 *   npx tsx sim-core/bench/resultHash.ts [--check | --write | --dump FILE | --diff FILE]
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { RandomStreams, Resource, Simulation, sampler } from '../src/kernel/index.ts';
import { compileScenario, replicationSeed, runReplication } from '../src/model/index.ts';
import { parseScenario } from '../src/scenario/ScenarioError.ts';
import type { Scenario } from '../src/scenario/schema.ts';
import { syntheticNetwork } from './syntheticNetwork.ts';

const HASH_FILE = fileURLToPath(new URL('./resultHashes.json', import.meta.url));
const SCENARIOS = fileURLToPath(new URL('../../assets/scenarios/', import.meta.url));

/** Feeds every leaf of `value` to the hash in a fixed order (object keys sorted). */
function feed(hash: ReturnType<typeof sha256.create>, value: unknown): void {
  if (ArrayBuffer.isView(value)) {
    hash.update(utf8ToBytes(`${value.constructor.name}:${value.byteLength}:`));
    hash.update(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
  } else if (Array.isArray(value)) {
    hash.update(utf8ToBytes(`[${value.length}`));
    for (const item of value) feed(hash, item);
    hash.update(utf8ToBytes(']'));
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value).sort()) {
      hash.update(utf8ToBytes(`{${key}:`));
      feed(hash, (value as Record<string, unknown>)[key]);
    }
  } else {
    // Numbers through their exact float64 bits, not their shortest decimal text.
    if (typeof value === 'number') hash.update(new Uint8Array(new Float64Array([value]).buffer));
    else hash.update(utf8ToBytes(JSON.stringify(value) ?? 'undefined'));
  }
}

/** Every number of `value`, in the order feed() hashes them (typed arrays element by element). */
function numbersOf(value: unknown, out: number[] = []): number[] {
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    const items = value as unknown as ArrayLike<number | bigint>;
    for (let i = 0; i < items.length; i++) out.push(Number(items[i]));
  } else if (Array.isArray(value)) {
    for (const item of value) numbersOf(item, out);
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value).sort()) numbersOf((value as Record<string, unknown>)[key], out);
  } else if (typeof value === 'number') {
    out.push(value);
  }
  return out;
}

/** How far `now` moved from `before`: numbers that differ and the largest relative difference. */
function difference(before: number[], now: number[]): Record<string, number | string> {
  if (before.length !== now.length) return { note: `length ${before.length} -> ${now.length}` };
  let differ = 0;
  let maxRelative = 0;
  let notFinite = 0;
  for (let i = 0; i < now.length; i++) {
    const a = before[i] as number;
    const b = now[i] as number;
    if (a === b || (Number.isNaN(a) && Number.isNaN(b))) continue;
    differ++;
    if (!Number.isFinite(a) || !Number.isFinite(b)) {
      notFinite++; // NaN or an infinity on one side only
      continue;
    }
    maxRelative = Math.max(maxRelative, Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b)));
  }
  return { numbers: now.length, differ, maxRelative, notFinite };
}

function hashOf(value: unknown): string {
  const hash = sha256.create();
  feed(hash, value);
  return bytesToHex(hash.digest());
}

function mm1(customers: number): unknown {
  const streams = new RandomStreams(2026);
  const interarrival = sampler({ kind: 'exponential', mean: 1.25 }, streams.stream('arrivals'));
  const service = sampler({ kind: 'exponential', mean: 1 }, streams.stream('service'));
  const sim = new Simulation();
  const server = new Resource(sim, 'server', 1);
  let arrived = 0;
  const served = (): void => undefined;
  const arrive = (s: Simulation): void => {
    server.requestCall(service(), served, 0);
    if (++arrived < customers) s.scheduleCall(interarrival(), arrive, 0);
  };
  sim.scheduleCall(interarrival(), arrive, 0);
  sim.runEvents(Number.MAX_SAFE_INTEGER);
  const stats = server.stats;
  return {
    events: sim.eventsProcessed,
    now: sim.now,
    wait: [stats.waitHours.mean, stats.waitHours.variance, stats.waitHours.max],
    sojourn: [stats.sojournHours.mean, stats.sojournHours.variance],
    queue: [stats.queueLength.mean(sim.now), stats.busy.mean(sim.now)],
  };
}

function replicationOf(scenario: Scenario): unknown {
  return runReplication(compileScenario(scenario), {
    replication: 0,
    seed: replicationSeed(scenario.seed, 0),
  });
}

const builtIn = (id: string): Scenario =>
  parseScenario(JSON.parse(readFileSync(`${SCENARIOS}${id}.json`, 'utf8')));

const CASES: Record<string, () => unknown> = {
  'kernel-mm1-200k': () => mm1(200_000),
  'synthetic-network-1y': () => replicationOf(parseScenario(syntheticNetwork({ years: 1 }))),
  'baseline-2025': () => replicationOf(builtIn('baseline-2025')),
  'single-document': () => replicationOf(builtIn('single-document')),
  'alashankou-disruption': () => replicationOf(builtIn('alashankou-disruption')),
};

const mode = process.argv[2];
const file = process.argv[3];
if ((mode === '--dump' || mode === '--diff') && file === undefined) {
  process.stderr.write(`resultHash: ${mode} needs a file name\n`);
  process.exit(2);
}
// Read before the minute of runs, so a wrong file name fails at once. NaN and the infinities are
// stored as text (JSON would turn them into null).
const before = mode === '--diff' ? readDump(file as string) : undefined;

/** The numbers a `--dump` wrote; exits with a message when the file cannot be read. */
function readDump(path: string): Record<string, number[]> {
  try {
    return JSON.parse(readFileSync(path, 'utf8'), (_key, value: unknown) =>
      typeof value === 'string' ? Number(value) : value,
    ) as Record<string, number[]>;
  } catch (error) {
    process.stderr.write(
      `resultHash: --diff cannot read ${path} (written by --dump?): ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(2);
  }
}

const hashes: Record<string, string> = {};
const numbers: Record<string, number[]> = {};
for (const [name, run] of Object.entries(CASES)) {
  process.stderr.write(`resultHash: ${name}...\n`);
  const result = run();
  hashes[name] = hashOf(result);
  if (mode === '--dump' || mode === '--diff') numbers[name] = numbersOf(result);
}
const finiteOrText = (_key: string, value: unknown): unknown =>
  typeof value === 'number' && !Number.isFinite(value) ? String(value) : value;
if (mode === '--dump') writeFileSync(file as string, JSON.stringify(numbers, finiteOrText));
if (before !== undefined) {
  const moved = Object.fromEntries(
    Object.keys(numbers).map((name) => [name, difference(before[name] ?? [], numbers[name] as number[])]),
  );
  process.stdout.write(`${JSON.stringify({ bench: 'resultHash', diffAgainst: file, moved }, null, 2)}\n`);
}

if (mode === '--write') {
  writeFileSync(`${HASH_FILE}.tmp`, `${JSON.stringify(hashes, null, 2)}\n`);
  renameSync(`${HASH_FILE}.tmp`, HASH_FILE);
}
const expected = JSON.parse(readFileSync(HASH_FILE, 'utf8')) as Record<string, string>;
const differing = Object.keys(hashes).filter((name) => hashes[name] !== expected[name]);
process.stdout.write(`${JSON.stringify({ bench: 'resultHash', hashes, differing }, null, 2)}\n`);
if (mode === '--check' && differing.length > 0) {
  process.stderr.write(`resultHash: results differ from ${HASH_FILE}: ${differing.join(', ')}\n`);
  process.exitCode = 1;
}

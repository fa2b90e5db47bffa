/**
 * Result hashes: proof that speed work changed nothing a user can see. Runs fixed cases (an M/M/1
 * queue on the kernel, the synthetic benchmark network, two built-in scenarios) and hashes every
 * number of their results (SHA-256 over each typed array's bytes and every other field, in a fixed
 * order). Prints one JSON object; `--check` compares with resultHashes.json beside this file and
 * exits 1 naming each case that differs; `--write` updates that file (do this only for a change
 * meant to alter results, and say so in the commit).
 *
 *   npx tsx sim-core/bench/resultHash.ts [--check | --write]
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
  const arrive = (s: Simulation): void => {
    server.request(service(), () => undefined);
    if (++arrived < customers) s.schedule(interarrival(), arrive);
  };
  sim.schedule(interarrival(), arrive);
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

const hashes: Record<string, string> = {};
for (const [name, run] of Object.entries(CASES)) {
  process.stderr.write(`resultHash: ${name}...\n`);
  hashes[name] = hashOf(run());
}

const mode = process.argv[2];
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

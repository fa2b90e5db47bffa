// Runs kept across reloads, in IndexedDB (through `idb`, a small promise wrapper over the raw
// API). Two stores: the run history (what Compare lists) and a cache of results keyed by what
// reproduces them (scenario hash, engine version, seed, replications), so a launch that would run
// the same scenario again shows the stored result at once. Typed arrays are stored as they are
// (structured clone); only the first replication keeps its vehicle trips (the map animates that
// one), which keeps a ten-replication run near 10 MB instead of 22 MB.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { RunResult, TripTable } from '../../../sim-core/src/api/types.ts';
import { ENGINE_BUILD } from './engineBuild.ts';

/** What is stored of a run: the state layer's run record (kept generic so storage knows no UI). */
export interface StoredRun {
  id: string;
  finishedAtMs: number;
  result: RunResult;
}

const DB_NAME = 'scoda-runs';
const DB_VERSION = 1;
/** Results kept in the launch cache; the least recently stored go first. */
const CACHE_LIMIT = 6;

interface CacheEntry {
  key: string;
  storedAtMs: number;
  record: StoredRun;
}

interface RunArchiveSchema extends DBSchema {
  runs: { key: string; value: StoredRun };
  cache: { key: string; value: CacheEntry; indexes: { storedAtMs: number } };
}

let database: Promise<IDBPDatabase<RunArchiveSchema>> | undefined;

/** The database, or undefined where IndexedDB is missing (a private window may lack it). */
function db(): Promise<IDBPDatabase<RunArchiveSchema>> | undefined {
  if (typeof indexedDB === 'undefined') return undefined;
  database ??= openDB<RunArchiveSchema>(DB_NAME, DB_VERSION, {
    upgrade(upgrade) {
      upgrade.createObjectStore('runs', { keyPath: 'id' });
      upgrade.createObjectStore('cache', { keyPath: 'key' }).createIndex('storedAtMs', 'storedAtMs');
    },
  });
  return database;
}

/** The same table with no rows: fresh zero-length arrays (a view would keep its whole buffer). */
function withoutRows(trips: TripTable): TripTable {
  const empty: Record<string, unknown> = { count: 0 };
  for (const [key, value] of Object.entries(trips)) {
    if (ArrayBuffer.isView(value)) {
      const Typed = value.constructor as new (length: number) => ArrayBufferView;
      empty[key] = new Typed(0);
    }
  }
  return empty as unknown as TripTable;
}

/** The result as stored: every replication after the first without its vehicle trips. */
export function storableResult(result: RunResult): RunResult {
  return {
    ...result,
    replications: result.replications.map((replication, index) =>
      index === 0 ? replication : { ...replication, trips: withoutRows(replication.trips) },
    ),
  };
}

function storable<T extends StoredRun>(record: T): T {
  return { ...record, result: storableResult(record.result) };
}

/** Every stored run, oldest first; none when storage is unavailable or unreadable. */
export async function loadStoredRuns<T extends StoredRun>(): Promise<T[]> {
  try {
    const runs = (await (await db())?.getAll('runs')) ?? [];
    return (runs as T[]).sort((a, b) => a.finishedAtMs - b.finishedAtMs);
  } catch {
    return [];
  }
}

/** Stores (or replaces) runs and forgets the ids given; best effort (storage may be full). */
export async function syncStoredRuns(put: StoredRun[], remove: string[]): Promise<void> {
  const opened = await db();
  if (!opened) return;
  const tx = opened.transaction('runs', 'readwrite');
  await Promise.all([
    ...put.map((record) => tx.store.put(storable(record))),
    ...remove.map((id) => tx.store.delete(id)),
    tx.done,
  ]);
}

/**
 * What names a result before it is computed: same key, same bytes (sim-core's determinism). The
 * engine is named by its version and by the build's fingerprint of its code (`ENGINE_BUILD`).
 */
export function resultCacheKey(
  parts: {
    engineVersion: string;
    scenarioHash: string;
    seed: number;
    replications: number;
  },
  /** The engine build the key names: this page's, or (at build time) the one being built. */
  engineBuild: string = ENGINE_BUILD,
): string {
  return `${parts.engineVersion}+${engineBuild}|${parts.scenarioHash}|${parts.seed}|${parts.replications}`;
}

export async function readCachedRun<T extends StoredRun>(key: string): Promise<T | undefined> {
  try {
    return (await (await db())?.get('cache', key))?.record as T | undefined;
  } catch {
    return undefined;
  }
}

/** Stores a result under its key, dropping the oldest entries beyond CACHE_LIMIT. */
export async function writeCachedRun(key: string, record: StoredRun, nowMs: number): Promise<void> {
  const opened = await db();
  if (!opened) return;
  const tx = opened.transaction('cache', 'readwrite');
  await tx.store.put({ key, storedAtMs: nowMs, record: storable(record) });
  const keys = await tx.store.index('storedAtMs').getAllKeys();
  for (const old of keys.slice(0, Math.max(0, keys.length - CACHE_LIMIT))) await tx.store.delete(old);
  await tx.done;
}

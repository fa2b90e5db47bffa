// The launch cache: a result stored under what reproduces it (engine version, scenario hash,
// seed, replications). The engine is deterministic, so a hit IS the result a new run would give,
// byte for byte; the launch shows it at once instead of recomputing for seconds.
import type { RunResult, Scenario } from '../../../../sim-core/src/api/types.ts';
import { readCachedRun, resultCacheKey, writeCachedRun } from '../../platform/runArchive.ts';
import { shippedRunFor, shippedRunText, type ShippedRun } from '../../platform/shippedRun.ts';
import { getSimClient, hashJsonHere } from '../../sim-client/simClient.ts';
import type { RunRecord } from '../../state/useRunHistoryStore.ts';

export async function cacheKeyOf(
  scenario: Scenario,
  seed: number,
  replications: number,
): Promise<{ key: string; scenarioHash: string }> {
  const client = getSimClient();
  const [engineVersion, scenarioHash] = await Promise.all([
    client.engineVersion(),
    client.hashScenario(scenario),
  ]);
  return { key: resultCacheKey({ engineVersion, scenarioHash, seed, replications }), scenarioHash };
}

/**
 * Whether a stored result is the one `key` names: its own provenance (engine version, scenario
 * hash, seed, replications) gives the same key. A result of another engine version or another
 * scenario is a miss, even stored under this key (a damaged or hand-edited entry).
 */
export function resultMatchesKey(key: string, result: RunResult): boolean {
  const { provenance } = result;
  return (
    resultCacheKey({
      engineVersion: provenance.engineVersion,
      scenarioHash: provenance.scenarioHash,
      seed: provenance.seed,
      replications: result.replications.length,
    }) === key
  );
}

/** The stored run for `key`, when its provenance still matches (a damaged entry is a miss). */
export async function cachedRun(key: string): Promise<RunRecord | undefined> {
  const record = await readCachedRun<RunRecord>(key);
  return record && resultMatchesKey(key, record.result) ? record : undefined;
}

/**
 * The run shipped with the app build when it was computed for `key` (this engine build, the same
 * scenario, seed and replications) and its provenance agrees; undefined otherwise.
 */
export async function shippedRun(key: string): Promise<RunRecord | undefined> {
  const text = await shippedRunText();
  const shipped = text === undefined ? undefined : shippedRunFor<RunRecord>(text, () => key);
  return shipped && withoutKeys(shipped);
}

/**
 * The record without its keys, when the file's own key is this page's key of its result: this
 * engine build, and a provenance (engine version, scenario hash, seed, count) that agrees.
 */
function withoutKeys(shipped: ShippedRun<RunRecord>): RunRecord | undefined {
  if (!resultMatchesKey(shipped.shippedKey, shipped.result)) return undefined;
  const { shippedKey: _key, inputKey: _inputKey, ...record } = shipped;
  return record;
}

/**
 * The shipped run for a scenario as loaded, before validation: matched on the hash of the input's
 * JSON (the engine's own hash, computed on the page), its seed (`seed`, else the input's own) and
 * this page's engine build. Undefined when there is no shipped run for it.
 */
export async function shippedRunOfInput(
  input: unknown,
  seed: number | undefined,
  replications: number,
): Promise<RunRecord | undefined> {
  const ownSeed = (input as { seed?: unknown } | null)?.seed;
  const launchSeed = seed ?? (typeof ownSeed === 'number' ? ownSeed : undefined);
  if (launchSeed === undefined) return undefined;
  const text = await shippedRunText();
  performance.mark('scoda:shipped-fetched');
  if (text === undefined) return undefined;
  const scenarioHash = hashJsonHere(input);
  performance.mark('scoda:input-hashed');
  const shipped = shippedRunFor<RunRecord>(text, (engineVersion) =>
    resultCacheKey({ engineVersion, scenarioHash, seed: launchSeed, replications }),
  );
  return shipped && withoutKeys(shipped);
}

/** Stores a finished run under its key; a storage failure only costs the next launch time. */
export function rememberRun(key: string, record: RunRecord): void {
  void writeCachedRun(key, record, Date.now()).catch(() => undefined);
}

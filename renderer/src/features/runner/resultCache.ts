// The launch cache: a result stored under what reproduces it (engine version, scenario hash,
// seed, replications). The engine is deterministic, so a hit IS the result a new run would give,
// byte for byte; the launch shows it at once instead of recomputing for seconds.
import type { RunResult, Scenario } from '../../../../sim-core/src/api/types.ts';
import { readCachedRun, resultCacheKey, writeCachedRun } from '../../platform/runArchive.ts';
import { getSimClient } from '../../sim-client/simClient.ts';
import type { RunRecord } from '../../state/useRunHistoryStore.ts';

export async function cacheKeyOf(scenario: Scenario, seed: number, replications: number): Promise<string> {
  const client = getSimClient();
  const [engineVersion, scenarioHash] = await Promise.all([
    client.engineVersion(),
    client.hashScenario(scenario),
  ]);
  return resultCacheKey({ engineVersion, scenarioHash, seed, replications });
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

/** Stores a finished run under its key; a storage failure only costs the next launch time. */
export function rememberRun(key: string, record: RunRecord): void {
  void writeCachedRun(key, record, Date.now()).catch(() => undefined);
}

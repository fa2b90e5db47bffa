import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { resultMatchesKey } from '../renderer/src/features/runner/resultCache.ts';
import { resultCacheKey } from '../renderer/src/platform/runArchive.ts';
import { gunzippedText, shippedRunFor } from '../renderer/src/platform/shippedRun.ts';
import { ENGINE_BUILD } from '../renderer/src/platform/engineBuild.ts';
import type { RunRecord } from '../renderer/src/state/useRunHistoryStore.ts';
import { createSimApi } from '../sim-core/src/api/index.ts';
import { shippedLaunchRun } from './shipLaunchRun.ts';

const input: unknown = JSON.parse(
  readFileSync(new URL('../tests/fixtures/cli/tiny.scenario.json', import.meta.url), 'utf8'),
);
const api = createSimApi();
const outcome = api.validateScenario(input);
if (!outcome.ok) throw new Error('the fixture is valid');
const { scenario } = outcome;
// Under vitest the page's engine build is 'dev' (no build defines it): ship for that build.
const shipped = await shippedLaunchRun(input, {
  engineBuild: ENGINE_BUILD,
  finishedAtMs: 1_700_000_000_000,
  source: 'tiny',
});

function keyFor(parts: { scenarioHash?: string; seed?: number; replications?: number; build?: string }) {
  return (engineVersion: string) =>
    resultCacheKey(
      {
        engineVersion,
        scenarioHash: parts.scenarioHash ?? api.hashScenario(scenario),
        seed: parts.seed ?? scenario.seed,
        replications: parts.replications ?? 1,
      },
      parts.build ?? ENGINE_BUILD,
    );
}

describe('the launch run shipped with the app build', () => {
  it('is, bit for bit, the run the app makes of the same scenario, seed and engine', async () => {
    const run = shippedRunFor<RunRecord>(shipped.text, keyFor({}));
    expect(run).toBeDefined();
    const live = await api.runScenario(input, { seed: scenario.seed, replications: 1 });
    // Typed arrays compared element by element, and the CSV files byte for byte.
    expect(run?.result).toEqual(live);
    expect(api.toCsv(run!.result, scenario.id)).toEqual(api.toCsv(live, scenario.id));
    expect(run?.scenario).toEqual(scenario);
    expect(run?.seed).toBe(scenario.seed);
    expect(resultMatchesKey(run!.shippedKey, run!.result)).toBe(true);
  });

  it('answers the key of the file as loaded (before validation) and of the validated scenario', () => {
    const asLoaded = api.hashScenario(input as typeof scenario);
    expect(shippedRunFor(shipped.text, keyFor({ scenarioHash: asLoaded }))).toBeDefined();
    expect(shipped.inputKey).toBe(keyFor({ scenarioHash: asLoaded })(api.engineVersion()));
    expect(shipped.key).toBe(keyFor({})(api.engineVersion()));
  });

  it('is never shown for another engine build, scenario, seed or replication count', () => {
    expect(shippedRunFor(shipped.text, keyFor({ build: 'another-build' }))).toBeUndefined();
    expect(shippedRunFor(shipped.text, keyFor({ scenarioHash: '0'.repeat(64) }))).toBeUndefined();
    expect(shippedRunFor(shipped.text, keyFor({ seed: scenario.seed + 1 }))).toBeUndefined();
    expect(shippedRunFor(shipped.text, keyFor({ replications: 2 }))).toBeUndefined();
    // A file stamped for another build is stale whatever the page asks.
    const stale = shipped.text.replaceAll(`+${ENGINE_BUILD}|`, '+another-build|');
    expect(stale).not.toBe(shipped.text);
    expect(shippedRunFor(stale, keyFor({}))).toBeUndefined();
    expect(shippedRunFor('not a runs file', keyFor({}))).toBeUndefined();
  });

  it('reads the gzip file the build writes, and bytes a server already decompressed', async () => {
    const bytes = gzipSync(shipped.text);
    const gz = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    expect(await gunzippedText(gz)).toBe(shipped.text);
    const plain = new TextEncoder().encode(gunzipSync(bytes).toString('utf8'));
    expect(await gunzippedText(plain.buffer)).toBe(shipped.text);
  });
});

// The launch run shipped with the app build (issue 17: first key figures within 3 s of a first
// launch). The build (vite.web.config.ts) runs this once per engine build: it validates the
// built-in baseline and runs it with the launch's seed and replication through the app's own run
// path (the pool's runInPool over the worker API, here in-process: the same calls, the same bytes),
// and writes the run with the key it answers (renderer/src/platform/shippedRun.ts). The app shows
// it only when its own key for the working scenario is that key.
//
// Run: node --import tsx build/shipLaunchRun.ts <scenario.json> <engine build> <out file (gzip)>
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { resultCacheKey } from '../renderer/src/platform/runArchive.ts';
import { encodeShippedRun } from '../renderer/src/platform/shippedRun.ts';
import { runInPool, type PoolWorker } from '../renderer/src/sim-client/runPool.ts';
import { createSimApi } from '../sim-core/src/api/index.ts';

/** The launch runs one replication with the scenario's own seed (runner/startWorkbench.ts). */
export const LAUNCH_REPLICATIONS = 1;

/** The shipped file's text for `input` and the key it answers. */
export async function shippedLaunchRun(
  input: unknown,
  options: { engineBuild: string; finishedAtMs: number; source: string },
): Promise<{ key: string; inputKey: string; text: string }> {
  const api = createSimApi();
  const outcome = api.validateScenario(input);
  if (!outcome.ok) {
    const issues = outcome.issues.map((issue) => `  ${issue.path}: ${issue.message}`).join('\n');
    throw new Error(`${options.source} is not a valid scenario, so no launch run can ship:\n${issues}`);
  }
  const { scenario } = outcome;
  const seed = scenario.seed;
  const replications = LAUNCH_REPLICATIONS;
  // The pool's two calls, as a worker answers them across comlink (promises).
  const worker: PoolWorker = {
    runReplications: (...args) => api.runReplications(...args),
    assembleRun: async (...args) => api.assembleRun(...args),
  };
  const result = await runInPool([worker], { scenario, seed, replications });
  const keyOf = (scenarioHash: string): string =>
    resultCacheKey(
      { engineVersion: api.engineVersion(), scenarioHash, seed, replications },
      options.engineBuild,
    );
  const key = keyOf(api.hashScenario(scenario));
  // The file as loaded, before validation (hashScenario hashes any JSON's canonical form).
  const inputKey = keyOf(api.hashScenario(input as typeof scenario));
  const record = {
    id: `run-shipped-${options.engineBuild}`,
    scenarioName: scenario.name,
    note: '',
    finishedAtMs: options.finishedAtMs,
    seed,
    replications,
    scenario,
    result,
  };
  return { key, inputKey, text: encodeShippedRun({ shippedKey: key, inputKey }, record) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [scenarioFile, engineBuild, outFile] = process.argv.slice(2);
  if (!scenarioFile || !engineBuild || !outFile)
    throw new Error('usage: build/shipLaunchRun.ts <scenario.json> <engine build> <out file>');
  const input: unknown = JSON.parse(readFileSync(scenarioFile, 'utf8'));
  const { text } = await shippedLaunchRun(input, {
    engineBuild,
    finishedAtMs: Date.now(),
    source: scenarioFile,
  });
  // Written whole, then renamed: a build stopped half-way leaves no truncated file to reuse.
  writeFileSync(`${outFile}.tmp`, gzipSync(text));
  renameSync(`${outFile}.tmp`, outFile);
}

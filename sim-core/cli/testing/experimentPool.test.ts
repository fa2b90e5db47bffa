/**
 * The app's experiment pool (renderer/src/sim-client/experimentPool.ts) on the real experiment
 * worker over comlink: the same files as `scoda-sim experiment`, byte for byte, whatever the
 * number of workers; invalid files come back with their JSON paths; a point's scenario document
 * is the base with the point's values written in.
 */
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ExperimentInvalidError,
  runExperimentInPool,
  type ExperimentWorker,
} from '../../../renderer/src/sim-client/experimentPool.ts';
import type { ExperimentApi } from '../../src/api/experimentTypes.ts';
import { createExperimentApi } from '../../src/experiment/experimentApi.ts';
import { readPath } from '../../src/experiment/scenarioPath.ts';
import { main } from '../main.ts';
import { startBundledWorker } from '../run/bundledWorker.ts';

const FIXTURES = new URL('../../../tests/fixtures/', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, FIXTURES), 'utf8');
const experiment = JSON.parse(read('experiment/tiny-grid.experiment.json')) as Record<string, unknown>;
const base: unknown = JSON.parse(read('cli/tiny.scenario.json'));
const quiet = { write: () => true };

describe("the app's experiment pool (experiment workers over comlink)", () => {
  const work = mkdtempSync(join(tmpdir(), 'scoda-app-experiment-'));
  const threads: Worker[] = [];
  let apis: Array<Comlink.Remote<ExperimentApi>> = [];
  const cli: Record<string, string> = {};

  beforeAll(async () => {
    for (let i = 0; i < 2; i++)
      threads.push(await startBundledWorker(new URL('./experimentWorkerNodeEntry.ts', import.meta.url)));
    apis = threads.map((thread) => Comlink.wrap<ExperimentApi>(nodeEndpoint(thread)));
    const out = join(work, 'cli');
    const code = await main(['experiment', 'experiment/tiny-grid.experiment.json', '--out', out], {
      stdout: quiet,
      stderr: quiet,
      cwd: new URL('.', FIXTURES).pathname,
    });
    expect(code).toBe(0);
    for (const file of ['results.csv', 'summary.csv', 'manifest.json'])
      cli[file] = readFileSync(join(out, file), 'utf8');
  }, 120_000);
  afterAll(async () => {
    for (const api of apis) api[Comlink.releaseProxy]();
    await Promise.all(threads.map((thread) => thread.terminate()));
    rmSync(work, { recursive: true, force: true });
  });

  it('writes the command line files byte for byte, on one worker and on two', async () => {
    for (const workers of [apis.slice(0, 1), apis]) {
      const fractions: number[] = [];
      const outcome = await runExperimentInPool(workers as ExperimentWorker[], {
        experiment,
        baseScenario: base,
        onProgress: (fraction) => fractions.push(fraction),
        wrapCallback: (callback) => Comlink.proxy(callback),
      });
      expect(outcome.tables).toEqual(cli);
      expect(outcome.results.map((r) => r.point)).toEqual(outcome.outline.points.map((p) => p.index));
      expect(fractions.at(-1)).toBeCloseTo(1, 9);
      expect(fractions.every((f, i) => i === 0 || f >= (fractions[i - 1] as number) - 1e-12)).toBe(true);
    }
  }, 120_000);

  it('reports every problem of an invalid file with its JSON path, and runs nothing', async () => {
    const bad = { ...experiment, replications: 0, metrics: ['nodes.utilisation:nowhere'] };
    const outcome = runExperimentInPool(apis as ExperimentWorker[], { experiment: bad, baseScenario: base });
    await expect(outcome).rejects.toBeInstanceOf(ExperimentInvalidError);
    const error = (await outcome.catch((e: unknown) => e)) as ExperimentInvalidError;
    expect(error.issues.map((i) => i.path)).toContain('replications');
  }, 60_000);

  it("hands out a point's scenario document: the base with the overrides and the point's values", () => {
    const api = createExperimentApi();
    const prepared = api.prepare(experiment, base);
    if (!prepared.ok) throw new Error('the fixture is valid');
    for (const point of prepared.outline.points) {
      const document = api.pointScenario(point.index);
      prepared.outline.parameters.forEach((parameter, p) =>
        expect(readPath(document, parameter.path)).toBe(point.values[p]),
      );
      expect(readPath(document, 'durationDays')).toBe(63);
      // Everything else is the base document as it was (the input form, not the validated one).
      expect(readPath(document, 'nodes')).not.toBe(readPath(base, 'nodes'));
      expect((document as { demand: unknown }).demand).toEqual((base as { demand: unknown }).demand);
    }
  });
});

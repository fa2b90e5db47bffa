// Benchmark of the corridor map: frame time and JavaScript time per frame with 1,000 to 50,000
// moving vehicles. Uses the built web app (npm run build:web) and the dev-only benchmark fixture
// (?benchTrips=N: SYNTHETIC trips, labelled as such on screen), in Chromium with the same flags as
// the end-to-end tests. Prints JSON. Run: npx tsx tests/bench/mapBench.ts [counts...]
//
// Headless Chromium renders WebGL in software (SwiftShader), so frame times are far above what a
// GPU gives; the figure that matters here is JavaScript per frame (target: under 2 ms at 20,000),
// which does not depend on the GPU because vehicles are positioned in the vertex shader.
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../helpers/browser.ts';
import type { MapTestHooks as Hooks } from '../../renderer/src/scene/mapTestHooks.ts';
import { startPreviewServer } from './previewServer.ts';

const PORT = Number(process.env['MAP_BENCH_PORT'] ?? 4191);
const COUNTS = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const MOVING = COUNTS.length > 0 ? COUNTS : [1_000, 10_000, 20_000, 50_000];
const WARMUP_MS = 2_000;
/** Measure at least this long and at least MIN_FRAMES frames (software WebGL is slow), at most MAX_MS. */
const MEASURE_MS = 5_000;
const MIN_FRAMES = 8;
const MAX_MEASURE_MS = 40_000;
/** Sim hour at which every fixture trip is under way. */
const ALL_MOVING_HOURS = 24 * 60;
const JS_TARGET_MS = 2;

async function measure(page: Page, moving: number) {
  await page.goto(`http://127.0.0.1:${PORT}/?benchTrips=${moving}&testHooks=1`);
  await page.waitForFunction(
    () => (window as unknown as { __scoda?: { map?: Hooks } }).__scoda?.map?.origin() === 'benchmark-fixture',
    undefined,
    { timeout: 120_000 },
  );
  const hooks = '(window.__scoda.map)';
  await page.evaluate(`${hooks}.setHours(${ALL_MOVING_HOURS})`);
  // Playing at a day a second: the realistic case (the time uniform changes every frame).
  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForTimeout(WARMUP_MS);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const metric = async (name: string): Promise<number> =>
    ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  const drawnAtStart = (await page.evaluate(`${hooks}.visibleVehicles()`)) as Record<string, number>;
  await page.evaluate(`${hooks}.resetFrameStats()`);
  const scriptStart = await metric('ScriptDuration');
  const wallStart = Date.now();
  await page.waitForTimeout(MEASURE_MS);
  await page
    .waitForFunction(
      (n) => (window as unknown as { __scoda: { map: Hooks } }).__scoda.map.frameStats().frames >= n,
      MIN_FRAMES,
      {
        timeout: MAX_MEASURE_MS - MEASURE_MS,
      },
    )
    .catch(() => undefined);
  const stats = (await page.evaluate(`${hooks}.frameStats()`)) as {
    frames: number;
    meanMs: number;
    maxMs: number;
  };
  const wallMs = Date.now() - wallStart;
  const scriptMs = (await metric('ScriptDuration')) - scriptStart;
  await page.getByRole('button', { name: 'Pause' }).click();
  await cdp.detach();
  const frames = Math.max(1, stats.frames);
  return {
    movingObjects: moving,
    drawnVehicles: Object.values(drawnAtStart).reduce((a, b) => a + b, 0),
    frames: stats.frames,
    frameMs: round(wallMs / frames),
    jsPerFrameMs: round(stats.meanMs),
    maxJsFrameMs: round(stats.maxMs),
    pageScriptPerFrameMs: round(scriptMs / frames),
  };
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}

async function main(): Promise<void> {
  const server = await startPreviewServer(PORT);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const results = [];
    for (const moving of MOVING) results.push(await measure(page, moving));
    const at20k = results.find((r) => r.movingObjects === 20_000);
    const output = {
      benchmark: 'map',
      fixture: 'synthetic trips (tests only, not a simulation run)',
      renderer: (await page.evaluate(() => {
        const gl = document.createElement('canvas').getContext('webgl2');
        return gl ? String(gl.getParameter(gl.RENDERER)) : 'no WebGL2';
      })) as string,
      viewport: '1400x900',
      measured: `at least ${MEASURE_MS / 1000} s and ${MIN_FRAMES} frames per count (at most ${MAX_MEASURE_MS / 1000} s)`,
      jsPerFrameTargetMs: JS_TARGET_MS,
      meetsJsTargetAt20000: at20k ? at20k.jsPerFrameMs < JS_TARGET_MS : null,
      notes:
        'jsPerFrameMs: R3F before-frame to after-frame effects (every useFrame plus three.js render call). ' +
        'pageScriptPerFrameMs: all main-thread JavaScript (CDP ScriptDuration) over the frames drawn, including React and the rest of the app.',
      results,
    };
    console.log(JSON.stringify(output, null, 2));
  } finally {
    await browser.close();
    server.stop();
  }
}

await main();

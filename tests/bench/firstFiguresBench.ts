// Benchmark of how soon the workbench answers (issue 17, "faster answers"): from launch to the
// first key figures on screen, with an empty result store (first launch) and with the store the
// first launch filled (the usual launch: the same scenario, seed and engine), and the wall time
// of a 10-replication run of the baseline. Uses the built web app (npm run build:web, or WEB_DIR)
// in Chromium with the end-to-end tests' flags. Prints JSON.
// Run: npx tsx tests/bench/firstFiguresBench.ts
//
// The target: first key figures within 3 s of launch. "Launch" is the navigation's start
// (performance.timeOrigin); "figures" is the trains-a-year card showing a number.
import { chromium, type Page } from '@playwright/test';
import { availableParallelism, loadavg } from 'node:os';
import { CHROMIUM_ARGS, findChromium } from '../helpers/browser.ts';
import { startPreviewServer } from './previewServer.ts';

const PORT = Number(process.env['FIRST_FIGURES_BENCH_PORT'] ?? 4185);
const WEB_DIR = process.env['WEB_DIR'] ?? 'out/web';
const TARGET_MS = 3_000;
const RUN_TIMEOUT_MS = 600_000;
const REPLICATIONS = 10;

/** Milliseconds from the navigation's start until the first KPI card shows a number. */
async function launchToFirstFigures(page: Page, navigate: () => Promise<unknown>): Promise<number> {
  await navigate();
  await page.waitForFunction(
    () => /\d/.test(document.querySelector('[data-testid="kpi-value-trainsPerYear"]')?.textContent ?? ''),
    undefined,
    { timeout: RUN_TIMEOUT_MS, polling: 20 },
  );
  return page.evaluate(() => performance.now());
}

/** Waits until the Cancel button is enabled (a run going on) or disabled (none). */
async function cancelEnabled(page: Page, enabled: boolean): Promise<void> {
  await page.waitForFunction(
    (wanted) =>
      [...document.querySelectorAll('button')].some(
        (button) => button.textContent === 'Cancel' && button.disabled !== wanted,
      ),
    enabled,
    { timeout: RUN_TIMEOUT_MS },
  );
}

async function runIdle(page: Page): Promise<void> {
  await cancelEnabled(page, false);
}

/** Wall time of a run of `replications` from the Run click to its result (Cancel disabled again). */
async function runTime(page: Page, replications: number): Promise<number> {
  await page.getByRole('spinbutton', { name: 'Replications' }).fill(String(replications));
  const started = Date.now();
  await page.getByRole('button', { name: 'Run simulation' }).click();
  await cancelEnabled(page, true);
  await runIdle(page);
  return Date.now() - started;
}

async function main(): Promise<void> {
  const server = await startPreviewServer(PORT, WEB_DIR);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const url = server.url;
    const coldMs = await launchToFirstFigures(page, () => page.goto(url));
    await runIdle(page);
    // The run history and the cache are written a moment after the run.
    await page.waitForTimeout(1500);
    const warmMs = await launchToFirstFigures(page, () => page.reload());
    const cacheHit = await page
      .getByTestId('notice')
      .innerText({ timeout: 5_000 })
      .then((text) => text.includes('result store'))
      .catch(() => false);
    await runIdle(page);
    const tenMs = await runTime(page, REPLICATIONS);
    const round = (ms: number) => Math.round(ms);
    console.log(
      JSON.stringify(
        {
          bench: 'firstFigures',
          scenario: 'baseline-2025 (the launch scenario), 1 replication at launch',
          targetMs: TARGET_MS,
          coldLaunchToFirstFiguresMs: round(coldMs),
          warmLaunchToFirstFiguresMs: round(warmMs),
          warmLaunchFromResultStore: cacheHit,
          warmTargetMet: warmMs <= TARGET_MS,
          coldTargetMet: coldMs <= TARGET_MS,
          replications: REPLICATIONS,
          tenReplicationRunMs: round(tenMs),
          cores: availableParallelism(),
          // Figures scale with what else the machine runs: a load far above the cores stretches
          // every figure alike, so compare runs made under similar load.
          loadAverage1m: Math.round(loadavg()[0]! * 10) / 10,
        },
        null,
        2,
      ),
    );
    await context.close();
  } finally {
    await browser.close();
    server.stop();
  }
}

await main();

// Benchmark of how soon the workbench answers (issue 17, "faster answers"): from launch to the
// first key figures on screen, in three launches of the baseline:
// - cold: a first launch (empty browser storage); the figures are the run shipped with the app
//   build (computed by the build with this engine, build/shipLaunchRun.ts);
// - cold, live: the same with the shipped file withheld (as for an engine build it does not
//   match), so the launch runs the scenario in the worker;
// - warm, from the result store: a reload after that live launch, the shipped file still withheld:
//   the result store (IndexedDB) of the first launch answers.
// Each is measured LAUNCHES times (default 3), in a fresh browser context; the best and every
// figure are printed. Then a 10-replication run of the baseline: its wall time and the time to its
// first progressive figure (a provisional running mean). Uses the built web app (npm run
// build:web, or WEB_DIR) in Chromium with the end-to-end tests' flags. Prints JSON, with the
// machine-speed probe (sim-core/bench/machineSpeed.ts) before and after.
// Run: npx tsx tests/bench/firstFiguresBench.ts
//
// The target: first key figures within 3 s of launch. "Launch" is the navigation's start
// (performance.timeOrigin); "figures" is the trains-a-year card showing a number (final:
// kpi-value-*, provisional: kpi-provisional-value-*).
import { chromium, type Browser, type Page } from '@playwright/test';
import { availableParallelism, loadavg } from 'node:os';
import { machineSpeedProbeMs } from '../../sim-core/bench/machineSpeed.ts';
import { CHROMIUM_ARGS, findChromium } from '../helpers/browser.ts';
import { startPreviewServer } from './previewServer.ts';

const PORT = Number(process.env['FIRST_FIGURES_BENCH_PORT'] ?? 4185);
const WEB_DIR = process.env['WEB_DIR'] ?? 'out/web';
const TARGET_MS = 3_000;
const RUN_TIMEOUT_MS = 600_000;
const REPLICATIONS = 10;
const LAUNCHES = Number(process.env['LAUNCHES'] ?? 3);
const SHIPPED_RUN = '**/launch-run.scoda-runs.json.gz';

const FINAL = '[data-testid="kpi-value-trainsPerYear"]';
const PROVISIONAL = '[data-testid="kpi-provisional-value-trainsPerYear"]';

interface FigureWatch {
  /** performance.now() when a figure of either kind first showed a digit. */
  first: Promise<number>;
  /** performance.now() when the final figure first showed a digit. */
  final: Promise<number>;
}

/**
 * Installs, before any page script of every navigation, watchers for the first figure (provisional
 * or final) and the final one, so each is timed as it appears, not when a poll notices it.
 */
async function watchFigures(page: Page): Promise<void> {
  // A string, not a function: tsx would wrap the inner functions in a helper the page lacks.
  await page.addInitScript(`{
    const shownAt = (selectors) =>
      new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          const shown = selectors.some((css) => /\\d/.test(document.querySelector(css)?.textContent ?? ''));
          if (!shown) return;
          resolve(performance.now());
          observer.disconnect();
        });
        observer.observe(document, { subtree: true, childList: true, characterData: true });
      });
    window.__figures = {
      first: shownAt(${JSON.stringify([FINAL, PROVISIONAL])}),
      final: shownAt(${JSON.stringify([FINAL])}),
    };
  }`);
}

/** Milliseconds from the navigation's start until the first key figure and the final one. */
async function launchToFigures(
  page: Page,
  navigate: () => Promise<unknown>,
): Promise<{ firstMs: number; finalMs: number; stagesMs: Record<string, number> }> {
  await navigate();
  const [firstMs, finalMs] = await Promise.all([
    page.evaluate(() => (window as unknown as { __figures: FigureWatch }).__figures.first),
    page.evaluate(() => (window as unknown as { __figures: FigureWatch }).__figures.final),
  ]);
  // Where the time went: the page's load events and the runner's stages (performance marks).
  const stagesMs = await page.evaluate(() => {
    const stages: Record<string, number> = {};
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    if (navigation) {
      stages['domContentLoaded'] = Math.round(navigation.domContentLoadedEventEnd);
      stages['load'] = Math.round(navigation.loadEventEnd);
    }
    for (const mark of performance.getEntriesByType('mark'))
      if (mark.name.startsWith('scoda:') && !(mark.name in stages))
        stages[mark.name] = Math.round(mark.startTime);
    return stages;
  });
  return { firstMs, finalMs, stagesMs };
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

/**
 * A run of `replications` from the Run click: wall time to its result (Cancel disabled again),
 * time to its first provisional figure, and the provisional states the cards went through.
 */
async function runTime(
  page: Page,
  replications: number,
): Promise<{ totalMs: number; firstProgressiveMs: number | undefined; provisionalSteps: string[] }> {
  await page.getByLabel('Replications').fill(String(replications));
  // Notes each provisional state ("n of N") the cards show, timed from the click.
  await page.evaluate((css) => {
    const seen: { atMs: number; text: string }[] = [];
    const started = performance.now();
    const observer = new MutationObserver(() => {
      const card = document.querySelector(css)?.closest('article');
      const note = card?.querySelector('.kpi-provisional-note')?.textContent;
      if (note && seen.at(-1)?.text !== note) seen.push({ atMs: performance.now() - started, text: note });
    });
    observer.observe(document, { subtree: true, childList: true, characterData: true });
    (window as unknown as { __provisional: typeof seen }).__provisional = seen;
  }, PROVISIONAL);
  const started = Date.now();
  await page.getByRole('button', { name: 'Run simulation' }).click();
  await cancelEnabled(page, true);
  await runIdle(page);
  const totalMs = Date.now() - started;
  const seen = await page.evaluate(
    () => (window as unknown as { __provisional: { atMs: number; text: string }[] }).__provisional,
  );
  return {
    totalMs,
    firstProgressiveMs: seen[0]?.atMs,
    provisionalSteps: seen.map((step) => `${Math.round(step.atMs)} ms: ${step.text}`),
  };
}

interface Launch {
  firstMs: number;
  finalMs: number;
  stagesMs: Record<string, number>;
  /** What the cards say of where the figures came from ('' for a run made now). */
  origin: string;
}

async function originOf(page: Page): Promise<string> {
  const note = page.getByTestId('kpi-cached');
  return (await note.count()) > 0 ? ((await note.getAttribute('data-origin')) ?? '') : '';
}

/** One round: a cold launch, a cold launch with the shipped file withheld, and its warm reload. */
async function launchRound(
  browser: Browser,
  url: string,
): Promise<{ cold: Launch; live: Launch; warm: Launch }> {
  const shippedContext = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await shippedContext.newPage();
  await watchFigures(page);
  const coldFigures = await launchToFigures(page, () => page.goto(url));
  const cold = { ...coldFigures, origin: await originOf(page) };
  await shippedContext.close();

  const liveContext = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await liveContext.route(SHIPPED_RUN, (route) => route.fulfill({ status: 404, body: '' }));
  const livePage = await liveContext.newPage();
  await watchFigures(livePage);
  const liveFigures = await launchToFigures(livePage, () => livePage.goto(url));
  const live = { ...liveFigures, origin: await originOf(livePage) };
  await runIdle(livePage);
  // The run history and the cache are written a moment after the run.
  await livePage.waitForTimeout(1500);
  const warmFigures = await launchToFigures(livePage, () => livePage.reload());
  const warm = { ...warmFigures, origin: await originOf(livePage) };
  await liveContext.close();
  return { cold, live, warm };
}

async function main(): Promise<void> {
  const probeBeforeMs = machineSpeedProbeMs();
  const loadBefore = loadavg()[0] ?? 0;
  const server = await startPreviewServer(PORT, WEB_DIR);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const rounds: { cold: Launch; live: Launch; warm: Launch }[] = [];
    for (let i = 0; i < LAUNCHES; i++) rounds.push(await launchRound(browser, server.url));
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto(server.url);
    await runIdle(page);
    const ten = await runTime(page, REPLICATIONS);
    const round = (ms: number | undefined) => (ms === undefined ? null : Math.round(ms));
    const best = (kind: 'cold' | 'live' | 'warm') =>
      rounds.map((r) => r[kind]).reduce((a, b) => (b.finalMs < a.finalMs ? b : a));
    const summary = (kind: 'cold' | 'live' | 'warm') => ({
      bestMs: round(best(kind).finalMs),
      allMs: rounds.map((r) => round(r[kind].finalMs)),
      origins: [...new Set(rounds.map((r) => r[kind].origin || 'run now'))],
      targetMet: best(kind).finalMs <= TARGET_MS,
      bestStagesMs: best(kind).stagesMs,
    });
    console.log(
      JSON.stringify(
        {
          bench: 'firstFigures',
          scenario: 'baseline-2025 (the launch scenario), 1 replication at launch',
          targetMs: TARGET_MS,
          launches: LAUNCHES,
          // A first launch: the figures of the run shipped with the build (origin "build").
          coldLaunchToFirstFigures: summary('cold'),
          // A first launch that runs live (the shipped file withheld). One replication: its first
          // figure is final.
          coldLiveLaunchToFirstFigures: summary('live'),
          // The reload after it: from the result store (origin "store").
          warmLaunchToFirstFigures: summary('warm'),
          replications: REPLICATIONS,
          tenReplicationRunMs: round(ten.totalMs),
          tenReplicationRunToFirstProgressiveFigureMs: round(ten.firstProgressiveMs),
          tenReplicationProvisionalSteps: ten.provisionalSteps,
          cores: availableParallelism(),
          // Figures scale with what else the machine runs: a load far above the cores stretches
          // every figure alike, so compare runs made under similar load and probe times.
          loadAverage1m: {
            before: Math.round(loadBefore * 10) / 10,
            after: Math.round(loadavg()[0]! * 10) / 10,
          },
          machineSpeedProbeMs: { before: probeBeforeMs, after: machineSpeedProbeMs(), fullSpeedAbout: 70 },
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

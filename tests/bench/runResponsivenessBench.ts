// Benchmark of the workbench's responsiveness while a simulation runs in its worker: the longest
// main-thread task and the gaps between animation frames from the Run click until the result is
// on screen, and the hitch when the result arrives (the map, KPIs and charts taking it in). Uses
// the built web app (npm run build:web, or WEB_DIR) in Chromium with the end-to-end tests' flags,
// the baseline scenario at one replication, and the map idle (not playing). Prints JSON.
// Run: npx tsx tests/bench/runResponsivenessBench.ts [runs]   (default 3 runs)
//
// The target (issue 6): no frame over 50 ms during a run. Long tasks come from the page's own
// PerformanceObserver('longtask'), frame gaps from a requestAnimationFrame loop in the page.
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../helpers/browser.ts';
import { startPreviewServer } from './previewServer.ts';

const PORT = Number(process.env['RUN_BENCH_PORT'] ?? 4193);
const WEB_DIR = process.env['WEB_DIR'] ?? 'out/web';
const RUNS = Math.max(1, Number(process.argv[2] ?? 3) || 3);
const TARGET_MS = 50;
/** How long after the result the page is watched for the arrival's tasks (layers, charts). */
const ARRIVAL_WINDOW_MS = 3_000;
const RUN_TIMEOUT_MS = 120_000;

interface Probe {
  clickAt: number;
  resultAt: number;
  longTasks: { start: number; duration: number }[];
  frames: number[];
}

/**
 * Installs the long-task observer, the frame loop and the result marker (Cancel disabled again).
 * Plain JavaScript in a string: tsx would wrap named functions in a helper the page lacks.
 */
const INSTALL_PROBE = `(() => {
  const probe = { clickAt: NaN, resultAt: NaN, longTasks: [], frames: [] };
  window.runProbe = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask' });
  const frame = (now) => {
    probe.frames.push(now);
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  const cancel = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Cancel');
  if (!cancel) throw new Error('no Cancel button on the page');
  new MutationObserver(() => {
    if (cancel.disabled && !Number.isNaN(probe.clickAt) && Number.isNaN(probe.resultAt))
      probe.resultAt = performance.now();
  }).observe(cancel, { attributes: true, attributeFilter: ['disabled'] });
  document.addEventListener('click', (event) => {
    if (event.target.textContent === 'Run simulation') probe.clickAt = performance.now();
  }, true);
})()`;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}

async function waitForIdleRunButton(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Cancel' }).waitFor({ state: 'attached', timeout: RUN_TIMEOUT_MS });
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('button')].find((b) => b.textContent === 'Cancel')?.disabled === true &&
      document.querySelector('[data-testid="kpi-value-trainsPerYear"]')?.textContent?.match(/\d/) !== null,
    undefined,
    { timeout: RUN_TIMEOUT_MS },
  );
}

async function measureRun(page: Page) {
  await page.reload();
  await waitForIdleRunButton(page);
  // Let the start-up run's result settle (layers built, charts drawn) before measuring.
  await page.waitForTimeout(2_000);
  await page.evaluate(INSTALL_PROBE);
  await page.getByRole('button', { name: 'Run simulation' }).click();
  await page.waitForFunction(
    () => !Number.isNaN((window as unknown as { runProbe: Probe }).runProbe.resultAt),
    undefined,
    { timeout: RUN_TIMEOUT_MS, polling: 250 },
  );
  await page.waitForTimeout(ARRIVAL_WINDOW_MS);
  const probe = await page.evaluate(() => (window as unknown as { runProbe: Probe }).runProbe);
  const { clickAt, resultAt } = probe;
  // A task that ends after the result marker contains (or follows) the result's arrival.
  const runTasks = probe.longTasks.filter((t) => t.start >= clickAt - 1 && t.start + t.duration < resultAt);
  const arrivalTasks = probe.longTasks.filter(
    (t) => t.start + t.duration >= resultAt && t.start < resultAt + ARRIVAL_WINDOW_MS,
  );
  const gaps = (from: number, to: number): number[] => {
    const out: number[] = [];
    for (let i = 1; i < probe.frames.length; i++) {
      const at = probe.frames[i]!;
      if (at > from && at <= to) out.push(at - probe.frames[i - 1]!);
    }
    return out.sort((a, b) => a - b);
  };
  const runGaps = gaps(clickAt, resultAt);
  const arrivalGaps = gaps(resultAt, resultAt + ARRIVAL_WINDOW_MS);
  return {
    runSeconds: round((resultAt - clickAt) / 1000),
    run: {
      longTasks: runTasks.length,
      longTasksOverTarget: runTasks.filter((t) => t.duration > TARGET_MS).length,
      maxLongTaskMs: round(Math.max(0, ...runTasks.map((t) => t.duration))),
      frames: runGaps.length,
      frameGapP50Ms: round(percentile(runGaps, 50)),
      frameGapP95Ms: round(percentile(runGaps, 95)),
      frameGapMaxMs: round(runGaps.at(-1) ?? 0),
      frameGapsOverTarget: runGaps.filter((g) => g > TARGET_MS).length,
    },
    arrival: {
      longTasksMs: arrivalTasks.map((t) => round(t.duration)),
      maxLongTaskMs: round(Math.max(0, ...arrivalTasks.map((t) => t.duration))),
      frameGapMaxMs: round(arrivalGaps.at(-1) ?? 0),
    },
  };
}

async function main(): Promise<void> {
  const server = await startPreviewServer(PORT, WEB_DIR);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(server.url);
    const runs: Awaited<ReturnType<typeof measureRun>>[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await measureRun(page));
    const worst = (pick: (r: (typeof runs)[number]) => number) => Math.max(...runs.map(pick));
    console.log(
      JSON.stringify(
        {
          benchmark: 'run-responsiveness',
          scenario: 'baseline (start-up scenario), 1 replication, map idle',
          viewport: '1400x900',
          cores: (await page.evaluate(() => navigator.hardwareConcurrency)) as number,
          targetMs: TARGET_MS,
          worst: {
            runMaxLongTaskMs: worst((r) => r.run.maxLongTaskMs),
            runFrameGapP95Ms: worst((r) => r.run.frameGapP95Ms),
            runFrameGapMaxMs: worst((r) => r.run.frameGapMaxMs),
            arrivalMaxLongTaskMs: worst((r) => r.arrival.maxLongTaskMs),
            arrivalFrameGapMaxMs: worst((r) => r.arrival.frameGapMaxMs),
          },
          notes:
            'run: from the Run click until the result marker (Cancel disabled again). arrival: long tasks ' +
            `that end after that marker, within ${ARRIVAL_WINDOW_MS / 1000} s. Frame gaps: requestAnimationFrame deltas.`,
          runs,
        },
        null,
        2,
      ),
    );
  } finally {
    await browser.close();
    server.stop();
  }
}

await main();

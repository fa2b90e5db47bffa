// Refreshes the README's screenshots (assets/screenshots/*.png) from the built web app (out/web):
// the workbench in English and Chinese, and the presentation story in Russian. Run after
// `npm run build:web`:  E2E_PORT=4187 npx tsx tests/helpers/readmeScreenshots.ts
import { chromium, type Page } from '@playwright/test';
import { startPreviewServer } from '../bench/previewServer.ts';
import { CHROMIUM_ARGS, findChromium } from './browser.ts';

const port = Number(process.env['E2E_PORT'] ?? 4179);
const base = `http://127.0.0.1:${port}/`;
const VIEWPORT = { width: 1600, height: 1000 };

async function open(page: Page, language: 'en' | 'zh' | 'ru'): Promise<void> {
  await page.addInitScript(
    (lang) =>
      localStorage.setItem('scoda-settings', JSON.stringify({ state: { language: lang }, version: 0 })),
    language,
  );
  await page.goto(`${base}?testHooks=1`);
  await page.getByTestId('kpi-value-trainsPerYear').filter({ hasText: /\d/ }).waitFor({ timeout: 120_000 });
  // The map starts after the first figures (its test hooks come with it).
  await page.waitForFunction(
    () =>
      (window as unknown as { __scoda?: { map?: { origin(): string } } }).__scoda?.map?.origin() === 'run',
    undefined,
    { timeout: 120_000 },
  );
  await page.evaluate(() => document.fonts.ready);
}

/**
 * Waits until every font face the page's text needs has loaded: the bundled CJK font comes in
 * unicode-range chunks fetched as text using them appears, so text shown after the first
 * fonts.ready (the run's labels, the legend) can still be empty boxes on a busy machine.
 */
async function settleFonts(page: Page): Promise<void> {
  for (let round = 0; round < 20; round++) {
    const loaded = await page.evaluate(async () => {
      await document.fonts.ready;
      return document.fonts.status === 'loaded';
    });
    if (loaded) {
      await page.waitForTimeout(500);
      if (await page.evaluate(() => document.fonts.status === 'loaded')) return;
    }
    await page.waitForTimeout(500);
  }
}

/** The map's playback hour (window.__scoda.map with ?testHooks=1). */
function mapHours(page: Page): Promise<number> {
  return page.evaluate(() =>
    (window as unknown as { __scoda: { map: { hours(): number } } }).__scoda.map.hours(),
  );
}

/**
 * Puts the map on `hours`, paused, and waits until it stays there: the scene can take the run
 * again after the first figures (the map starts later than they do), which put the timeline
 * back to the first week under the Chinese shot once.
 */
async function holdWeek(page: Page, hours: number): Promise<void> {
  for (let attempt = 0; attempt < 10; attempt++) {
    await page.evaluate((h) => {
      const map = (
        window as unknown as {
          __scoda: { map: { pause(): void; setHours(h: number): void; invalidate(n: number): void } };
        }
      ).__scoda.map;
      map.pause();
      map.setHours(h);
      map.invalidate(3);
    }, hours);
    await page.waitForTimeout(1500);
    if (Math.abs((await mapHours(page)) - hours) < 1) return;
  }
  throw new Error(`the map did not stay at hour ${hours} (it shows ${await mapHours(page)})`);
}

async function workbench(page: Page, language: 'en' | 'zh'): Promise<void> {
  await open(page, language);
  // A busy week, paused, so ships and trains are on the move in the picture: the same week in
  // every language.
  const week = 24 * 7 * 20 + 30;
  await holdWeek(page, week);
  await page.waitForTimeout(1500);
  await settleFonts(page);
  await holdWeek(page, week);
  await page.screenshot({ path: `assets/screenshots/workbench-${language}.png` });
}

async function story(page: Page): Promise<void> {
  await open(page, 'ru');
  await page.keyboard.press('p');
  await page.getByRole('button', { name: 'Показать историю роста коридоров' }).click();
  await page.getByTestId('story-caption').waitFor({ timeout: 180_000 });
  // Into the story, where the corridors have grown; then the start of the next year and the
  // camera's flight to its corridor (2.5 s), so the shot is a settled view, not mid-flight.
  await page.waitForTimeout(28_000);
  const year = page.getByTestId('story-caption').locator('strong');
  const shown = await year.textContent();
  await page.waitForFunction(
    (before) => document.querySelector('[data-testid="story-caption"] strong')?.textContent !== before,
    shown,
    { timeout: 20_000 },
  );
  await page.waitForTimeout(4_000);
  await settleFonts(page);
  await page.screenshot({ path: 'assets/screenshots/presentation-ru.png' });
}

// The same preview server the benchmarks use (out/web on 127.0.0.1:port, stopped whole after).
const server = await startPreviewServer(port);
try {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  for (const shot of [(p: Page) => workbench(p, 'en'), (p: Page) => workbench(p, 'zh'), story]) {
    const page = await browser.newPage({ viewport: VIEWPORT });
    await shot(page);
    await page.close();
  }
  await browser.close();
} finally {
  server.stop();
}

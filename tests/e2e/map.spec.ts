// The corridor map in the web build, on the app's startup run (the built-in baseline). Read-only
// test hooks (?testHooks=1) report what the map draws; pixels come from real screenshots.
// One page for the file (serial): opening the app and drawing its first frames under software
// WebGL is most of a case's time, and no case needs a fresh page; each starts paused, with the
// pointer off the map. (Save image, the same button, is mediaExport.spec.ts's: a 3840 × 2160 PNG.)
import { expect, test, type Page } from '@playwright/test';
import type { MapTestHooks } from '../../renderer/src/scene/mapTestHooks.ts';
import { drawFrames } from '../helpers/mapFrames.ts';
import { inkShareOf, pngColours } from '../helpers/pngPixels.ts';

declare global {
  interface Window {
    __scoda?: { map?: MapTestHooks };
  }
}

let page: Page;

async function openMap(): Promise<void> {
  await page.goto('/?testHooks=1');
  await page.waitForFunction(() => window.__scoda?.map?.origin() === 'run', undefined, { timeout: 90_000 });
  await page.evaluate(() => window.__scoda!.map!.pause());
}

/** Share of pixels in a screenshot that differ from the map's background colour (#04070d). */
async function inkShare(page: Page, png: Buffer): Promise<number> {
  return inkShareOf(await pngColours(page, png));
}

async function qingdaoOnScreen(page: Page): Promise<{ x: number; y: number }> {
  await expect
    .poll(() => page.evaluate(() => window.__scoda!.map!.nodeScreenPosition('qingdao-port')))
    .toBeTruthy();
  return (await page.evaluate(() => window.__scoda!.map!.nodeScreenPosition('qingdao-port')))!;
}

/** An hour a day into a reported week at which trains are on the move (as drawn, after a frame). */
async function busyHour(page: Page): Promise<number> {
  for (let week = 8; week < 40; week += 2) {
    const hours = 168 * week + 24;
    await page.evaluate((h) => window.__scoda!.map!.setHours(h), hours);
    await drawFrames(page);
    const trains = await page.evaluate(() => window.__scoda!.map!.visibleVehicles()['train'] ?? 0);
    if (trains > 3) return hours;
  }
  throw new Error('no week with trains on the move');
}

test.describe('corridor map', () => {
  test.setTimeout(180_000);
  // One retry in CI, listed as flaky in the report: a frame wait here once stalled past 30 s in 4
  // full runs on the 2-core machine. drawFrames now asks again at every poll and waits 60 s (5 of 5
  // passed at load 20), but what stalled it was not caught.
  test.describe.configure({ mode: 'serial', retries: process.env['CI'] ? 1 : 0 });

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(180_000);
    page = await browser.newPage();
    await openMap();
  });

  test.afterAll(async () => {
    await page.close();
  });

  test.beforeEach(async () => {
    await page.mouse.move(0, 0);
    await page.evaluate(() => window.__scoda!.map!.pause());
  });

  test('draws the globe and the routes around Qingdao', async () => {
    await expect(page.getByRole('application', { name: 'Corridor map' })).toBeVisible();
    const q = await qingdaoOnScreen(page);
    await drawFrames(page);
    const png = await page.screenshot({ clip: { x: q.x - 60, y: q.y - 60, width: 120, height: 120 } });
    expect(await inkShare(page, png)).toBeGreaterThan(0.5);
  });

  test('moves vehicles between two playback times without re-running', async () => {
    const hours = await busyHour(page);
    await drawFrames(page);
    const region = page.getByRole('application', { name: 'Corridor map' });
    const before = await region.screenshot();
    const trainsBefore = await page.evaluate(() => window.__scoda!.map!.vehiclePositions('train', 20));
    await page.evaluate((h) => window.__scoda!.map!.setHours(h + 6), hours);
    await drawFrames(page);
    const after = await region.screenshot();
    const trainsAfter = await page.evaluate(() => window.__scoda!.map!.vehiclePositions('train', 20));
    expect(trainsAfter).not.toEqual(trainsBefore);
    expect(after.equals(before)).toBe(false);
  });

  test('shows a node’s throughput, dwell and utilisation on hover', async () => {
    const q = await qingdaoOnScreen(page);
    await page.mouse.move(q.x, q.y);
    const tooltip = page.getByRole('tooltip');
    await expect(tooltip).toBeVisible();
    await expect(tooltip.locator('[data-node-id="qingdao-port"]')).toBeVisible();
    await expect(tooltip).toContainText('Throughput this week');
    await expect(tooltip).toContainText('Customs');
    await expect(tooltip).toContainText('Utilisation');
  });

  test('hides the trains when the rail layer is turned off', async () => {
    await busyHour(page);
    const rail = page.getByRole('button', { name: 'Rail', exact: true });
    await expect(rail).toHaveAttribute('aria-pressed', 'true');
    await rail.click();
    await expect(rail).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(() => page.evaluate(() => window.__scoda!.map!.visibleVehicles()['train'])).toBe(0);
    await page.getByRole('button', { name: 'Rail', exact: true }).click();
    await expect
      .poll(() => page.evaluate(() => window.__scoda!.map!.visibleVehicles()['train']))
      .toBeGreaterThan(0);
  });

  test('plays, pauses, steps and switches to the flat map', async () => {
    const start = await page.evaluate(() => window.__scoda!.map!.hours());
    await page.getByRole('button', { name: 'Step forward a day', exact: true }).click();
    await expect.poll(() => page.evaluate(() => window.__scoda!.map!.hours())).toBe(start + 24);
    await page.getByRole('button', { name: 'Step forward a week', exact: true }).click();
    await expect.poll(() => page.evaluate(() => window.__scoda!.map!.hours())).toBe(start + 24 * 8);
    await page.getByRole('button', { name: 'Step back a day', exact: true }).click();
    await expect.poll(() => page.evaluate(() => window.__scoda!.map!.hours())).toBe(start + 24 * 7);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect
      .poll(() => page.evaluate(() => window.__scoda!.map!.hours()))
      .toBeGreaterThan(start + 24 * 8);
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Flat map', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Globe', exact: true })).toBeVisible();
  });
});

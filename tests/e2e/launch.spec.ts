// The first launch (issue 17, first key figures within 3 s): the baseline's run shipped with the
// build is shown at once, says where it came from, and is what a new run gives; a shipped run of
// another engine build is never shown. The map starts after the figures. Each test opens its own
// browser context (empty storage: a first launch). How soon is the bench's to measure
// (tests/bench/firstFiguresBench.ts), not a timed assertion here.
import { expect, test, type Page } from '@playwright/test';
import { gunzipSync, gzipSync } from 'node:zlib';

const RUN_TIMEOUT = 120_000;
const SHIPPED_RUN = '**/launch-run.scoda-runs.json.gz';
const KPIS = ['trainsPerYear', 'scoTradeGrowth', 'meanSeaRailTransitDays', 'co2PerTeuTonnes'];

async function kpiTexts(page: Page): Promise<Record<string, string>> {
  const texts: Record<string, string> = {};
  for (const id of KPIS) {
    const value = page.getByTestId(`kpi-value-${id}`);
    if ((await value.count()) > 0) texts[id] = (await value.innerText()).trim();
  }
  return texts;
}

test('a first launch shows the run shipped with the build, and a new run gives the same figures', async ({
  browser,
}) => {
  test.setTimeout(3 * RUN_TIMEOUT);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/');
  const origin = page.getByTestId('kpi-cached');
  await expect(origin).toHaveAttribute('data-origin', 'build', { timeout: RUN_TIMEOUT });
  await expect(origin).toContainText(/^Computed when this app was built \(\d{1,2} \w{3} 20\d\d, \d\d:\d\d\)/);
  await expect(page.getByTestId('notice')).toContainText('Shown as shipped with the app');
  await expect(page.getByTestId('kpi-value-trainsPerYear')).toHaveText(/\d/);
  const shipped = await kpiTexts(page);
  expect(Object.keys(shipped)).toEqual(KPIS);
  // The map comes after the figures, with its canvas.
  await expect(page.locator('.map-canvas canvas')).toBeVisible({ timeout: RUN_TIMEOUT });
  await expect(page.getByTestId('map-waiting')).toHaveCount(0);

  // The same scenario run now, in the browser's worker: the same figures, no longer marked.
  await page.getByLabel('Replications').fill('1');
  await page.getByRole('button', { name: 'Run simulation' }).click();
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeDisabled({ timeout: RUN_TIMEOUT });
  await expect(origin).toHaveCount(0);
  expect(await kpiTexts(page)).toEqual(shipped);
  await context.close();
});

test('a shipped run stamped with another engine build is not shown: the launch runs live', async ({
  browser,
}) => {
  test.setTimeout(2 * RUN_TIMEOUT);
  const context = await browser.newContext();
  let served = false;
  await context.route(SHIPPED_RUN, async (route) => {
    const response = await route.fetch();
    // The preview server may send the file with Content-Encoding: gzip (then it arrives unpacked).
    const body = await response.body();
    const text = (body[0] === 0x1f && body[1] === 0x8b ? gunzipSync(body) : body).toString('utf8');
    // Both keys name the engine build after the "+": another build's file, otherwise identical.
    const stale = text.replace(/("(?:shippedKey|inputKey)":"[^"+]*\+)[^"|]*\|/g, '$1another-build|');
    expect(stale).not.toBe(text);
    served = true;
    await route.fulfill({
      status: 200,
      contentType: 'application/gzip',
      body: gzipSync(stale),
    });
  });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByTestId('kpi-value-trainsPerYear')).toHaveText(/\d/, { timeout: RUN_TIMEOUT });
  expect(served).toBe(true);
  await expect(page.getByTestId('kpi-cached')).toHaveCount(0);
  await expect(page.getByText('shipped with the app')).toHaveCount(0);
  await context.close();
});

// Presentation mode's corridor-growth story in the web build: it runs the 2018–2030 scenario, then
// steps the map a year at a time with a caption per year, and Esc leaves it. The story's own pace
// (a year every 5 s, growthStory.ts) sets the length of this file: two steps are watched, not all
// thirteen.
import { expect, test, type Page } from '@playwright/test';

const RUN_TIMEOUT = 90_000;
/** STORY_STEP_MS in renderer/src/features/presentation/growthStory.ts, plus slack for a busy machine. */
const STEP_TIMEOUT = 5_000 + 3_000;
const HOURS_PER_DAY = 24;

test.setTimeout(150_000);

/** The playback clock, sim hours (read-only test hook, ?testHooks=1). */
function playbackHours(page: Page): Promise<number> {
  return page.evaluate(() =>
    (window as unknown as { __scoda: { map: { hours(): number } } }).__scoda.map.hours(),
  );
}

test('the corridor-growth story steps the map a year at a time with captions, and Esc leaves it', async ({
  page,
}) => {
  await page.goto('/?testHooks=1');
  await expect(page.getByTestId('kpi-value-trainsPerYear')).toHaveText(/\d/, { timeout: RUN_TIMEOUT });
  await page.getByRole('button', { name: 'Presentation mode' }).click();
  const captions = page.getByRole('region', { name: 'Captions' });
  await expect(captions).toBeVisible();
  await expect(page.getByRole('button', { name: 'Run simulation' })).toHaveCount(0);

  await captions.getByRole('button', { name: 'Play the corridor-growth story' }).click();
  await expect(captions).toContainText('Preparing the 2018–2030 corridor-growth run');
  const caption = page.getByTestId('story-caption');
  const year = caption.locator('strong');
  await expect(year).toHaveText('2018', { timeout: RUN_TIMEOUT });
  await expect(caption).toContainText('SCO Express trains at the hub');
  await expect(caption).toContainText('Qingdao hosts the SCO summit');
  await expect(captions.getByRole('button', { name: 'Stop the story' })).toBeVisible();
  const hours2018 = await playbackHours(page);

  await expect(year).toHaveText('2019', { timeout: STEP_TIMEOUT });
  const hours2019 = await playbackHours(page);
  // The map moves to the start of the next year: 52 or 53 weekly steps later.
  expect(hours2019 - hours2018).toBeGreaterThanOrEqual(364 * HOURS_PER_DAY - 7 * HOURS_PER_DAY);
  expect(hours2019 - hours2018).toBeLessThanOrEqual(366 * HOURS_PER_DAY + 7 * HOURS_PER_DAY);
  await expect(year).toHaveText('2020', { timeout: STEP_TIMEOUT });

  await page.keyboard.press('Escape');
  await expect(captions).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Run simulation' })).toBeVisible();
  // Leaving stops the story: the map stays at the year it was showing.
  const left = await playbackHours(page);
  await page.waitForTimeout(STEP_TIMEOUT);
  expect(await playbackHours(page)).toBe(left);
});

// Presentation mode's corridor-growth story in the web build: it runs the 2018–2030 scenario, then
// plays each year's weeks (the clock and the vehicles move, the screen changes second to second)
// with the camera on one corridor per year, a caption from the run on screen beside the legend
// (never over it), large labels on the nodes the story passes, and Esc leaves it.
import { expect, test, type Page } from '@playwright/test';
import { STORY_YEAR_SECONDS } from '../../renderer/src/features/presentation/storyPlan.ts';

const RUN_TIMEOUT = 90_000;
/** A story year plus slack for a busy machine. */
const YEAR_TIMEOUT = (STORY_YEAR_SECONDS + 6) * 1000;

test.setTimeout(180_000);

function playbackHours(page: Page): Promise<number> {
  return page.evaluate(() =>
    (window as unknown as { __scoda: { map: { hours(): number } } }).__scoda.map.hours(),
  );
}

function overlaps(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

test('the corridor-growth story plays the weeks with moving vehicles, beside the legend, and Esc leaves it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/?testHooks=1');
  await expect(page.getByTestId('kpi-value-trainsPerYear')).toHaveText(/\d/, { timeout: RUN_TIMEOUT });
  await page.getByRole('button', { name: 'Presentation mode' }).click();
  const captions = page.getByRole('region', { name: 'Captions' });
  await expect(captions).toBeVisible();

  await captions.getByRole('button', { name: 'Play the corridor-growth story' }).click();
  const caption = page.getByTestId('story-caption');
  const year = caption.locator('strong');
  await expect(year).toHaveText('2018', { timeout: RUN_TIMEOUT });
  // The figures are the run's own, with the plural the number needs.
  await expect(caption).toContainText(/\d[\d,]* SCO Express trains? at the hub/);
  await expect(caption).toContainText('On the map:');

  // One second apart, the clock has moved through the weeks and the picture has changed.
  const map = page.locator('.map-region');
  const hoursBefore = await playbackHours(page);
  const before = await map.screenshot();
  await page.waitForTimeout(1000);
  const after = await map.screenshot();
  const hoursAfter = await playbackHours(page);
  expect(hoursAfter - hoursBefore).toBeGreaterThan(24 * 7);
  expect(before.equals(after)).toBe(false);

  // The caption box and the legend never overlap.
  const captionBox = (await captions.boundingBox())!;
  const legendBox = (await page.getByRole('region', { name: 'Legend' }).boundingBox())!;
  expect(overlaps(captionBox, legendBox)).toBe(false);

  // Every label shown is whole on screen (Qingdao Port's long name ran off the right edge).
  const labels = await page.evaluate(() => {
    const layer = document.querySelector('.map-labels')!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('.map-label')]
      .filter((label) => label.style.display !== 'none')
      .map((label) => {
        const box = label.getBoundingClientRect();
        return {
          name: label.textContent,
          inside:
            box.left >= layer.left - 1 &&
            box.right <= layer.right + 1 &&
            box.top >= layer.top - 1 &&
            box.bottom <= layer.bottom + 1,
        };
      });
  });
  expect(labels.length).toBeGreaterThan(3);
  expect(labels.filter((label) => !label.inside)).toEqual([]);

  const shots = process.env['SCODA_SHOTS'];
  if (shots) await page.screenshot({ path: `${shots}/presentation-1920.png` });
  // The story moves on to the next year by itself (story time is wall time: a slow frame skips).
  await expect(year).not.toHaveText('2018', { timeout: YEAR_TIMEOUT });
  await expect(captions.getByRole('button', { name: 'Stop the story' })).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(captions).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Run simulation' })).toBeVisible();
  // Leaving stops the story: the clock stays where it was.
  const left = await playbackHours(page);
  await page.waitForTimeout(1500);
  expect(await playbackHours(page)).toBe(left);
});

// The keyboard in the web build: Space and Enter press the focused control (not the map's
// playback), arrows move within a tab list (not the timeline), focus comes back after the
// shortcuts dialog, and the map can be reached with Tab and driven by keys. One page for the file
// (serial): opening the app is most of a case's time, and each case sets the focus it starts from.
import { expect, test, type Page } from '@playwright/test';
import type { MapTestHooks } from '../../renderer/src/scene/mapTestHooks.ts';
import { drawFrames } from '../helpers/mapFrames.ts';

declare global {
  interface Window {
    __scoda?: { map?: MapTestHooks };
  }
}

// Opening the app waits up to 90 s for its startup run, and a map frame can take seconds under
// software WebGL on a busy machine: the config's 60 s per test is too little for that (the pan
// case took 46-54 s at load 20), as map.spec.ts found before.
test.describe.configure({ timeout: 180_000 });

test.describe.configure({ mode: 'serial' });

let page: Page;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(180_000);
  page = await browser.newPage();
  await page.goto('/?testHooks=1');
  await page.waitForFunction(() => window.__scoda?.map?.origin() === 'run', undefined, { timeout: 90_000 });
});

test.afterAll(async () => {
  await page.close();
});

test.beforeEach(async () => {
  await page.evaluate(() => window.__scoda!.map!.pause());
});

const hours = () => page.evaluate(() => window.__scoda!.map!.hours());

test('Space presses a focused button and arrows move between tabs, leaving playback alone', async () => {
  const before = await hours();
  const libraryTab = page.getByRole('tab', { name: 'Library' });
  await libraryTab.focus();
  await page.keyboard.press('Space');
  await expect(libraryTab).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowRight');
  const next = page.getByRole('tab', { selected: true }).first();
  await expect(next).toBeFocused();
  await expect(libraryTab).toHaveAttribute('aria-selected', 'false');
  await page.waitForTimeout(500);
  expect(await hours()).toBe(before);
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
});

test('focus returns to where it was after the shortcuts dialog', async () => {
  const flat = page.getByRole('button', { name: 'Flat map' });
  await flat.focus();
  await page.keyboard.press('Shift+?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(flat).toBeFocused();
});

test('the map is reached with Tab and moved with the keys', async () => {
  const map = page.getByRole('application', { name: 'Corridor map' });
  await page.getByRole('button', { name: 'Flat map' }).focus();
  // Shift+Tab from the toolbar's first button lands on the map region before it.
  await page.keyboard.press('Shift+Tab');
  await expect(map).toBeFocused();
  // The map projects its nodes once its first frame is drawn: measure from there, not before it.
  // Until then the hook answers undefined (not null: `not.toBeNull()` let a slow first frame
  // through, and with no position before the pan the case could only time out).
  const qingdao = () => page.evaluate(() => window.__scoda!.map!.nodeScreenPosition('qingdao-port'));
  await expect
    .poll(
      async () => {
        await drawFrames(page, 1);
        return qingdao();
      },
      { timeout: 60_000 },
    )
    .toBeTruthy();
  const before = (await qingdao())!;
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('+');
  // Frames until the pan shows (each can take seconds under software WebGL on a busy machine).
  await expect
    .poll(
      async () => {
        await drawFrames(page, 1);
        const after = await qingdao();
        return after ? Math.hypot(after.x - before.x, after.y - before.y) : 0;
      },
      { timeout: 60_000 },
    )
    .toBeGreaterThan(20);
  // N picks a node: its panel opens.
  await page.keyboard.press('n');
  await expect(page.getByRole('complementary', { name: 'Throughput this week' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('complementary', { name: 'Throughput this week' })).toHaveCount(0);
});

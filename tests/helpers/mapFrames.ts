// Waiting for the map's frames in end-to-end tests. The map renders on demand (R3F frameloop
// "demand"): a frame is drawn only when something asks for one, and under software WebGL on a
// busy 2-core machine one frame can take seconds (up to 2.5 s measured at load 20).
import type { Page } from '@playwright/test';
import type { MapTestHooks } from '../../renderer/src/scene/mapTestHooks.ts';

declare global {
  interface Window {
    __scoda?: { map?: MapTestHooks };
  }
}

/**
 * Draws `n` more frames and waits until they are drawn. The frame counter advances only on frames
 * that were asked for, so a wait that asks once depends on that one ask being taken; this one asks
 * again at every poll until the count is reached (an extra ask costs nothing while a frame is
 * pending: R3F coalesces them). On a timeout it says how far the count got.
 */
export async function drawFrames(page: Page, n = 2, timeoutMs = 60_000): Promise<void> {
  const start = await page.evaluate((frames) => {
    const map = window.__scoda!.map!;
    const drawn = map.frameStats().frames;
    map.invalidate(frames);
    return drawn;
  }, n);
  try {
    await page.waitForFunction(
      (target) => {
        const map = window.__scoda!.map!;
        if (map.frameStats().frames >= target) return true;
        map.invalidate(1);
        return false;
      },
      start + n,
      { timeout: timeoutMs, polling: 250 },
    );
  } catch (error) {
    const stats = await page.evaluate(() => window.__scoda!.map!.frameStats()).catch(() => undefined);
    throw new Error(
      `drawFrames: asked for ${n} frames after frame ${start}; the map is at ${JSON.stringify(stats)}`,
      { cause: error },
    );
  }
}

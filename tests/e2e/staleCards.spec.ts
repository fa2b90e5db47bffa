// Stale key figures in the web build: when a run starts for another scenario than the one on show,
// the key-figure cards never show the previous run's final figures again, not even for a frame,
// before the new run's own figures (placeholders, then provisional, then final). The cards are
// recorded in the page at every frame and every DOM change, so a flash a user could see is caught.
import { expect, test } from '@playwright/test';

const RUN_TIMEOUT = 120_000;
test.setTimeout(3 * RUN_TIMEOUT);

interface Frame {
  /** 'final:<text>', 'provisional:<text>', 'pending' or 'none'. */
  cards: string;
  /** Recorded after the Run button was clicked. */
  afterRun: boolean;
}

test('starting a run of another scenario clears the previous final figures at once', async ({ page }) => {
  await page.goto('/');
  const final = page.getByTestId('kpi-value-trainsPerYear');
  await expect(final).toHaveText(/\d/, { timeout: RUN_TIMEOUT });
  const before = (await final.textContent())!;

  await page.getByRole('tab', { name: 'Library' }).click();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: /^Load Baseline 2022/ }).click();
  // Loading alone marks the old figures stale (they stay, dimmed, under a banner).
  await expect(page.getByTestId('stale-results')).toBeVisible();
  await page.getByLabel('Replications').fill('2');

  // Record the cards in every frame from just before the click on Run.
  await page.evaluate(() => {
    const log: Frame[] = [];
    const w = window as unknown as { __cardFrames: Frame[]; __afterRun: boolean };
    w.__cardFrames = log;
    w.__afterRun = false;
    const text = (selector: string): string | undefined =>
      document.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
    const look = (): void => {
      const finalText = text('[data-testid="kpi-value-trainsPerYear"]');
      const provisional = text('[data-testid="kpi-provisional-value-trainsPerYear"]');
      const cards =
        finalText !== undefined
          ? `final:${finalText}`
          : provisional !== undefined
            ? `provisional:${provisional}`
            : document.querySelector('[data-testid="kpi-pending-trainsPerYear"]')
              ? 'pending'
              : 'none';
      const last = log[log.length - 1];
      if (!last || last.cards !== cards || last.afterRun !== w.__afterRun)
        log.push({ cards, afterRun: w.__afterRun });
    };
    const everyFrame = (): void => {
      look();
      requestAnimationFrame(everyFrame);
    };
    requestAnimationFrame(everyFrame);
    // And every change of the page, so a state shorter than a frame is seen too.
    new MutationObserver(look).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
    });
    // Marked in the click's own task, before any frame the click could change.
    document.addEventListener(
      'click',
      (event) => {
        if ((event.target as HTMLElement).closest('button')?.textContent?.includes('Run simulation'))
          w.__afterRun = true;
      },
      { capture: true },
    );
  });
  await page.getByRole('button', { name: 'Run simulation' }).click();
  await expect(final).toHaveText(/\d/, { timeout: RUN_TIMEOUT });
  await expect(page.getByTestId('stale-results')).toHaveCount(0);
  const after = (await final.textContent())!;
  expect(after).not.toBe(before);

  const frames = await page.evaluate(() => (window as unknown as { __cardFrames: Frame[] }).__cardFrames);
  const afterRun = frames.filter((frame) => frame.afterRun).map((frame) => frame.cards);
  // From the click on, the old final figure is never painted; the run's own states come in order.
  expect(afterRun).not.toContain(`final:${before.replace(/\s+/g, ' ').trim()}`);
  expect(afterRun[0]).toBe('pending');
  expect(afterRun[afterRun.length - 1]).toBe(`final:${after.replace(/\s+/g, ' ').trim()}`);
  expect(afterRun.some((cards) => cards.startsWith('provisional:'))).toBe(true);
});

// Chinese text renders with the bundled Noto Sans SC on a machine without CJK fonts (issue 17):
// the fonts Chromium actually drew each text with (DevTools' platform fonts of the node) must be
// the bundled ones, not a system fallback that shows empty boxes; and the charts' canvas text is
// drawn in the page's family, which names the bundled fonts. Self-contained: its own context.
import { expect, test, type CDPSession, type Page } from '@playwright/test';

const RUN_TIMEOUT = 120_000;

interface PlatformFont {
  familyName: string;
  isCustomFont: boolean;
  glyphCount: number;
}

/** The fonts the text of the first element matching `selector` was drawn with. */
async function fontsOf(cdp: CDPSession, selector: string): Promise<PlatformFont[]> {
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  expect(nodeId, `${selector} is on the page`).toBeGreaterThan(0);
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  return fonts as PlatformFont[];
}

async function openInChinese(page: Page): Promise<void> {
  await page.addInitScript(() =>
    localStorage.setItem('scoda-settings', JSON.stringify({ state: { language: 'zh' }, version: 0 })),
  );
  await page.goto('/');
  await expect(page.getByTestId('kpi-value-trainsPerYear')).toHaveText(/\d/, { timeout: RUN_TIMEOUT });
  await page.evaluate(() => document.fonts.ready);
}

test('Chinese titles, bold headings, body text and chart axes use the bundled fonts', async ({ browser }) => {
  test.setTimeout(2 * RUN_TIMEOUT);
  const context = await browser.newContext();
  const page = await context.newPage();
  await openInChinese(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const title = (await page.locator('.title-bar h1').innerText()).trim();
  expect(title).toMatch(/[\u4e00-\u9fff]/);
  // The bold weight of the bundled CJK font is there for the title's characters.
  expect(await page.evaluate((text) => document.fonts.check('bold 16px "Noto Sans SC"', text), title)).toBe(
    true,
  );
  // The bold title (painted first, before any font piece loaded), a KPI card's label and a button.
  for (const selector of ['.title-bar h1', '.kpi-cards article', '.toolbar button']) {
    await expect
      .poll(
        async () => {
          const fonts = await fontsOf(cdp, selector);
          // Every glyph drawn with a bundled (web) font: none left to a system fallback.
          return fonts.filter((font) => !font.isCustomFont).map((font) => font.familyName);
        },
        { message: `${selector}: glyphs drawn with a system font`, timeout: 20_000 },
      )
      .toEqual([]);
  }
  const titleFonts = await fontsOf(cdp, '.title-bar h1');
  // The variable font names itself after its first instance ("Noto Sans SC Thin").
  expect(titleFonts.some((font) => font.familyName.startsWith('Noto Sans SC'))).toBe(true);

  // uPlot draws its axes on a canvas in the font it is given: the page's family, with Noto Sans SC.
  const chartFont = await page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.uplot canvas');
    return canvas?.getContext('2d')?.font ?? '';
  });
  expect(chartFont).toContain('Noto Sans SC');
  await context.close();
});

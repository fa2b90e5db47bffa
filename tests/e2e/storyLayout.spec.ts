// The presentation story's screen layout, measured: in English, Chinese and Russian, at 1280×800
// and 1920×1080, the caption strip never covers a node label or the legend, the legend and the
// map's buttons cover no label, and the places of the corridor on show keep their labels readable
// above the caption (the camera frames the corridor in the part of the map the caption leaves
// free). Sampled all through a year, the camera's flight to the next corridor included.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

test.setTimeout(240_000);

type Language = 'en' | 'zh' | 'ru';
const LANGUAGES: Language[] = ['en', 'zh', 'ru'];

/** The story's buttons in each language, from the app's own translations. */
function storyText(language: Language): { presentation: string; play: string } {
  const url = new URL(`../../renderer/src/i18n/locales/${language}/workbench.json`, import.meta.url);
  const json = JSON.parse(readFileSync(url, 'utf8')) as {
    title: { presentation: string };
    story: { play: string };
  };
  return { presentation: json.title.presentation, play: json.story.play };
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Sample {
  caption: Box;
  legend: Box | undefined;
  toolbar: Box | undefined;
  labels: (Box & { id: string; name: string })[];
  /** Node ids of the corridor the story shows now (empty before the story plays). */
  corridor: string[];
}

/** One look at the screen: the caption, the legend and every label shown. */
function sample(page: Page): Promise<Sample> {
  return page.evaluate(() => {
    const box = (element: Element): Box => {
      const r = element.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const legend = document.querySelector('.map-legend');
    const toolbar = document.querySelector('.map-toolbar');
    const hooks = (window as unknown as { __scoda: { storyCorridor?: () => string[] } }).__scoda;
    return {
      caption: box(document.querySelector('.caption-strip')!),
      legend: legend ? box(legend) : undefined,
      toolbar: toolbar ? box(toolbar) : undefined,
      labels: [...document.querySelectorAll<HTMLElement>('.map-label')]
        .filter((label) => label.style.display !== 'none')
        .map((label) => ({
          ...box(label),
          id: label.dataset['nodeId'] ?? '',
          name: label.textContent ?? '',
        })),
      corridor: hooks.storyCorridor?.() ?? [],
    };
  });
}

/** The overlap of two boxes, px² (touching edges do not count). */
function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0.5 && h > 0.5 ? w * h : 0;
}

/** What covers what in one sample, as readable lines (empty when nothing does). */
function collisions(s: Sample): string[] {
  const found: string[] = [];
  if (s.legend && overlapArea(s.caption, s.legend) > 0) found.push('caption over legend');
  for (const label of s.labels) {
    if (overlapArea(s.caption, label) > 0) found.push(`caption over label ${label.name}`);
    if (s.legend && overlapArea(s.legend, label) > 0) found.push(`legend over label ${label.name}`);
    if (s.toolbar && overlapArea(s.toolbar, label) > 0) found.push(`map buttons over label ${label.name}`);
  }
  return found;
}

// One page for the three languages: the 2018–2030 story runs once (a minute of the gate), and the
// next language's reload finds its run in the page's result store, as a presenter's would.
test.describe.configure({ mode: 'serial' });
let page: Page;
test.beforeAll(async ({ browser }) => {
  page = await browser.newPage();
});
test.afterAll(async () => {
  await page.close();
});

for (const language of LANGUAGES) {
  test(`story in ${language}: caption, legend and node labels never cover one another (1280×800, 1920×1080)`, async () => {
    const text = storyText(language);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/?testHooks=1');
    await page.evaluate(
      (lang) =>
        localStorage.setItem('scoda-settings', JSON.stringify({ state: { language: lang }, version: 0 })),
      language,
    );
    await page.reload();
    await expect(page.getByTestId('kpi-value-trainsPerYear')).toHaveText(/\d/, { timeout: 90_000 });
    await page.getByRole('button', { name: text.presentation, exact: true }).click();
    const captions = page.locator('.caption-strip');
    await captions.getByRole('button', { name: text.play }).click();
    await expect(page.getByTestId('story-caption')).toBeVisible({ timeout: 120_000 });
    await page.evaluate(() => document.fonts.ready);

    const problems = new Set<string>();
    /** Samples for `ms`; returns the corridor labels seen whole above the caption, by node id. */
    const watch = async (
      ms: number,
      viewport: string,
    ): Promise<{ corridor: string[]; readable: Set<string> }> => {
      const readable = new Set<string>();
      let corridor: string[] = [];
      const end = Date.now() + ms;
      while (Date.now() < end) {
        const s = await sample(page);
        for (const line of collisions(s)) problems.add(`${viewport}: ${line}`);
        corridor = s.corridor;
        for (const label of s.labels)
          if (label.y + label.height <= s.caption.y && s.corridor.includes(label.id)) readable.add(label.id);
        await page.waitForTimeout(150);
      }
      return { corridor, readable };
    };

    // A year and a half at 1280×800: one whole flight and a settled view.
    const small = await watch(10_000, '1280×800');
    await page.setViewportSize({ width: 1920, height: 1080 });
    const large = await watch(10_000, '1920×1080');
    expect([...problems]).toEqual([]);
    // The corridor on show has labels to read at both sizes (its places are not all hidden).
    for (const seen of [small, large]) {
      expect(seen.corridor.length).toBeGreaterThan(0);
      expect(seen.readable.size).toBeGreaterThanOrEqual(Math.min(2, seen.corridor.length));
    }
  });
}

// Images and video for slides in the web build: Save image gives a 3840 × 2160 PNG with the
// legend drawn in the mode colours, and a video of a timeline span has exactly the frames and the
// duration of the span at the playback speed (read back with mediabunny's demuxer). One page for the
// file (serial): opening the app and drawing its map under software WebGL is a good part of a case's
// time, and no case needs a fresh page; each closes the video dialog it opened.
import { readFile, writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { ALL_FORMATS, BufferSource, EncodedPacketSink, Input } from 'mediabunny';
import { MODE_COLORS } from '../../renderer/src/scene/mapColors.ts';
import { pngColours } from '../helpers/pngPixels.ts';

const RUN_TIMEOUT = 90_000;
test.setTimeout(240_000);
test.describe.configure({ mode: 'serial' });

let page: Page;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(RUN_TIMEOUT + 30_000);
  page = await browser.newPage();
  await page.goto('/?testHooks=1');
  await expect(page.getByTestId('kpi-value-trainsPerYear')).toHaveText(/\d/, { timeout: RUN_TIMEOUT });
});

test.afterAll(async () => {
  await page.close();
});

/** Closes the video dialog a case opened, so the next one opens it afresh. */
async function closeVideoDialog(): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Export video' });
  if (await dialog.isVisible()) await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

test.afterEach(closeVideoDialog);

test('Save image gives a 3840 × 2160 PNG with the legend in the mode colours', async () => {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save image' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('scoda-map.png');
  const png = await readFile((await file.path())!);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(png.length).toBeGreaterThan(10_000);
  if (process.env['SCODA_KEEP_IMAGE']) await writeFile(process.env['SCODA_KEEP_IMAGE'], png);
  // The legend sits in the lower-right corner; each swatch is a solid block of its mode's colour.
  const corner = await pngColours(page, png, { left: 0.75, top: 0.6, right: 1, bottom: 1 });
  expect({ width: corner.width, height: corner.height }).toEqual({ width: 3840, height: 2160 });
  for (const colour of Object.values(MODE_COLORS))
    expect(corner.counts[colour.toLowerCase()] ?? 0, colour).toBeGreaterThan(400);
});

/**
 * Records one week at a week a second (30 frames, 1 s) in `container` at 1280 × 720 and reads the
 * file back with mediabunny's demuxer: size, frame count and duration match the span.
 */
async function recordOneWeek(container: 'webm' | 'mp4') {
  const speed = page.getByRole('combobox', { name: 'Playback speed' });
  await speed.selectOption({ label: '1 week/s' });
  await page.getByRole('button', { name: 'Export video' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Export video' });
  const from = dialog.getByRole('textbox', { name: 'From', exact: true });
  const start = await from.inputValue();
  // A week after the start, typed in the same (en-GB) order: DD/MM/YYYY.
  const [d, m, y] = start.split('/').map(Number);
  const end = new Date(Date.UTC(y!, m! - 1, d! + 7));
  const pad = (n: number) => String(n).padStart(2, '0');
  await dialog
    .getByRole('textbox', { name: 'To', exact: true })
    .fill(`${pad(end.getUTCDate())}/${pad(end.getUTCMonth() + 1)}/${end.getUTCFullYear()}`);
  await dialog.getByLabel('Size').selectOption({ label: '1280 × 720' });
  const format = dialog.getByLabel('Format');
  // The option names the codec the file will carry, once the encoders have been asked.
  const option = format.locator(`option[value="${container}"]`);
  await expect(option).toHaveText(/ · (H\.264|VP9|AV1|VP8)$/, { timeout: 10_000 });
  const codecShown = (await option.innerText()).split(' · ')[1]!;
  await format.selectOption(container);
  const download = page.waitForEvent('download', { timeout: 180_000 });
  await dialog.getByRole('button', { name: 'Record video' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`scoda-video.${container}`);
  await expect(dialog.getByTestId('video-outcome')).toContainText('30 frames');
  await expect(dialog.getByTestId('video-outcome')).toContainText(codecShown);

  const input = new Input({
    source: new BufferSource(await readFile((await file.path())!)),
    formats: ALL_FORMATS,
  });
  expect(await input.getMimeType()).toContain(container === 'webm' ? 'video/webm' : 'video/mp4');
  const track = (await input.getPrimaryVideoTrack())!;
  expect(track.displayWidth).toBe(1280);
  expect(track.displayHeight).toBe(720);
  let packets = 0;
  for await (const packet of new EncodedPacketSink(track).packets()) if (packet.duration > 0) packets++;
  expect(packets).toBe(30);
  expect(await track.computeDuration()).toBeCloseTo(1, 2);
  return { codec: track.codec, codecShown };
}

const CODEC_NAMES: Record<string, string> = { avc: 'H.264', vp9: 'VP9', av1: 'AV1', vp8: 'VP8' };

test('a video of one week at a week a second has 30 frames and lasts 1 s', async () => {
  const { codec, codecShown } = await recordOneWeek('webm');
  expect(['vp9', 'vp8']).toContain(codec);
  expect(CODEC_NAMES[codec!]).toBe(codecShown);
});

test('an MP4 of the same week carries the codec the dialog named, 30 frames, 1 s', async () => {
  // MP4 carries H.264, VP9 or AV1: whichever this browser encodes (VP9 or AV1 in Debian's Chromium).
  const { codec, codecShown } = await recordOneWeek('mp4');
  console.log(`MP4 recorded with ${codecShown}`);
  expect(['avc', 'vp9', 'av1']).toContain(codec);
  expect(CODEC_NAMES[codec!]).toBe(codecShown);
});

test('a recording can be cancelled and saves nothing', async () => {
  await page.getByRole('button', { name: 'Export video' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Export video' });
  await dialog.getByLabel('Record').selectOption({ label: 'The corridor-growth story, year by year' });
  let downloaded = false;
  const noteDownload = () => (downloaded = true);
  page.on('download', noteDownload);
  await dialog.getByRole('button', { name: 'Record video' }).click();
  await expect(dialog.getByRole('progressbar', { name: 'Recording progress' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog.getByTestId('video-outcome')).toHaveText('Video export cancelled; nothing was saved.');
  expect(downloaded).toBe(false);
  page.off('download', noteDownload);
});

// The planner's network editor in the web build: a new sailing from a date, a new node placed on
// the map and made a train stop, and the .xlsx round trip (a good and a bad workbook). One page
// for the file (serial): later steps build on earlier runs.
import { expect, test, type Page } from '@playwright/test';
import type { MapTestHooks } from '../../renderer/src/scene/mapTestHooks.ts';
import ExcelJS from 'exceljs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

test.describe.configure({ mode: 'serial', timeout: 240_000 });

let page: Page;
const RUN_TIMEOUT = 120_000;

async function waitForRunToFinish(): Promise<void> {
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeDisabled({ timeout: RUN_TIMEOUT });
}

async function run(): Promise<void> {
  await expect(page.getByRole('button', { name: 'Run simulation' })).toBeEnabled({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Run simulation' }).click();
  await expect(page.getByTestId('run-progress')).toBeVisible();
  await waitForRunToFinish();
}

/** TEU (or vehicles) of a table row whose name contains `name`, as a number. */
async function tableNumber(name: RegExp, column: 'teu' | 'vehicles'): Promise<number> {
  await page.getByRole('tab', { name: 'Nodes and links' }).click();
  const row = page.getByTestId('node-link-table').locator('tbody tr').filter({ hasText: name }).first();
  const header = await page.getByTestId('node-link-table').locator('thead th').allInnerTexts();
  const index = header.findIndex((text) => (column === 'teu' ? /TEU/ : /Vehicles/i).test(text));
  const text = await row.locator('td').nth(index).innerText();
  return Number(text.replace(/[^\d.]/g, ''));
}

/** The map's drawn difference for one lane while comparing (test hooks). */
async function laneDifference(id: string): Promise<{ a: number; b: number; drawn: number } | undefined> {
  return page.evaluate(
    (link) => (window as unknown as { __scoda: { map: MapTestHooks } }).__scoda.map.linkDifference(link),
    id,
  );
}

async function addStop(id: string): Promise<void> {
  await page.locator('#stop-search').fill(id);
  await page.locator(`button[data-node="${id}"]`).click();
}

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage({ acceptDownloads: true });
  await page.goto('/?testHooks=1');
  await expect(page.getByTestId('kpi-value-trainsPerYear')).toHaveText(/\d/, { timeout: RUN_TIMEOUT });
  await waitForRunToFinish();
});

test.afterAll(async () => {
  await page.close();
});

test('a weekly Qingdao–Karachi sailing added from a date carries TEU on its new lane once run', async () => {
  await page.getByRole('tab', { name: 'Network' }).click();
  await page.locator('#service-name').fill('Qingdao–Karachi weekly');
  await addStop('qingdao-port');
  await addStop('karachi');
  await page.locator('#service-frequency').fill('1');
  await page.locator('#service-rate').fill('700');
  await page.locator('#service-corridor').selectOption('south-asia-sea');
  await page.locator('#service-from').fill('2025-02-01');
  await page.getByTestId('service-add').click();
  await expect(page.getByTestId('service-form').getByRole('status')).toContainText(
    'Added qingdao-karachi-weekly',
  );
  // UPDATE_SCREENSHOTS=1 refreshes the README's picture: the new sailing dashed on the map, not yet run.
  if (process.env['UPDATE_SCREENSHOTS']) await page.screenshot({ path: 'assets/screenshots/add-route.png' });
  await run();
  expect(await tableNumber(/Qingdao Port.*– Karachi/, 'teu')).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await page.getByRole('combobox', { name: 'Run A (reference)' }).selectOption({ index: 1 });
  await page.getByRole('combobox', { name: 'Run B' }).selectOption({ index: 2 });
  const deltas = page.getByTestId('compare-deltas');
  await expect(deltas).toBeVisible();
  // The comparison lists run B (with the new sailing) against the start-up baseline. The deltas are
  // KPI-level (CO2 per TEU moves by less than the 0.01 t shown); the lane's TEU is in the table above.
  await expect(deltas.getByTestId('delta-co2PerTeuTonnes').locator('td').nth(1)).toHaveText(/\d/);
  // The map, in difference colours, draws the new lane (only run B has it) with B − A above zero:
  // A carried nothing there, B the new sailing's TEU. An existing lane the sailing does not use
  // is drawn too, for contrast: its difference is far smaller than the new lane's.
  await expect(page.getByTestId('map-difference-scale')).toBeVisible();
  await expect
    .poll(async () => (await laneDifference('sea-qingdao-port-karachi'))?.drawn ?? 0)
    .toBeGreaterThan(0);
  const lane = (await laneDifference('sea-qingdao-port-karachi'))!;
  expect(lane.a).toBe(0);
  expect(lane.drawn).toBeCloseTo(lane.b, 6);
  const other = (await laneDifference('sea-qingdao-port-busan'))!;
  expect(Math.abs(other.drawn)).toBeLessThan(lane.drawn);
  await page.getByRole('button', { name: 'End comparison' }).click();
});

test("a service's speed is edited after it was made: its sea days follow, a wrong speed is named beside the field, Undo restores", async () => {
  await page.getByRole('tab', { name: 'Network' }).click();
  await page.getByText(/^Services \(\d+\)$/).click();
  await page.getByPlaceholder('Filter by id').fill('qingdao-karachi');
  const row = page.locator('fieldset[data-service="qingdao-karachi-weekly"]');
  const speed = row.getByLabel('Speed incl. stops (km/h)');
  const days = row.getByLabel('Sea days (all legs)');
  const speedBefore = Number(await speed.inputValue());
  const daysBefore = Number(await days.inputValue());
  expect(speedBefore).toBeGreaterThan(0);
  await speed.fill(String(Math.round(speedBefore * 2)));
  await speed.blur();
  // Twice the speed: half the days on the way (to the display's rounding).
  await expect.poll(async () => Number(await days.inputValue())).toBeCloseTo(daysBefore / 2, 0);
  await speed.fill('fast');
  await expect(row.getByRole('alert')).toContainText('expected a number above 0');
  await expect(speed).toHaveAttribute('aria-invalid', 'true');
  await speed.blur();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => Number(await days.inputValue())).toBeCloseTo(daysBefore, 0);
  await page.getByPlaceholder('Filter by id').fill('');
});

test('a node added by clicking the map becomes a stop of a new train service', async () => {
  await page.getByRole('tab', { name: 'Network' }).click();
  await page.getByText('Add nodes and links').click();
  await page.getByTestId('node-pick-on-map').check();
  const map = page.locator('.map-region');
  const box = (await map.boundingBox())!;
  const spot = { x: box.width * 0.42, y: box.height * 0.45 };
  await map.click({ position: spot });
  await expect(page.locator('#node-lon')).not.toHaveValue('');
  await page.locator('#node-name').fill('Overseas warehouse test');
  await page.locator('#node-kind').selectOption('overseas-warehouse');
  await page.getByTestId('node-add').click();
  await expect(page.getByTestId('node-form').getByRole('status')).toContainText(
    'Added overseas-warehouse-test',
  );

  await page.locator('#service-mode').selectOption('rail');
  await page.locator('#service-name').fill('Jiaozhou–depot train');
  await addStop('jiaozhou-hub');
  await page.getByTestId('stops-pick-on-map').check();
  await map.click({ position: spot });
  await expect(page.getByTestId('service-stops')).toContainText('overseas-warehouse-test');
  await page.getByTestId('stops-pick-on-map').uncheck();
  await page.getByTestId('service-add').click();
  await expect(page.getByTestId('service-form').getByRole('status')).toContainText(
    'Added jiaozhou-depot-train',
  );
  // No rail line of the network reaches the new warehouse: its link is a marked placeholder.
  await expect(page.getByTestId('service-form').getByRole('status')).toContainText('placeholder');
  await expect(page.getByRole('button', { name: 'Run simulation' })).toBeEnabled({ timeout: 30_000 });
});

async function exportWorkbook(): Promise<string> {
  await page.getByRole('tab', { name: 'Network' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export .xlsx' }).click();
  const file = join(await mkdtemp(join(tmpdir(), 'scoda-e2e-')), 'scenario.xlsx');
  await (await download).saveAs(file);
  return file;
}

async function setServiceCell(file: string, service: string, value: ExcelJS.CellValue): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheet = book.getWorksheet('Services')!;
  const column = (sheet.getRow(1).values as unknown[]).findIndex((v) => String(v).startsWith('departures'));
  sheet.eachRow((row) => {
    if (row.getCell(1).value === service) row.getCell(column).value = value;
  });
  await book.xlsx.writeFile(file);
}

async function importWorkbook(file: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('workbook-import').click();
  await (await chooser).setFiles(file);
}

test('an .xlsx round trip with a changed frequency changes the run', async () => {
  const vehiclesBefore = await tableNumber(/Qingdao Port.*– Busan/, 'vehicles');
  const file = await exportWorkbook();
  await setServiceCell(file, 'sea-busan', 14);
  await importWorkbook(file);
  await expect(page.getByTestId('workbook-status')).toContainText('Workbook imported');
  await run();
  // Twice the sailings a week: about twice the vessels on the Busan lane.
  expect(await tableNumber(/Qingdao Port.*– Busan/, 'vehicles')).toBeGreaterThan(1.6 * vehiclesBefore);
});

test('an import with a bad cell names sheet, row and column and changes nothing', async () => {
  const file = await exportWorkbook();
  await setServiceCell(file, 'sea-busan', 'fortnightly');
  await importWorkbook(file);
  const issues = page.getByTestId('workbook-issues');
  await expect(issues).toContainText(/Services!I\d+/);
  await expect(issues).toContainText('expected a number, got "fortnightly"');
  await page.getByText(/^Services \(\d+\)$/).click();
  await expect(
    page.locator('fieldset[data-service="sea-busan"] input[data-path$="timetable.departuresPerWeek"]'),
  ).toHaveValue('14');
});

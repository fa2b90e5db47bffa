// The planner's and analyst's workbench in the web build, as a user drives it. One page for the
// whole file (serial): the start-up run of the baseline happens once, and later steps build on
// earlier runs (Compare needs two).
import { expect, test, type Download, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

test.describe.configure({ mode: 'serial' });

let page: Page;
const RUN_TIMEOUT = 90_000;

async function waitForRunToFinish(): Promise<void> {
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeDisabled({ timeout: RUN_TIMEOUT });
}

async function kpiText(id: string): Promise<string> {
  return (await page.getByTestId(`kpi-value-${id}`).innerText()).trim();
}

/** The first rail service's "Trains a week" field. */
function trainsAWeek() {
  return page.locator('input[data-path$=".timetable.departuresPerWeek"]').first();
}

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage({ acceptDownloads: true });
  await page.goto('/');
  await expect(page.getByTestId('kpi-value-trainsPerYear')).toHaveText(/\d/, { timeout: RUN_TIMEOUT });
  await waitForRunToFinish();
});

test.afterAll(async () => {
  await page.close();
});

test('starts on the baseline with its KPIs against the SCODA targets', async () => {
  await expect(page).toHaveTitle('Baseline 2025 — SCODA Corridor Simulator');
  await expect(page.getByTestId('kpi-trainsPerYear')).toContainText('target 800');
  await expect(page.getByRole('button', { name: 'Run simulation' })).toBeEnabled();
});

test('a changed number of trains, once run, changes the trains-a-year KPI', async () => {
  const before = await kpiText('trainsPerYear');
  await page.getByRole('tab', { name: 'Editor' }).click();
  const field = trainsAWeek();
  await field.fill('25');
  await expect(page.getByTestId('unsaved-mark')).toBeVisible();
  await expect(page).toHaveTitle('● Baseline 2025 — SCODA Corridor Simulator');
  await page.getByRole('button', { name: 'Run simulation' }).click();
  await expect(page.getByTestId('run-progress')).toBeVisible();
  await waitForRunToFinish();
  await expect.poll(() => kpiText('trainsPerYear')).not.toBe(before);
});

test('a wrong value shows its message beside the field, and Run is refused until it is fixed', async () => {
  const field = trainsAWeek();
  await field.fill('-5');
  // In the field's own unit and words, with what was typed (not the validator's internal text).
  await expect(page.getByText(/Must be at least 0 .+; you typed [−-]5/).first()).toBeVisible();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('button', { name: 'Run simulation' })).toBeDisabled();
  await expect(page.getByTestId('run-refused')).toContainText('Run refused');
  await page.getByRole('tab', { name: 'JSON' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'departuresPerWeek' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('button', { name: 'Run simulation' })).toBeEnabled();
  await page.getByRole('tab', { name: 'Editor' }).click();
  await expect(trainsAWeek()).toHaveValue('25');
});

// The main-thread budget during a run (no task over 50 ms of thread time) is a performance
// figure, so it is measured by tests/bench/runResponsivenessBench.ts, not asserted here.

test('Cancel stops a run at once and keeps the previous result', async () => {
  const before = await kpiText('trainsPerYear');
  await page.getByRole('button', { name: 'Run simulation' }).click();
  await expect(page.getByTestId('run-progress')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: 'Run simulation' })).toBeEnabled({ timeout: 2000 });
  await expect(page.getByTestId('run-progress')).toHaveCount(0);
  expect(await kpiText('trainsPerYear')).toBe(before);
});

test('Export CSV downloads the tidy throughput, KPIs, transit times and the table, each with a BOM', async () => {
  const downloads: Download[] = [];
  page.on('download', (download) => downloads.push(download));
  await page.getByRole('button', { name: 'Export CSV' }).click();
  await expect.poll(() => downloads.length).toBe(4);
  const byName = new Map(downloads.map((download) => [download.suggestedFilename(), download]));
  expect([...byName.keys()].sort()).toEqual([
    'kpis.csv',
    'nodes_links.csv',
    'throughput.csv',
    'transit_times.csv',
  ]);
  const bytes = await readFile((await byName.get('throughput.csv')?.path()) ?? '');
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).split('\r\n').filter(Boolean);
  expect(lines[0]).toBe('period_start,scenario,replication,entity_type,entity_id,mode,metric,unit,value');
  expect(lines.length).toBeGreaterThan(100);
  expect(lines[1]?.split(',')).toHaveLength(9);
  const table = (await readFile((await byName.get('nodes_links.csv')?.path()) ?? '')).toString('utf8');
  expect(
    table.startsWith(
      '\uFEFFtype,id,name,category,teu,vehicles,utilisation,dwell_hours,pass_through_teu,pass_through_vehicles\r\n',
    ),
  ).toBe(true);
  expect(table).toContain('node,qingdao-port');
});

test('Chinese and Russian change the labels and the number format, and nothing else', async () => {
  const trains = await kpiText('trainsPerYear');
  const language = page.getByRole('combobox', { name: 'Language' });
  await language.selectOption('zh');
  await expect(page.getByRole('button', { name: '运行模拟' })).toBeVisible();
  await expect(page.getByRole('tab', { name: '编辑' })).toBeVisible();
  await expect(page.getByTestId('kpi-trainsPerYear')).toContainText('枢纽上合快线班列');
  await page.getByRole('tab', { name: '方案库' }).click();
  await expect(page.getByTestId('scenario-period')).toContainText('2024年12月1日');
  await page.getByRole('combobox', { name: '语言' }).selectOption('ru');
  await expect(page.getByTestId('scenario-period')).toContainText('1 дек. 2024');
  await expect(page.getByRole('button', { name: 'Запустить моделирование' })).toBeVisible();
  // Russian groups thousands with a (narrow) no-break space: 1 226, not 1,226.
  await expect(page.getByTestId('kpi-value-trainsPerYear')).toHaveText(/^\d{1,3}[\u00a0\u202f]\d{3}/);
  await expect(page.getByTestId('run-progress')).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Язык' }).selectOption('en');
  expect(await kpiText('trainsPerYear')).toBe(trains);
});

test('Compare shows each KPI of two runs with the change B − A', async () => {
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  // Pick the start-up baseline as A and the first edited run as B (options: none, then runs in order).
  await page.getByRole('combobox', { name: 'Run A (reference)' }).selectOption({ index: 1 });
  await page.getByRole('combobox', { name: 'Run B' }).selectOption({ index: 2 });
  const deltas = page.getByTestId('compare-deltas');
  await expect(deltas).toBeVisible();
  // Run A is the baseline, run B has 25 trains a week on the first rail service: more trains.
  await expect(deltas.getByTestId('delta-trainsPerYear')).toContainText('+');
  // One replication each: the difference has no interval, and says so by giving none.
  await expect(deltas.getByTestId('delta-trainsPerYear').locator('td[data-verdict]')).toHaveAttribute(
    'data-verdict',
    'noInterval',
  );
  await page.getByRole('button', { name: 'End comparison' }).click();
  await expect(deltas).toHaveCount(0);
});

test('? lists the shortcuts, space plays the timeline, and presentation mode leaves with Esc', async () => {
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Play or pause the timeline');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // Typing a space in a field is typing, not playback.
  await page.getByLabel('Replications').press('Space');
  await page.getByRole('button', { name: 'Presentation mode' }).click();
  await expect(page.getByRole('region', { name: 'Captions' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Run simulation' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'Captions' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Run simulation' })).toBeVisible();
});

test('a disruption is added with its dates and capacity, and removed again', async () => {
  await page.getByRole('tab', { name: 'Editor' }).click();
  const before = await page.locator('fieldset.disruption').count();
  await page.getByRole('button', { name: 'Add disruption' }).click();
  const row = page.locator('fieldset.disruption').last();
  await expect(page.locator('fieldset.disruption')).toHaveCount(before + 1);
  // Not a number: said in plain words (150 % would be valid: a throttle may also raise capacity).
  await row.getByLabel('Capacity left').fill('150 pc');
  await expect(row.getByRole('alert')).toHaveText('Type a number, as in 3.5.');
  await row.getByLabel('Capacity left').fill('40');
  await expect(row.getByRole('alert')).toHaveCount(0);
  await row.getByLabel('From', { exact: true }).fill('2025-03-01');
  await row.getByLabel('To', { exact: true }).fill('2025-02-01');
  await expect(page.getByRole('button', { name: 'Run simulation' })).toBeDisabled();
  await row.getByRole('button', { name: 'Remove disruption' }).click();
  await expect(page.locator('fieldset.disruption')).toHaveCount(before);
  await expect(page.getByRole('button', { name: 'Run simulation' })).toBeEnabled();
});

test('Open scenario reads a file from the picker, and Save scenario downloads it', async () => {
  page.once('dialog', (dialog) => void dialog.accept());
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open scenario' }).click();
  await (await chooser).setFiles('tests/fixtures/cli/tiny.scenario.json');
  await expect(page.getByTestId('scenario-name')).toHaveText('Tiny sea-rail test');
  await expect(page.getByTestId('notice')).toContainText('Opened tiny.scenario.json');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save scenario' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('tiny.scenario.scoda.json');
  const json = JSON.parse((await readFile((await saved.path()) ?? '')).toString('utf8')) as { id: string };
  expect(json.id).toBe('tiny-sea-rail');
});

test('an edit survives a reload, and Discard changes goes back to the built-in', async () => {
  await page.getByRole('tab', { name: 'Editor' }).click();
  const growth = page.locator('input[data-path="corridors[0].growthPerYear"]');
  await growth.fill('12.5');
  await page.reload();
  await expect(page.locator('input[data-path="corridors[0].growthPerYear"]')).toHaveValue('12.5');
  await expect(page.getByTestId('unsaved-mark')).toBeVisible();
  await expect(page.getByTestId('notice')).toContainText('restored');
  await waitForRunToFinish();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByTestId('notice').getByRole('button', { name: 'Discard changes' }).click();
  await expect(page.locator('input[data-path="corridors[0].growthPerYear"]')).toHaveValue('10');
  await expect(page.getByTestId('unsaved-mark')).toHaveCount(0);
});

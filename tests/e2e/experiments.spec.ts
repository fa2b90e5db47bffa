// The Experiments view in the web build (issue 16): an experiment over two parameters of the
// small test scenario is set up, run on the experiment pool, shown as a tornado and a response
// curve with its table, and exported as the command line's tidy CSV.
import { readFileSync } from 'node:fs';
import { expect, test, type Download } from '@playwright/test';

const RUN_TIMEOUT = 120_000;

test('an experiment over two parameters runs, shows a tornado and a response curve, and exports its CSV', async ({
  page,
}) => {
  test.setTimeout(4 * RUN_TIMEOUT);
  await page.goto('/?testHooks=1');
  // The start-up run of the baseline first, so the experiment does not share the cores with it.
  await expect(page.getByTestId('kpi-value-trainsPerYear')).toHaveText(/\d/, { timeout: RUN_TIMEOUT });
  await expect(page.getByRole('button', { name: 'Cancel' }).first()).toBeDisabled({ timeout: RUN_TIMEOUT });
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open scenario' }).click();
  await (await chooser).setFiles('tests/fixtures/cli/tiny.scenario.json');

  await page.getByRole('tab', { name: 'Experiments' }).click();
  const pick = page.getByLabel('Parameter (a field of the editor)');
  for (const path of [
    'services[port-shuttle].timetable.departuresPerWeek',
    'nodes[qingdao-port].processes[gate].servers',
  ]) {
    await pick.selectOption(path);
    await page.getByRole('button', { name: 'Add parameter' }).click();
  }
  const parameters = page.getByTestId('experiment-parameter');
  await expect(parameters).toHaveCount(2);
  // Three levels each (the base in the middle), typed the way a planner would.
  await parameters.nth(0).getByTestId('experiment-values').fill('42; 84; 126');
  await parameters.nth(0).getByTestId('experiment-values').press('Enter');
  await parameters.nth(1).getByTestId('experiment-values').fill('1; 2; 3');
  await parameters.nth(1).getByTestId('experiment-values').press('Enter');
  await page.getByLabel('One at a time (sensitivity)').check();
  await page.getByTestId('experiment-replications').fill('2');
  await page.getByTestId('experiment-replications').press('Enter');
  await page.getByTestId('experiment-duration').fill('63');
  await page.getByTestId('experiment-duration').press('Enter');
  await page.getByLabel('TEU delivered a year').check();
  // Before planning the view counts every listed level (7); the plan skips the levels equal to the
  // base: the base point, then two other levels of each parameter, 5 points.
  await expect(page.getByText('Up to 7 points, 14 runs.')).toBeVisible();

  await page.getByTestId('experiment-run').click();
  await expect(page.getByTestId('experiment-results')).toBeVisible({ timeout: RUN_TIMEOUT });
  await expect(page.getByTestId('experiment-cancel')).toBeDisabled();

  // Tornado: one bar pair per parameter; response curve with its 95 % band.
  await page.getByTestId('experiment-metric').selectOption('teuDelivered');
  const tornado = page.getByTestId('experiment-tornado');
  await expect(tornado).toBeVisible();
  await expect(tornado.getByTestId('tornado-low')).toHaveCount(2);
  await expect(tornado.getByTestId('tornado-high')).toHaveCount(2);
  const response = page.getByTestId('experiment-response');
  await expect(response.getByTestId('response-line')).toHaveCount(1);
  await expect(response.getByTestId('response-band')).toHaveCount(1);
  await expect(page.getByTestId('experiment-table').locator('tbody tr')).toHaveCount(5);

  // Export: the command line's results.csv (and summary.csv), one download each in the browser.
  const downloads: Download[] = [];
  page.on('download', (download) => downloads.push(download));
  await page.getByTestId('experiment-export').click();
  await expect.poll(() => downloads.length).toBe(2);
  const results = downloads.find((d) => d.suggestedFilename() === 'results.csv');
  expect(results).toBeDefined();
  const text = readFileSync((await results?.path()) as string, 'utf8');
  const lines = text.split('\r\n');
  expect(lines[0]).toBe(
    '\uFEFFpoint,port-shuttle-departures-per-week,qingdao-port-gate-servers,replication,metric,year,value',
  );
  // 5 points x 2 replications x 3 KPIs x 1 year (63 days of 2025), the header and the final line end.
  expect(lines).toHaveLength(5 * 2 * 3 + 2);
  expect(lines.at(-1)).toBe('');
  expect(new Set(lines.slice(1, -1).map((line) => line.split(',')[0]))).toEqual(
    new Set(['0', '1', '2', '3', '4']),
  );

  // "Open as scenario": point 1 goes to the editor as a new, unsaved document.
  await page.getByRole('button', { name: 'Open point 1 as a new scenario' }).click();
  await expect(page.getByRole('tab', { name: 'Editor' })).toHaveAttribute('aria-selected', 'true');
});

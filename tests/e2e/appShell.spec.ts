import { expect, test } from '@playwright/test';

test('opens the web app on the baseline, and the simulation worker answers', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  await expect(page).toHaveTitle(/— SCODA Corridor Simulator$/);
  await expect(page.getByTestId('app-shell')).toBeVisible();
  await page.getByRole('button', { name: 'About' }).click();
  await expect(page.getByRole('dialog', { name: 'About' }).getByTestId('engine-version')).toHaveText(
    /^\d+\.\d+\.\d+/,
  );
  expect(errors).toEqual([]);
});

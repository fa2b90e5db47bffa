// Runs before the end-to-end tests (playwright.config.ts: the `warm-launch` project): one launch
// of the current build, its start-up run stored in the launch cache, saved for the tests that
// start warm (tests/helpers/warmLaunch.ts).
import { expect, test as setup } from '@playwright/test';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { launchCacheOnly, WARM_LAUNCH_STATE, type StorageState } from '../helpers/warmLaunch.ts';

/** Entries in the launch cache of the page's origin. */
function launchCacheEntries(): Promise<number> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('scoda-runs');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const database = open.result;
      if (!database.objectStoreNames.contains('cache')) {
        database.close();
        resolve(0);
        return;
      }
      const count = database.transaction('cache').objectStore('cache').count();
      count.onerror = () => reject(count.error);
      count.onsuccess = () => {
        database.close();
        resolve(count.result);
      };
    };
  });
}

setup('the first launch stores the baseline run in the launch cache', async ({ page }) => {
  setup.setTimeout(120_000);
  await page.goto('/');
  await expect(page.getByTestId('kpi-value-trainsPerYear')).toHaveText(/\d/, { timeout: 90_000 });
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeDisabled();
  // The app stores a finished run without waiting for the write.
  await expect.poll(() => page.evaluate(launchCacheEntries)).toBe(1);
  const state = launchCacheOnly((await page.context().storageState({ indexedDB: true })) as StorageState);
  await mkdir(dirname(WARM_LAUNCH_STATE), { recursive: true });
  await writeFile(WARM_LAUNCH_STATE, JSON.stringify(state));
});

// End-to-end tests against the built web app (out/web) served over HTTP, in Debian's Chromium.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/helpers/browser.ts';

const port = Number(process.env['E2E_PORT'] ?? 4179);

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  // One retry in CI only: two e2e specs (map frame waits, keyboard pan) flaked once each in 4 full runs
  // on this 2-core machine; a retry that passes is listed as flaky in the report, not hidden. The
  // keyboard pan's cause is fixed (it measured from an undefined position when the first frame was
  // slow); the map's frame wait now asks again at every poll and waits 60 s, but what stalled it
  // was not caught, so the retry stays until full runs show it stable.
  retries: process.env['CI'] ? 1 : 0,
  reporter: process.env['CI'] ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1400, height: 900 },
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    trace: 'off',
  },
  webServer: {
    command: `npx vite preview --config vite.web.config.ts --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});

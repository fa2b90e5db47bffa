// End-to-end tests against the built web app (out/web) served over HTTP, in Debian's Chromium.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/helpers/browser.ts';

const port = Number(process.env['E2E_PORT'] ?? 4179);

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  // One worker: the suite keeps both cores of the CI machine busy on its own (SwiftShader draws the
  // map on the CPU: 650 CPU-seconds in 360 s, 1.8 cores on average), so a second worker would
  // only share them. E2E_WORKERS=N tries another count on a bigger machine.
  workers: Number(process.env['E2E_WORKERS'] ?? 1),
  forbidOnly: true,
  // No retries: a flaky spec is a bug to find. map.spec.ts alone keeps one retry in CI, for a frame
  // wait that stalled once in 4 full runs and whose cause was not caught (see there).
  retries: 0,
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

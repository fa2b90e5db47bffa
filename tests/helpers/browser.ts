// Finds the Chromium that Playwright drives: CHROMIUM_PATH, else Debian's /usr/bin/chromium,
// else a browser Playwright installed itself. This machine cannot download browsers, so
// `npx playwright install` is never part of the set-up.
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** The browser executable to launch, or an error that names every place looked at. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to "${fromEnv}", but no file is there.`);
  }
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  let bundled: string;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = '';
  }
  if (bundled && existsSync(bundled)) return bundled;
  throw new Error(
    [
      'No Chromium found for the end-to-end tests. Looked at:',
      '  1. the CHROMIUM_PATH environment variable (not set);',
      `  2. ${DEBIAN_CHROMIUM} (missing: on Debian, apt-get install chromium);`,
      `  3. a browser installed by Playwright (${bundled || 'none'}).`,
    ].join('\n'),
  );
}

/** Flags Chromium needs here: root has no sandbox, and the network is closed. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  '--ignore-gpu-blocklist',
];

// The desktop app itself, through Playwright's Electron driver. It needs the Electron binary,
// which this project's build machines cannot download; there the spec is skipped with one line.
import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

function electronBinary(): string | undefined {
  try {
    const binary: unknown = createRequire(import.meta.url)('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

const binary = electronBinary();
if (!binary) console.log('[electron.spec] skipped: no Electron binary here (its download is blocked).');

test('the desktop window opens on the app shell', async () => {
  if (!binary) {
    test.skip(true, 'no Electron binary here (its download is blocked)');
    return;
  }
  const app = await electron.launch({ executablePath: binary, args: ['.', '--no-sandbox'] });
  try {
    const window = await app.firstWindow();
    await expect(window).toHaveTitle('SCODA Corridor Simulator');
    await expect(window.getByTestId('app-shell')).toBeVisible();
  } finally {
    await app.close();
  }
});

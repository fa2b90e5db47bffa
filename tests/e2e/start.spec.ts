// `npm start` where Electron cannot be had: it explains, then serves the web app and prints the URL.
import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

function electronAvailable(): boolean {
  try {
    return typeof createRequire(import.meta.url)('electron') === 'string';
  } catch {
    return false;
  }
}

test('npm start falls back to the web app, prints its URL, and that URL loads', async ({ page }) => {
  test.skip(electronAvailable(), 'Electron is installed here, so npm start opens the desktop app instead');
  const child = spawn('node', ['electron/launcher/start.mjs', '--no-build', '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed; output so far:\n${output}`)), 30_000);
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /running at (http:\/\/\S+)/.exec(output);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
      child.on('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${output}`)));
    });
    expect(output).toContain('ELECTRON_MIRROR');
    await page.goto(url);
    await expect(page.getByTestId('app-shell')).toBeVisible();
  } finally {
    child.kill();
  }
});

// The desktop app itself, through Playwright's Electron driver: the security the shell promises,
// a baseline run exported as CSV, Save As, and a scenario opened from the command line. Native
// dialogs cannot be clicked by Playwright, so each test replaces the `dialog` method it needs in
// the main process (app.evaluate) with one that answers a temporary folder.
//
// It needs the Electron binary, which this project's build machines cannot download; there the
// spec is skipped with one printed line. Run it where the binary exists: `npm run build` first
// (the app loads out/), then `npx playwright test tests/e2e/electron.spec.ts`.
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DESKTOP_API_METHODS } from '../../electron/shared/desktopApi.ts';
import type { MenuCommand } from '../../electron/shared/menuCommands.ts';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security/contentSecurityPolicy.ts';
import { SCHEMA_VERSION } from '../../sim-core/src/scenario/schema.ts';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

function electronBinary(): string | undefined {
  try {
    const binary: unknown = createRequire(import.meta.url)('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

const binary = electronBinary();
// Printed once, by the runner process that collects the tests (workers have TEST_WORKER_INDEX).
if (!binary && process.env['TEST_WORKER_INDEX'] === undefined) {
  console.log('[electron.spec] skipped: no Electron binary here (its download is blocked).');
}

/** A run of the baseline can take a while on a slow CI machine. */
const RUN_TIMEOUT_MS = 180_000;

interface Launched {
  app: ElectronApplication;
  window: Page;
  scratch: string;
}

async function launch(extraArgs: string[] = [], scratch?: string): Promise<Launched> {
  if (!binary) throw new Error('launch() is only called when the Electron binary exists');
  const folder = scratch ?? (await mkdtemp(join(tmpdir(), 'scoda-e2e-')));
  const app = await electron.launch({
    executablePath: binary,
    // '.' runs the app from package.json ("main": out/main/index.js); Playwright adds --no-sandbox.
    args: ['.', ...extraArgs],
    cwd: projectRoot,
    env: { ...process.env, SCODA_USER_DATA_DIR: join(folder, 'user-data') } as Record<string, string>,
  });
  const window = await app.firstWindow();
  await expect(window.getByTestId('app-shell')).toBeVisible();
  // The working scenario is loaded (the baseline, or the file given) once its name shows.
  await expect(window.getByTestId('scenario-name')).not.toBeEmpty({ timeout: 60_000 });
  return { app, window, scratch: folder };
}

/** Clicks a menu item the way the menu does: main sends the command to the page. */
async function sendMenuCommand(app: ElectronApplication, command: MenuCommand): Promise<void> {
  await app.evaluate(
    ({ BrowserWindow }, message) => {
      BrowserWindow.getAllWindows()[0]?.webContents.send('menu:command', message);
    },
    { command },
  );
}

/** Whether a menu item (by command id) is enabled, as the user would see it. */
function menuItemEnabled(app: ElectronApplication, command: MenuCommand): Promise<boolean> {
  return app.evaluate(
    ({ Menu }, id) => Menu.getApplicationMenu()?.getMenuItemById(id)?.enabled ?? false,
    command,
  );
}

function windowTitle(app: ElectronApplication): Promise<string> {
  return app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle() ?? '');
}

test.describe('the desktop app', () => {
  test.skip(!binary, 'no Electron binary here (its download is blocked)');
  test.describe.configure({ mode: 'serial', timeout: RUN_TIMEOUT_MS + 60_000 });

  let launched: Launched;
  test.beforeAll(async () => {
    launched = await launch();
  });
  test.afterAll(async () => {
    await launched?.app.close();
    if (launched) await rm(launched.scratch, { recursive: true, force: true });
  });

  test('loads the app from app:// with its CSP, and gives the page no Node', async () => {
    const page = launched.window;
    await expect(page).toHaveTitle(/SCODA Corridor Simulator/);
    expect(page.url()).toMatch(/^app:\/\/scoda\//);
    const exposure = await page.evaluate(() => {
      const global = globalThis as Record<string, unknown>;
      return {
        require: typeof global['require'],
        process: typeof global['process'],
        desktop: Object.keys((global['desktop'] as object | undefined) ?? {}).sort(),
      };
    });
    expect(exposure).toEqual({
      require: 'undefined',
      process: 'undefined',
      desktop: [...DESKTOP_API_METHODS].sort(),
    });
    const csp = await page.evaluate(async () =>
      (await fetch(location.href)).headers.get('content-security-policy'),
    );
    expect(csp).toBe(CONTENT_SECURITY_POLICY);
  });

  test('runs the baseline and exports its CSV files into the chosen folder', async () => {
    const { app, scratch } = launched;
    const exportFolder = join(scratch, 'export');
    await mkdir(exportFolder, { recursive: true });
    await app.evaluate(({ dialog }, folder) => {
      dialog.showOpenDialog = (async () => ({
        canceled: false,
        filePaths: [folder],
      })) as typeof dialog.showOpenDialog;
    }, exportFolder);

    await sendMenuCommand(app, 'simulation.run');
    await expect.poll(() => menuItemEnabled(app, 'file.exportCsv'), { timeout: RUN_TIMEOUT_MS }).toBe(true);
    await sendMenuCommand(app, 'file.exportCsv');

    await expect
      .poll(async () => (await readdir(exportFolder)).sort(), { timeout: 30_000 })
      .toEqual(expect.arrayContaining(['kpis.csv', 'throughput.csv', 'transit_times.csv']));
    const throughput = await readFile(join(exportFolder, 'throughput.csv'), 'utf8');
    expect(throughput.split('\n').filter((line) => line.trim() !== '').length).toBeGreaterThan(1);
  });

  test('saves the scenario where Save As points, and shows the file in the title', async () => {
    const { app, scratch } = launched;
    const target = join(scratch, 'saved-baseline.scoda.json');
    await app.evaluate(({ dialog }, filePath) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
    }, target);

    await sendMenuCommand(app, 'file.saveAs');

    await expect.poll(() => existsSync(target), { timeout: 30_000 }).toBe(true);
    const saved = JSON.parse(await readFile(target, 'utf8')) as { schemaVersion: unknown; nodes: unknown };
    expect(saved.schemaVersion).toBe(SCHEMA_VERSION);
    expect(Array.isArray(saved.nodes)).toBe(true);
    await expect.poll(() => windowTitle(app)).toContain('saved-baseline.scoda.json');
  });

  test('reloads the window after the renderer crashes, back on the working scenario', async () => {
    const { app, window } = launched;
    const nameBefore = await window.getByTestId('scenario-name').textContent();
    await app.evaluate(({ BrowserWindow }) => {
      BrowserWindow.getAllWindows()[0]?.webContents.forcefullyCrashRenderer();
    });
    // Main reloads the page and answers its signalReady with the autosaved scenario. Read the page
    // through main: Playwright may keep the crashed page object marked as crashed.
    const shownName = () =>
      app.evaluate(async ({ BrowserWindow }) => {
        const contents = BrowserWindow.getAllWindows()[0]?.webContents;
        if (!contents || contents.isCrashed() || contents.isLoading()) return null;
        return (await contents.executeJavaScript(
          'document.querySelector(\'[data-testid="scenario-name"]\')?.textContent ?? null',
        )) as string | null;
      });
    await expect.poll(shownName, { timeout: 60_000 }).toBe(nameBefore);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });
});

test.describe('opening a scenario file from the command line', () => {
  test.skip(!binary, 'no Electron binary here (its download is blocked)');

  test('opens the file named on the command line (file association)', async () => {
    const first = await launch();
    const filePath = join(first.scratch, 'from-command-line.scoda.json');
    await first.app.evaluate(({ dialog }, target) => {
      dialog.showSaveDialog = (async () => ({
        canceled: false,
        filePath: target,
      })) as typeof dialog.showSaveDialog;
    }, filePath);
    await sendMenuCommand(first.app, 'file.saveAs');
    await expect.poll(() => existsSync(filePath), { timeout: 30_000 }).toBe(true);
    await first.app.close();

    const second = await launch([filePath], first.scratch);
    try {
      await expect
        .poll(() => windowTitle(second.app), { timeout: 30_000 })
        .toContain('from-command-line.scoda.json');
    } finally {
      await second.app.close();
      await rm(first.scratch, { recursive: true, force: true });
    }
  });
});

// The built main process, not just its sources: Vite bundles electron/main/index.ts as the app
// ships it (dependencies inlined, ESM), and a child Node process starts that bundle with `electron`
// resolved to a small fake. This catches what the source tests cannot: a dependency left external
// (the installers ship no node_modules), a module-format mistake, or top-level code that throws.
import { spawnSync } from 'node:child_process';
import { PAYLOAD_SCHEMAS } from './ipc/payloadSchemas.ts';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useTempFolder } from './testing/tempFolder.ts';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Resolves `electron` to fake-electron.mjs in the same folder. */
const HOOKS = `
export async function resolve(specifier, context, next) {
  if (specifier === 'electron') return { url: new URL('./fake-electron.mjs', import.meta.url).href, shortCircuit: true };
  return next(specifier, context);
}`;

/** Records what the bundle asks of Electron, becomes ready, fetches index.html, prints a report. */
const FAKE_ELECTRON = `
const report = { schemes: [], protocols: [], channels: [], loaded: [], webPreferences: null, index: null };
let ready; const whenReady = new Promise((resolve) => (ready = resolve));
class Emitter { constructor() { this.listeners = {}; } on(name, listener) { (this.listeners[name] ??= []).push(listener); return this; } once(name, listener) { return this.on(name, listener); } }
export const app = Object.assign(new Emitter(), {
  isPackaged: true, requestSingleInstanceLock: () => true, quit() {}, whenReady: () => whenReady,
  getPath: (name) => process.env.FAKE_USER_DATA + '/' + name, setPath() {}, getVersion: () => '9.9.9',
  getAppPath: () => process.env.FAKE_USER_DATA, addRecentDocument() {},
});
export class BrowserWindow extends Emitter {
  static windows = [];
  constructor(options) {
    super(); BrowserWindow.windows.push(this); report.webPreferences = options.webPreferences;
    this.webContents = Object.assign(new Emitter(), { id: 1, send() {}, setWindowOpenHandler() {} });
  }
  static getAllWindows() { return BrowserWindow.windows; }
  static getFocusedWindow() { return null; }
  loadURL(url) { report.loaded.push(url); return Promise.resolve(); }
  maximize() {} isDestroyed() { return false; } setTitle() {} setDocumentEdited() {}
}
export const ipcMain = { handle: (channel) => report.channels.push(channel) };
export const protocol = {
  registerSchemesAsPrivileged: (schemes) => report.schemes.push(...schemes.map((s) => s.scheme)),
  handle: (scheme, handler) => { report.protocols.push(scheme); protocol.handler = handler; },
};
export const session = { defaultSession: { setPermissionRequestHandler() {}, setPermissionCheckHandler() {}, webRequest: { onBeforeRequest() {} } } };
export const Menu = { setApplicationMenu() {}, buildFromTemplate: (template) => template };
export const screen = { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] };
export const shell = { openExternal: async () => {} };
export const dialog = {};
export default { app, BrowserWindow, ipcMain, protocol, session, Menu, screen, shell, dialog };
setTimeout(() => ready(), 20);
setTimeout(async () => {
  const response = await protocol.handler(new Request('app://scoda/index.html'));
  report.index = { status: response.status, csp: response.headers.get('content-security-policy'), body: await response.text() };
  console.log('REPORT ' + JSON.stringify(report));
  process.exit(0);
}, 500);`;

describe('the bundled main process', { timeout: 120_000 }, () => {
  const tempFolder = useTempFolder();

  it('starts from out/main/index.js alone: scheme, handlers, window, and the page served', async () => {
    const root = await tempFolder();
    const { build } = await import('vite');
    await build({
      configFile: join(projectRoot, 'vite.electron.config.ts'),
      mode: 'main',
      logLevel: 'silent',
      build: { outDir: join(root, 'main') },
    });
    const bundle = await readFile(join(root, 'main', 'index.js'), 'utf8');
    const bareImports = [...bundle.matchAll(/^import .* from "([^"]+)";$/gm)].map((match) => match[1]);
    expect(bareImports.filter((name) => name !== 'electron' && !name?.startsWith('node:'))).toEqual([]);

    await mkdir(join(root, 'web'));
    await writeFile(join(root, 'web', 'index.html'), '<!doctype html><title>served</title>');
    await writeFile(join(root, 'hooks.mjs'), HOOKS);
    await writeFile(join(root, 'fake-electron.mjs'), FAKE_ELECTRON);
    await writeFile(
      join(root, 'register.mjs'),
      `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(root, 'hooks.mjs')).href)});`,
    );
    const child = spawnSync(
      process.execPath,
      ['--import', join(root, 'register.mjs'), join(root, 'main', 'index.js')],
      {
        encoding: 'utf8',
        timeout: 60_000,
        env: { ...process.env, FAKE_USER_DATA: root },
      },
    );
    const line = child.stdout.split('\n').find((text) => text.startsWith('REPORT '));
    expect(line, child.stderr).toBeDefined();
    const report = JSON.parse(line!.slice('REPORT '.length)) as {
      schemes: string[];
      protocols: string[];
      channels: string[];
      loaded: string[];
      webPreferences: Record<string, unknown>;
      index: { status: number; csp: string; body: string };
    };
    expect(report.schemes).toEqual(['app']);
    expect(report.protocols).toEqual(['app']);
    expect(report.channels).toContain('app:get-info');
    // One handler per renderer -> main channel, file:save-binary included.
    expect(report.channels).toHaveLength(Object.keys(PAYLOAD_SCHEMAS).length);
    expect(report.channels).toContain('file:save-binary');
    expect(report.loaded).toEqual(['app://scoda/index.html']);
    expect(report.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, devTools: false });
    expect(report.index).toMatchObject({ status: 200, body: '<!doctype html><title>served</title>' });
    expect(report.index.csp).toMatch(/^default-src 'self'/);
  });
});

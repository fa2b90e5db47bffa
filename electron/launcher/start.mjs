#!/usr/bin/env node
// `npm start`: builds the app and opens it in Electron on the built-in baseline scenario. Where the
// Electron binary could not be downloaded, it says why in one paragraph and serves the same app
// as a web page on localhost instead. `npm run web` (--web) goes straight to the web page.
// Flags: --web, --no-build (serve what out/ holds), --port N (default 5173; 0 picks a free one).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
const webOnly = args.includes('--web');
const skipBuild = args.includes('--no-build');
const portIndex = args.indexOf('--port');
const portArg = portIndex >= 0 ? args[portIndex + 1] : process.env.PORT;
const port = portArg === undefined ? 5173 : Number(portArg);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`scoda-sim start: --port expects a whole number from 0 to 65535, got "${portArg}"`);
  process.exit(2);
}

function run(script) {
  const result = spawnSync('npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** The path of the Electron binary, or the reason there is none. */
function findElectron() {
  try {
    const require = createRequire(import.meta.url);
    const binary = require('electron');
    if (typeof binary === 'string' && existsSync(binary)) return { binary };
    return { reason: `the electron package is installed but its binary is missing (${binary})` };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { reason: `the Electron binary is not installed (${message})` };
  }
}

async function serveWeb() {
  if (!skipBuild || !existsSync(`${root}/out/web/index.html`)) run('build:web');
  const { preview } = await import('vite');
  const server = await preview({
    configFile: `${root}/vite.web.config.ts`,
    preview: { host: '127.0.0.1', port, strictPort: port !== 5173 },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
  console.log(`SCODA Corridor Simulator (web) is running at ${url}`);
  console.log('Press Ctrl+C to stop.');
}

if (webOnly) {
  await serveWeb();
} else {
  const electron = findElectron();
  if (electron.binary) {
    if (!skipBuild) run('build');
    const child = spawn(electron.binary, ['.'], { cwd: root, stdio: 'inherit' });
    child.on('exit', (code) => process.exit(code ?? 0));
  } else {
    console.log(
      [
        `The desktop app cannot start: ${electron.reason}. npm install fetches the Electron binary`,
        'from GitHub in its postinstall step, and on this machine that download failed (offline or',
        'behind a firewall). To get the desktop app, point the download at a mirror you can reach and',
        'run the step again, for example:',
        '  ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/ node node_modules/electron/install.js',
        'Until then, here is the same app as a web page.',
      ].join('\n'),
    );
    await serveWeb();
  }
}

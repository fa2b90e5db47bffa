#!/usr/bin/env node
// postinstall: fetch the Electron binary without letting a failed download fail `npm install`.
// package.json's allowScripts keeps npm from running electron's own install step (which fails the
// whole install when the download is blocked); this script runs that same step and, when it
// fails, says so in a few lines and exits 0. `npm start` then serves the web app instead.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const installer = fileURLToPath(new URL('../../node_modules/electron/install.js', import.meta.url));
if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD || !existsSync(installer)) process.exit(0);

const result = spawnSync(process.execPath, [installer], { encoding: 'utf8', timeout: 300_000 });
if (result.status === 0) process.exit(0);
const firstLine =
  `${result.stderr ?? ''}${result.error?.message ?? ''}`.trim().split('\n')[0] ?? 'unknown error';
console.warn(
  [
    `scoda-sim: the Electron binary could not be downloaded (${firstLine}).`,
    'The install goes on: `npm start` will serve the app as a web page instead. To get the desktop app,',
    'point the download at a mirror you can reach and run:',
    '  ELECTRON_MIRROR=<mirror url> node node_modules/electron/install.js',
  ].join('\n'),
);

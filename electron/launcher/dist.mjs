#!/usr/bin/env node
// `npm run dist` (after `npm run build`): runs electron-builder for this platform with
// electron-builder.yml. SCODA_DIST_ALLOW_INSPECT=1 builds a package Playwright can drive (the
// Node inspector fuse left on); release builds leave it off. Extra arguments go to electron-builder.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { electronBuilderArgs } from './distArgs.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = createRequire(import.meta.url).resolve('electron-builder/cli.js');
const result = spawnSync(
  process.execPath,
  [cli, ...electronBuilderArgs(process.env, process.argv.slice(2))],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
process.exit(result.status ?? 1);

// Builds the renderer as a standalone web app (out/web); electron.vite.config.ts reuses it.
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BASELINE_ID } from './renderer/src/features/library/baselineId.ts';
import { SHIPPED_RUN_FILE } from './renderer/src/platform/shippedRun.ts';

const rendererRoot = fileURLToPath(new URL('./renderer', import.meta.url));
const simCoreSource = fileURLToPath(new URL('./sim-core/src', import.meta.url));

/** SHA-256 over the engine's code (sim-core/src, tests left out), in path order: the launch cache's engine build. */
function engineBuild(): string {
  const hash = createHash('sha256');
  const files = readdirSync(simCoreSource, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.ts$/.test(file) && !/\.test\.ts$/.test(file))
    .map((file) => file.split('\\').join('/'))
    .sort();
  for (const file of files) {
    hash.update(`${file}\n`);
    hash.update(readFileSync(join(simCoreSource, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

const root = fileURLToPath(new URL('.', import.meta.url));

/** What the shipped launch run is made from besides the engine: the scenario, the run path, the format. */
const SHIPPED_RUN_INPUTS = [
  `assets/scenarios/${BASELINE_ID}.json`,
  'build/shipLaunchRun.ts',
  'renderer/src/sim-client/runPool.ts',
  'renderer/src/platform/runArchive.ts',
  'renderer/src/platform/runFile.ts',
  'renderer/src/platform/shippedRun.ts',
];

/**
 * Ships the built-in baseline's launch run with the app (build/shipLaunchRun.ts): computed in a
 * child process while the bundle is built, kept in node_modules/.cache under the engine build and
 * a hash of its other inputs, so a rebuild of the same engine reuses it.
 */
function shippedLaunchRun(engine: string): Plugin {
  let text: Promise<Buffer> | undefined;
  const compute = (): Promise<Buffer> => {
    const inputs = createHash('sha256');
    for (const file of SHIPPED_RUN_INPUTS) inputs.update(readFileSync(join(root, file)));
    const folder = join(root, 'node_modules/.cache/scoda-launch-run');
    const file = join(folder, `${engine}-${inputs.digest('hex').slice(0, 16)}.json.gz`);
    if (existsSync(file)) return Promise.resolve(readFileSync(file));
    mkdirSync(folder, { recursive: true });
    const scenario = join(root, SHIPPED_RUN_INPUTS[0] as string);
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(root, 'build/shipLaunchRun.ts'), scenario, engine, file],
      { cwd: root, stdio: ['ignore', 'inherit', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    return new Promise((resolve, reject) => {
      child.on('error', reject);
      child.on('exit', (code) => {
        if (code === 0) resolve(readFileSync(file));
        else reject(new Error(`build/shipLaunchRun.ts failed (exit ${code}):\n${stderr}`));
      });
    });
  };
  return {
    name: 'scoda-shipped-launch-run',
    apply: 'build',
    buildStart() {
      // Started here, awaited at the end: the run overlaps the bundling.
      text = compute();
      text.catch(() => undefined);
    },
    async generateBundle() {
      if (!text) return;
      this.emitFile({ type: 'asset', fileName: SHIPPED_RUN_FILE, source: await text });
    },
  };
}

const ENGINE_BUILD = engineBuild();

export const rendererConfig = {
  root: rendererRoot,
  base: './',
  plugins: [react(), shippedLaunchRun(ENGINE_BUILD)],
  define: { __ENGINE_BUILD__: JSON.stringify(ENGINE_BUILD) },
  worker: { format: 'es' },
  server: { fs: { allow: [fileURLToPath(new URL('.', import.meta.url))] } },
  build: {
    outDir: fileURLToPath(new URL('./out/web', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
  },
} satisfies UserConfig;

export default defineConfig(rendererConfig);

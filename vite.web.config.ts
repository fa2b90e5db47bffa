// Builds the renderer as a standalone web app (out/web); electron.vite.config.ts reuses it.
import react from '@vitejs/plugin-react';
import { defineConfig, type UserConfig } from 'vite';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

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

export const rendererConfig = {
  root: rendererRoot,
  base: './',
  plugins: [react()],
  define: { __ENGINE_BUILD__: JSON.stringify(engineBuild()) },
  worker: { format: 'es' },
  server: { fs: { allow: [fileURLToPath(new URL('.', import.meta.url))] } },
  build: {
    outDir: fileURLToPath(new URL('./out/web', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
  },
} satisfies UserConfig;

export default defineConfig(rendererConfig);

// Builds the renderer as a standalone web app (out/web); electron.vite.config.ts reuses it.
import react from '@vitejs/plugin-react';
import { defineConfig, type UserConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const rendererRoot = fileURLToPath(new URL('./renderer', import.meta.url));

export const rendererConfig = {
  root: rendererRoot,
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  server: { fs: { allow: [fileURLToPath(new URL('.', import.meta.url))] } },
  build: {
    outDir: fileURLToPath(new URL('./out/web', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
  },
} satisfies UserConfig;

export default defineConfig(rendererConfig);

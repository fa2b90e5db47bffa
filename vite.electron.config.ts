// Builds the Electron main process (ES module) and the preload script (CommonJS, as a sandboxed
// preload must be) with Vite's own library mode. electron-vite was tried first, but it reads the
// installed electron package to configure itself, and where the Electron download is blocked
// (electron is an optional dependency) that makes even the build fail.
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const external = ['electron', ...builtinModules, ...builtinModules.map((name) => `node:${name}`)];
const entries = {
  main: { entry: 'electron/main/index.ts', format: 'es', fileName: 'index.js' },
  preload: { entry: 'electron/preload/index.ts', format: 'cjs', fileName: 'index.cjs' },
} as const;

export default defineConfig(({ mode }) => {
  const target = mode === 'preload' ? entries.preload : entries.main;
  return {
    // Bundle zod, jsonc-parser and the rest into the output: the installers ship out/** only (no
    // node_modules), and an SSR build would otherwise leave every dependency as an import.
    ssr: { noExternal: true },
    build: {
      ssr: true,
      target: 'node20',
      outDir: fileURLToPath(new URL(`./out/${mode === 'preload' ? 'preload' : 'main'}`, import.meta.url)),
      emptyOutDir: true,
      minify: false,
      rollupOptions: {
        input: target.entry,
        external,
        output: { format: target.format, entryFileNames: target.fileName },
      },
    },
  };
});

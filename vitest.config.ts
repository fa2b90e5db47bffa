// Unit tests sit beside their code as *.test.ts(x). One project per runtime.
//
// Test files share a worker process (isolate: false): a fresh process per file cost more than the
// tests themselves (the renderer's 41 files: 157 s with a process and a happy-dom per file, 13 s
// sharing one, on the 2-core machine). tests/unitSetup.ts still gives every file fresh modules of
// the project's own code (stores, caches), so a file sees the state it would see alone; what stays
// shared is node_modules and the test environment. Files that replace modules (vi.mock) run
// isolated, in a project of their own per runtime: a replaced module must not leak into, or be
// missed by, the files around it.
import react from '@vitejs/plugin-react';
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

const REPLACES_MODULES = /\bvi\.(?:mock|doMock)\(/;

/** Test files under `folder` (relative to the root) that replace modules with vi.mock. */
function filesReplacingModules(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.test\.tsx?$/.test(file) && !file.includes('node_modules'))
    .map((file) => `${folder}/${file.replaceAll('\\', '/')}`)
    .filter((file) => REPLACES_MODULES.test(readFileSync(file, 'utf8')));
}

/** The project for `include`, split in two when some of its files replace modules. */
function runtime(
  name: string,
  folder: string,
  include: string[],
  options: TestProjectInlineConfiguration = {},
): TestProjectInlineConfiguration[] {
  const isolated = filesReplacingModules(folder);
  const shared: TestProjectInlineConfiguration = {
    ...options,
    test: {
      ...options.test,
      name,
      include,
      exclude: [...isolated, '**/node_modules/**'],
      isolate: false,
      setupFiles: ['tests/unitSetup.ts'],
    },
  };
  if (isolated.length === 0) return [shared];
  return [
    shared,
    { ...options, test: { ...options.test, name: `${name} (vi.mock)`, include: isolated, isolate: true } },
  ];
}

export default defineConfig({
  test: {
    // One worker per core. Vitest's default is one fewer than the cores, which on the 2-core CI
    // machine is a single worker: the files ran one after the other and a core stood idle (949
    // tests: 294 s with one worker, 204 s with two, the same CPU time, at load 10).
    maxWorkers: availableParallelism(),
    projects: [
      ...runtime('sim-core', 'sim-core', ['sim-core/**/*.test.ts'], {
        test: { environment: 'node', testTimeout: 60_000 },
      }),
      ...runtime('renderer', 'renderer', ['renderer/**/*.test.{ts,tsx}'], {
        plugins: [react()],
        test: { environment: 'happy-dom' },
      }),
      // The repository's own rules (import layers, cycles), checked on planted files.
      ...runtime('tooling', 'tests/lint', ['tests/lint/**/*.test.ts'], { test: { environment: 'node' } }),
      ...runtime('electron', 'electron', ['electron/**/*.test.ts'], { test: { environment: 'node' } }),
      // The build's own steps (the launch run shipped with the app).
      ...runtime('build', 'build', ['build/**/*.test.ts'], {
        test: { environment: 'node', testTimeout: 60_000 },
      }),
    ],
  },
});

// The built-in the app opens on first start, in a module of its own so the build (which ships
// this scenario's launch run, vite.web.config.ts) can name it without the bundler-only glob
// imports of builtinScenarios.ts.
export const BASELINE_ID = 'baseline-2025';

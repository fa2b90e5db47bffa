// Which engine code this page was built with: a SHA-256 over sim-core/src (tests left out),
// written in by the build (vite.web.config.ts `define`). ENGINE_VERSION is the package version and
// stays the same while the model changes, so the launch cache keys on both: a rebuilt engine never
// serves a result stored by another. Under vitest and the dev server nothing is defined: 'dev'.
declare const __ENGINE_BUILD__: string | undefined;

export const ENGINE_BUILD: string = typeof __ENGINE_BUILD__ === 'string' ? __ENGINE_BUILD__ : 'dev';

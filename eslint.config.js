// ESLint flat config. Besides the usual checks it encodes the project's one-way import rules
// (between runtimes, and between the layers inside sim-core/src and renderer/src), each with the
// message a developer needs when they break one. These rules may only ever grow tighter.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const pureCoreMessage =
  'sim-core/src is pure, deterministic TypeScript: no UI, worker, desktop or Node code. Only sim-core/cli may touch node:*.';

/**
 * sim-core/src's layers, bottom to top: vocabulary ← kernel ← scenario ← network ← model ←
 * results ← calibration ← api ← experiment. A folder may import only the folders before it: the shared
 * vocabulary (modes, units, limits, the result contract, the confidence interval) at the bottom,
 * the public API at the top. Each rule says why, and where the thing probably belongs instead.
 */
const SIM_CORE_LAYERS = [
  {
    folder: 'vocabulary',
    why: 'vocabulary/ is the bottom of sim-core (and is imported by the renderer by value): it imports nothing else.',
  },
  {
    folder: 'kernel',
    why: 'kernel/ is the domain-free discrete-event engine: it may import only vocabulary/.',
  },
  {
    folder: 'scenario',
    why: 'scenario/ (schema, validation) describes the input and knows nothing of how it runs: it may import only vocabulary/ and kernel/.',
  },
  {
    folder: 'network',
    why: 'network/ (routes, itineraries) sits below the model: it may import vocabulary/, kernel/ and scenario/.',
  },
  {
    folder: 'model',
    why: 'model/ runs a replication and records it (ReplicationRecorder): it may not import results/, calibration/ or api/; results build on the model, not the other way round.',
  },
  {
    folder: 'results',
    why: 'results/ (aggregation over replications, CSV) may not import calibration/ or api/.',
  },
  {
    folder: 'calibration',
    why: 'calibration/ may not import api/; the public API is the top of sim-core.',
  },
  {
    folder: 'api',
    why: 'api/ may not import experiment/: experiments (designs, sweeps, target seeking) are built on the public API, not the other way round.',
  },
  { folder: 'experiment', why: '' },
];

/** A pattern matching a relative import that climbs into one of `folders`. */
function climbsInto(folders) {
  return `^(\\.\\./)+(${folders.join('|')})/`;
}

/**
 * The renderer's layers, top to bottom: app → features → scene → state → sim-client / platform,
 * with i18n at the bottom for all. Each folder lists the folders it must not import, and why.
 * A folder that needs something from a higher one is a sign that the thing belongs lower.
 */
const RENDERER_LAYERS = [
  {
    folder: 'features',
    above: ['app'],
    message:
      'renderer layers: features/ may not import app/ (app composes features). Move what both need down to state/, scene/ or i18n/.',
  },
  {
    folder: 'scene',
    above: ['app', 'features'],
    message:
      'renderer layers: scene/ may not import app/ or features/. Let app/ compose the panels over the map (app/MapSlot.tsx passes them to MapView), or move the shared piece down.',
  },
  {
    folder: 'state',
    above: ['app', 'features', 'scene'],
    message:
      'renderer layers: state/ (the stores) may not import app/, features/ or scene/; the scene reads the stores, not the other way round. Move shared types and constants into state/ (see state/mapHome.ts).',
  },
  {
    folder: 'sim-client',
    above: ['app', 'features', 'scene', 'state', 'platform'],
    message:
      'renderer layers: sim-client/ is a bottom layer (the worker connection): it imports only sim-core contract types and i18n/.',
  },
  {
    folder: 'platform',
    above: ['app', 'features', 'scene', 'state', 'sim-client'],
    message:
      'renderer layers: platform/ is a bottom layer (the desktop bridge or browser fallback): it imports only electron/shared and i18n/; stores call it, not the other way round.',
  },
  {
    folder: 'i18n',
    above: ['app', 'features', 'scene', 'state', 'sim-client', 'platform'],
    message:
      'renderer layers: i18n/ is the bottom of the renderer and imports no other renderer folder; app/ applies the language setting to i18next.',
  },
];

/** sim-core/src's boundary: nothing from outside it, no UI, no Node. */
const simCoreBoundaryPatterns = [
  {
    regex:
      '^(react|react-dom|three|@react-three/.*|zustand(/.*)?|comlink|electron|i18next|react-i18next|uplot)$',
    message: pureCoreMessage,
  },
  { regex: '^node:', message: pureCoreMessage },
  {
    regex: '^(fs|path|os|child_process|worker_threads|crypto|url|util|events|stream|http|https)$',
    message: pureCoreMessage,
  },
  {
    regex: '(^|/)(renderer|electron|assets|tests)(/|$)',
    message: 'sim-core/src imports nothing outside sim-core/src: scenarios reach it as data.',
  },
];

/**
 * The renderer's boundary with the other runtimes. `extraCore` is a regex of further sim-core files
 * a folder may import by value, `extraWhat` says which in the message.
 */
function rendererBoundaryPatterns(
  extraCore = 'src/results/csvFormat\\.ts$',
  extraWhat = 'the CSV rules in sim-core/src/results/csvFormat.ts',
) {
  return [
    {
      regex: '(^|/)sim-core/src/api(/|$)',
      allowTypeImports: true,
      message:
        'The renderer reaches the simulation only through renderer/src/sim-client; from sim-core/src/api it may only `import type` (values shared with the renderer live in sim-core/src/vocabulary).',
    },
    {
      // Exceptions: the shared vocabulary (modes, vehicle kinds, units, limits), and the CSV cell
      // rules (pure string formatting, no imports), so a table the app exports has the same bytes
      // as the command line's files.
      regex: `(^|/)sim-core/(?!src/api(/|$)|src/vocabulary/|${extraCore})`,
      message: `The renderer reaches the simulation only through renderer/src/sim-client: it imports only types from sim-core/src/api, the shared vocabulary in sim-core/src/vocabulary, and ${extraWhat}.`,
    },
    {
      regex: '^(electron|node:.*|fs|path|os|child_process)$',
      message: 'The renderer is sandboxed: reach the desktop through window.desktop (renderer/src/platform).',
    },
    {
      regex: '(^|/)electron/(main|preload)(/|$)',
      message: 'The renderer may import only the IPC contract from electron/shared.',
    },
  ];
}

/**
 * sim-client also formats a run's CSV files where the result already is (the page), with the
 * core's pure CSV writer, instead of copying the whole result back into a worker to format it; and
 * hashes the launch scenario with the core's own scenario hash where it is (the launch looks up
 * the run shipped with the app before the worker has even started).
 */
const simClientCore = [
  'src/results/csv(Format)?\\.ts$|src/scenario/hash\\.ts$',
  'the pure CSV writers (sim-core/src/results/csv.ts, csvFormat.ts) and the scenario hash (sim-core/src/scenario/hash.ts)',
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'out/**',
      'dist/**',
      'release/**',
      'test-results/**',
      'playwright-report/**',
      'coverage/**',
      '**/*.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly' },
    },
  },
  // sim-core/src: no outside imports, no wall clock, no unseeded randomness.
  {
    files: ['sim-core/src/**/*.ts'],
    ignores: ['sim-core/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: simCoreBoundaryPatterns }],
      'no-restricted-properties': [
        'error',
        {
          object: 'Math',
          property: 'random',
          message: 'Use a named seeded stream from sim-core/src/kernel, so runs are reproducible.',
        },
        {
          object: 'Date',
          property: 'now',
          message: 'Sim time comes from the event queue, never the wall clock.',
        },
        {
          object: 'performance',
          property: 'now',
          message: 'Sim time comes from the event queue, never the wall clock.',
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date']",
          message: 'Sim time comes from the event queue, never the wall clock (new Date()).',
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: pureCoreMessage },
        { name: 'document', message: pureCoreMessage },
        { name: 'process', message: pureCoreMessage },
        {
          name: 'setTimeout',
          message: 'sim-core/src has no timers of its own: schedule on the event queue.',
        },
        {
          name: 'setInterval',
          message: 'sim-core/src has no timers of its own: schedule on the event queue.',
        },
      ],
    },
  },
  // sim-core/src: the layers inside the core, one way (the boundary patterns stay in force). Tests
  // are exempt: nothing imports a test, so it cannot close a cycle, and a test may drive a layer
  // through a higher one (a network test compiles a scenario with the model).
  ...SIM_CORE_LAYERS.map(({ folder, why }, index) => ({
    files: [`sim-core/src/${folder}/**/*.ts`],
    ignores: ['sim-core/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...simCoreBoundaryPatterns,
            ...(index + 1 < SIM_CORE_LAYERS.length
              ? [
                  {
                    regex: climbsInto(SIM_CORE_LAYERS.slice(index + 1).map((layer) => layer.folder)),
                    message: `sim-core layers (vocabulary ← kernel ← scenario ← network ← model ← results ← calibration ← api ← experiment): ${why}`,
                  },
                ]
              : []),
          ],
        },
      ],
    },
  })),
  // renderer: the simulation only through sim-client (types from sim-core/src/api, values from
  // the shared vocabulary), the desktop only through window.desktop.
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: rendererBoundaryPatterns() }],
    },
  },
  // renderer/src: the layers inside the renderer, one way (the boundary patterns stay in force).
  ...RENDERER_LAYERS.map(({ folder, above, message }) => ({
    files: [`renderer/src/${folder}/**/*.{ts,tsx}`],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            ...(folder === 'sim-client'
              ? rendererBoundaryPatterns(...simClientCore)
              : rendererBoundaryPatterns()),
            { regex: climbsInto(above), message },
          ],
        },
      ],
    },
  })),
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/src/sim-client/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'comlink', message: 'Only renderer/src/sim-client talks to the worker (comlink).' },
          ],
        },
      ],
    },
  },
  // electron: never imports the renderer or the simulation core.
  {
    files: ['electron/**/*.{ts,mjs}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)(renderer|sim-core)(/|$)',
              message:
                'electron never imports renderer or sim-core code; share only the IPC contract in electron/shared.',
            },
          ],
        },
      ],
    },
  },
  // Tests: no focused tests can land.
  {
    files: ['**/*.test.{ts,tsx}', 'tests/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...['describe', 'it', 'test'].map((object) => ({
          object,
          property: 'only',
          message: 'A focused test (.only) skips the rest of the suite; remove it before committing.',
        })),
      ],
    },
  },
);

// ESLint flat config. Besides the usual checks it encodes the one-way import rules of
// ../shared/STYLE.md, each with the message a developer needs when they break one.
// These rules may only ever grow tighter.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const pureCoreMessage =
  'sim-core/src is pure, deterministic TypeScript: no UI, worker, desktop or Node code (STYLE.md). Only sim-core/cli may touch node:*.';

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
      'no-restricted-imports': [
        'error',
        {
          patterns: [
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
              message:
                'sim-core/src imports nothing outside sim-core/src: scenarios reach it as data (STYLE.md).',
            },
          ],
        },
      ],
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
  // renderer: the simulation only through sim-client (types from sim-core/src/api), the desktop
  // only through window.desktop.
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)sim-core/src/api(/|$)',
              allowTypeImports: true,
              message:
                'The renderer reaches the simulation only through renderer/src/sim-client; from sim-core/src/api it may only `import type`.',
            },
            {
              // Two exceptions, each pure code with one home: the CSV cell rules (string
              // formatting), so a table the app exports has the same bytes as the command line's
              // files; and the 95 % confidence interval (Student t), so an interval on screen is
              // the one the results and the CSVs carry.
              regex:
                '(^|/)sim-core/(?!src/api(/|$)|src/results/csvFormat\\.ts$|src/kernel/confidenceInterval95\\.ts$)',
              message:
                'The renderer reaches the simulation only through renderer/src/sim-client, and imports only types from sim-core/src/api (and the CSV rules in sim-core/src/results/csvFormat.ts, the interval in sim-core/src/kernel/confidenceInterval95.ts).',
            },
            {
              regex: '^(electron|node:.*|fs|path|os|child_process)$',
              message:
                'The renderer is sandboxed: reach the desktop through window.desktop (renderer/src/platform).',
            },
            {
              regex: '(^|/)electron/(main|preload)(/|$)',
              message: 'The renderer may import only the IPC contract from electron/shared.',
            },
          ],
        },
      ],
    },
  },
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

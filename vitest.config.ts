// Unit tests sit beside their code as *.test.ts(x). One project per runtime.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'sim-core',
          environment: 'node',
          include: ['sim-core/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          include: ['renderer/**/*.test.{ts,tsx}'],
        },
      },
      {
        test: {
          // The repository's own rules (import layers, cycles), checked on planted files.
          name: 'tooling',
          environment: 'node',
          include: ['tests/lint/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'electron',
          environment: 'node',
          include: ['electron/**/*.test.ts'],
        },
      },
    ],
  },
});

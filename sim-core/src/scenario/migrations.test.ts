import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migrateScenario, type Migration } from './migrations.ts';
import { validateScenario } from './validate.ts';

const FIXTURE = new URL('../../../tests/fixtures/cli/tiny.scenario.json', import.meta.url);
const tiny = (): Record<string, unknown> =>
  JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, unknown>;

describe('scenario format migrations', () => {
  it('reads a file without schemaVersion as version 1, with a warning saying so', () => {
    const { schemaVersion: _version, ...unversioned } = tiny();
    const outcome = validateScenario(unversioned);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.scenario.schemaVersion).toBe(1);
    expect(outcome.warnings).toMatchObject([
      {
        path: 'schemaVersion',
        code: 'migrated',
        params: { from: 0, to: 1 },
        message: 'no "schemaVersion": read as format version 1 (add "schemaVersion": 1 to the file)',
      },
    ]);
    expect('schemaVersion' in unversioned).toBe(false);
  });

  it('refuses a newer format version, naming it', () => {
    const outcome = validateScenario({ ...tiny(), schemaVersion: 3 });
    expect(outcome).toMatchObject({
      ok: false,
      issues: [
        {
          path: 'schemaVersion',
          code: 'newer-format-version',
          params: { version: 3, supported: 1 },
          message:
            'this file is in format version 3, newer than this simulator reads (up to 1); update the simulator',
        },
      ],
    });
  });

  it('refuses a version that is not a whole number', () => {
    const outcome = validateScenario({ ...tiny(), schemaVersion: '1' });
    expect(!outcome.ok && outcome.issues[0]?.message).toBe(
      'expected a format version (a whole number >= 1), got "1"',
    );
  });

  it('applies each step in order and never mutates the input', () => {
    const steps: Migration[] = [
      { from: 0, describe: 'zero to one', migrate: (d) => ({ ...d, schemaVersion: 1, trail: ['0>1'] }) },
    ];
    const input = { id: 'x' };
    const outcome = migrateScenario(input, steps);
    expect(outcome).toMatchObject({
      ok: true,
      document: { id: 'x', schemaVersion: 1, trail: ['0>1'] },
      warnings: [{ path: 'schemaVersion', code: 'migrated', message: 'zero to one' }],
    });
    expect(input).toEqual({ id: 'x' });
  });

  it('says so when a step is missing from the registry', () => {
    const outcome = migrateScenario({ id: 'x' }, []);
    expect(!outcome.ok && outcome.issues[0]?.message).toBe(
      'no migration from format version 0; this file cannot be read',
    );
  });
});

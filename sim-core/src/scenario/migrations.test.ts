import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migrateScenario, type Migration } from './migrations.ts';
import { validateScenario } from './validate.ts';

const FIXTURE = new URL('../../../tests/fixtures/cli/tiny.scenario.json', import.meta.url);
const tiny = (): Record<string, unknown> =>
  JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, unknown>;

describe('scenario format migrations', () => {
  it('reads a file without schemaVersion as version 1, then 2, with a warning for each step', () => {
    const { schemaVersion: _version, ...unversioned } = tiny();
    const outcome = validateScenario(unversioned);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.scenario.schemaVersion).toBe(2);
    expect(outcome.warnings.map((w) => w.path)).toEqual(['schemaVersion', 'schemaVersion']);
    expect(outcome.warnings[0]?.message).toBe(
      'no "schemaVersion": read as format version 1 (add "schemaVersion": 1 to the file)',
    );
    expect('schemaVersion' in unversioned).toBe(false);
  });

  it('reads a version-1 file (one document set) as version 2 with no document rules', () => {
    const v1 = tiny();
    const { rules: _rules, ...documents } = v1['documents'] as Record<string, unknown>;
    const outcome = validateScenario({ ...v1, schemaVersion: 1, documents });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.scenario.documents.rules).toEqual([]);
    expect(outcome.warnings[0]?.message).toMatch(/^format version 1: one document set/);
  });

  it('refuses a newer format version, naming it', () => {
    const outcome = validateScenario({ ...tiny(), schemaVersion: 3 });
    expect(outcome).toEqual({
      ok: false,
      issues: [
        {
          path: 'schemaVersion',
          message:
            'this file is in format version 3, newer than this simulator reads (up to 2); update the simulator',
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
      {
        from: 1,
        describe: 'one to two',
        migrate: (d) => ({ ...d, schemaVersion: 2, trail: ['0>1', '1>2'] }),
      },
    ];
    const input = { id: 'x' };
    const outcome = migrateScenario(input, steps);
    expect(outcome).toEqual({
      ok: true,
      document: { id: 'x', schemaVersion: 2, trail: ['0>1', '1>2'] },
      warnings: [
        { path: 'schemaVersion', message: 'zero to one' },
        { path: 'schemaVersion', message: 'one to two' },
      ],
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

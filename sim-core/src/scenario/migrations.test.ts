import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrateScenario, type Migration } from './migrations.ts';
import { SCHEMA_VERSION } from './schema.ts';
import { validateScenario } from './validate.ts';

const FIXTURE = new URL('../../../tests/fixtures/cli/tiny.scenario.json', import.meta.url);
const tiny = (): Record<string, unknown> =>
  JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, unknown>;

describe('scenario format migrations', () => {
  it('reads a file without schemaVersion as version 1, then 2, then 3, with a warning for each step', () => {
    const { schemaVersion: _version, ...unversioned } = tiny();
    const outcome = validateScenario(unversioned);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.scenario.schemaVersion).toBe(SCHEMA_VERSION);
    expect(outcome.warnings).toMatchObject([
      {
        path: 'schemaVersion',
        code: 'migrated',
        params: { from: 0, to: 1 },
        message: 'no "schemaVersion": read as format version 1 (add "schemaVersion": 1 to the file)',
      },
      { path: 'schemaVersion', code: 'migrated', params: { from: 1, to: 2 } },
      { path: 'schemaVersion', code: 'migrated', params: { from: 2, to: 3 } },
    ]);
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
    const outcome = validateScenario({ ...tiny(), schemaVersion: 4 });
    expect(outcome).toMatchObject({
      ok: false,
      issues: [
        {
          path: 'schemaVersion',
          code: 'newer-format-version',
          params: { version: 4, supported: 3 },
          message:
            'this file is in format version 4, newer than this simulator reads (up to 3); update the simulator',
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
      {
        from: 2,
        describe: 'two to three',
        migrate: (d) => ({ ...d, schemaVersion: 3, trail: ['0>1', '1>2', '2>3'] }),
      },
    ];
    const input = { id: 'x' };
    const outcome = migrateScenario(input, steps);
    expect(outcome).toMatchObject({
      ok: true,
      document: { id: 'x', schemaVersion: 3, trail: ['0>1', '1>2', '2>3'] },
      warnings: [
        { path: 'schemaVersion', code: 'migrated', message: 'zero to one' },
        { path: 'schemaVersion', code: 'migrated', message: 'one to two' },
        { path: 'schemaVersion', code: 'migrated', message: 'two to three' },
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

  describe('version 2 to 3: the overseas-warehouse node kind', () => {
    const BUILT_INS = ['baseline-2025', 'new-trunk-routes', 'overseas-warehouse-ecommerce'];
    const builtIn = (id: string): Record<string, unknown> =>
      JSON.parse(
        readFileSync(new URL(`../../../assets/scenarios/${id}.json`, import.meta.url), 'utf8'),
      ) as Record<string, unknown>;
    /** A version-2 file: the current one with warehouses written as the depots v2 had. */
    const asVersion2 = (document: Record<string, unknown>): Record<string, unknown> => ({
      ...document,
      schemaVersion: 2,
      nodes: (document['nodes'] as Array<Record<string, unknown>>).map((node) =>
        node['kind'] === 'overseas-warehouse' ? { ...node, kind: 'inland-depot' } : node,
      ),
    });
    const step = MIGRATIONS.find((migration) => migration.from === 2) as Migration;

    it.each(BUILT_INS)('%s written in version 2 reads back as the current file, warehouses and all', (id) => {
      const current = builtIn(id);
      const outcome = validateScenario(asVersion2(current));
      const direct = validateScenario(current);
      expect(outcome.ok && direct.ok).toBe(true);
      if (!outcome.ok || !direct.ok) return;
      // Nothing but the version and the kinds changes: the migrated file is the current one.
      expect(outcome.scenario).toEqual(direct.scenario);
      expect(outcome.warnings.map((w) => w.params)).toEqual([{ from: 2, to: 3, description: step.describe }]);
    });

    it('changes nothing but the version in a file with no warehouse', () => {
      const v2 = { ...tiny(), schemaVersion: 2 };
      const migrated = step.migrate(v2);
      expect({ ...migrated, schemaVersion: 2 }).toEqual(v2);
      expect(migrated['schemaVersion']).toBe(3);
    });

    it('makes a depot named as a warehouse in any language an overseas warehouse, and only those', () => {
      const depot = (id: string, en: string, zh = '仓', ru = 'депо') => ({
        id,
        kind: 'inland-depot',
        name: { en, zh, ru },
        lon: 0,
        lat: 0,
        country: 'DE',
        processes: [],
      });
      const nodes = [
        depot('liege-warehouse', 'Liège'),
        depot('depot-a', 'Budapest e-commerce Warehouse'),
        depot('depot-b', 'Moscow', '莫斯科海外仓'),
        depot('depot-c', 'Almaty', '阿拉木图', 'Склад в Алматы'),
        depot('weifang', 'Weifang inland port', '潍坊内陆港', 'Вэйфан'),
        { ...depot('port-warehouse', 'Port'), kind: 'seaport' },
        'not a node',
      ];
      const input = { schemaVersion: 2, nodes } as unknown as Record<string, unknown>;
      const migrated = step.migrate(input);
      expect((migrated['nodes'] as unknown[]).map((n) => (n as { kind?: string }).kind)).toEqual([
        'overseas-warehouse',
        'overseas-warehouse',
        'overseas-warehouse',
        'overseas-warehouse',
        'inland-depot',
        'seaport',
        undefined,
      ]);
      // The input is never changed.
      expect((input['nodes'] as Array<{ kind: string }>)[0]?.kind).toBe('inland-depot');
    });

    it('leaves a document whose nodes are not a list for the schema to report', () => {
      const outcome = validateScenario({ ...tiny(), schemaVersion: 2, nodes: 'none' });
      expect(!outcome.ok && outcome.issues[0]?.path).toBe('nodes');
    });
  });
});

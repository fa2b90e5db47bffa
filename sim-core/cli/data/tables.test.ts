// A bad corridor table stops the build with a message that names the file, the JSON path and what
// was expected: checked on copies of the real tables with one thing broken.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatPath } from '../../src/scenario/jsonPath.ts';
import { CorridorsFile } from './corridors.ts';
import { DemandFile } from './demand.ts';
import { DocumentsFile } from './documents.ts';
import { HubTrainsFile } from './history.ts';
import { NodeProcessesFile } from './nodeProcesses.ts';
import { NodesFile } from './nodes.ts';
import { PARAMETER_NAMES, ParametersFile, parametersOf } from './parameters.ts';
import { RailServicesFile } from './railTable.ts';
import { RailPathsFile, RoutesFile } from './routes.ts';
import { AirServicesFile, SeaServicesFile } from './seaAirTables.ts';
import {
  DATA_DIR,
  CellProvenance,
  Column,
  parseData,
  provenanceOf,
  readData,
  RecordProvenance,
  tableOf,
  Triple,
} from './tables.ts';

const Row = z.strictObject({
  id: z.string(),
  perWeek: z.number().positive(),
  hours: Triple.optional(),
  provenance: RecordProvenance,
  cells: z.record(z.string(), CellProvenance).optional(),
});
const schema = tableOf(Row.loose());

/** The real rail services table with `edit` applied to a deep copy. */
function railWith(
  edit: (file: { columns: Record<string, unknown>; rows: Record<string, unknown>[] }) => void,
) {
  const copy = structuredClone(readData('rail-services.json')) as Parameters<typeof edit>[0];
  edit(copy);
  return copy;
}

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the table to be refused');
}

describe('a corridor table', () => {
  it('as shipped passes its schema', () => {
    expect(
      parseData('rail-services.json', readData('rail-services.json'), schema).rows.length,
    ).toBeGreaterThan(0);
  });

  it.each([
    [
      'a number written as text',
      (f: Parameters<Parameters<typeof railWith>[0]>[0]) => (f.rows[2]!['perWeek'] = '3'),
      'rows[2].perWeek',
      'expected number',
    ],
    [
      'a negative frequency',
      (f: Parameters<Parameters<typeof railWith>[0]>[0]) => (f.rows[0]!['perWeek'] = -1),
      'rows[0].perWeek',
      '>0',
    ],
    [
      'a source id not in sources.json',
      (f: Parameters<Parameters<typeof railWith>[0]>[0]) =>
        (f.rows[1]!['provenance'] = { kind: 'cite', source: 'noSuchSource' }),
      'rows[1].provenance.source',
      'expected the id of a row of assets/sources/sources.json, got "noSuchSource"',
    ],
    [
      'an estimate not marked as one',
      (f: Parameters<Parameters<typeof railWith>[0]>[0]) =>
        (f.rows[3]!['cells'] = { perWeek: { source: 'projectEstimate', year: 2025, confidence: 'C' } }),
      'rows[3].cells.perWeek',
      '"estimate": true exactly when the confidence is C',
    ],
    [
      'a column without its unit',
      (f: Parameters<Parameters<typeof railWith>[0]>[0]) => (f.columns['perWeek'] = {}),
      'columns.perWeek.unit',
      'expected string',
    ],
    [
      'a spread whose mode is above its max',
      (f: Parameters<Parameters<typeof railWith>[0]>[0]) => (f.rows[0]!['hours'] = [1, 5, 2]),
      'rows[0].hours',
      'min <= mode <= max',
    ],
  ])('with %s is refused naming the file, the path and what was expected', (_what, edit, path, expected) => {
    const message = messageOf(() => parseData('rail-services.json', railWith(edit), schema));
    expect(message).toContain('assets/data/rail-services.json');
    expect(message).toContain(`  ${path}: `);
    expect(message).toContain(expected);
  });

  it('that is missing is refused naming the file', () => {
    expect(messageOf(() => readData('no-such-table.json'))).toContain('no-such-table.json');
  });
});

describe('a record provenance', () => {
  it('rebuilds a citation, an estimate and an assumption with their tags', () => {
    expect(provenanceOf({ kind: 'cite', source: 'trains2025', note: 'n' })).toMatchObject({
      source: expect.stringMatching(/^\[trains2025\] /),
      confidence: 'B',
      note: expect.stringMatching(/; n$/),
    });
    expect(provenanceOf({ kind: 'estimate', year: 2019, note: 'r' })).toEqual(
      expect.objectContaining({ year: 2019, confidence: 'C', note: 'estimate: r' }),
    );
    expect(provenanceOf({ kind: 'assumption', year: 2020, note: 'r' }).note).toBe('assumption: r');
  });

  it('and a column are strict: an unknown key is refused', () => {
    expect(Column.safeParse({ unit: 'u', unti: 'typo' }).success).toBe(false);
    expect(RecordProvenance.safeParse({ kind: 'cite', source: 'trains2025', year: 2025 }).success).toBe(
      false,
    );
  });
});

describe('the node processes as shipped', () => {
  // The notes were generated from the hours when the tables were code; as data they are written
  // out, so a note quoting a triangle must quote its row's own hours.
  const rows = (readData('node-processes.json') as { rows: Record<string, unknown>[] }).rows;
  const quoting = rows.filter((row) =>
    /triangular\(/.test(String((row['provenance'] as { note?: string } | undefined)?.note)),
  );

  it('quote their own hours wherever a note gives a triangle', () => {
    expect(quoting.length).toBeGreaterThan(10);
    for (const row of quoting) {
      const note = String((row['provenance'] as { note: string }).note);
      const quoted = /triangular\(([^)]*)\)/.exec(note)?.[1]?.split(',').map(Number);
      expect(quoted, `${String(row['node'])}/${String(row['id'])}`).toEqual(
        row['ordinaryHours'] ?? row['serviceHours'],
      );
    }
  });

  it('give each gauge change as many tracks as its note says', () => {
    for (const row of rows.filter((r) => r['id'] === 'gauge-change')) {
      const note = String((row['provenance'] as { note: string }).note);
      expect(/; (\d+) parallel tracks/.exec(note)?.[1], String(row['node'])).toBe(String(row['servers']));
    }
  });
});

/** Each file of assets/data and the schema its loader checks it with. */
const SCHEMAS: Record<string, z.ZodType> = {
  'nodes.json': NodesFile,
  'node-processes.json': NodeProcessesFile,
  'routes.json': RoutesFile,
  'rail-paths.geojson': RailPathsFile,
  'rail-services.json': RailServicesFile,
  'sea-services.json': SeaServicesFile,
  'air-services.json': AirServicesFile,
  'corridors.json': CorridorsFile,
  'documents.json': DocumentsFile,
  'hub-trains.json': HubTrainsFile,
  'demand.json': DemandFile,
  'parameters.json': ParametersFile,
};

/** Paths of every figure in `value` (not in columns, cells or provenance), and of every string. */
function leaves(value: unknown, path: PropertyKey[] = [], out: { path: PropertyKey[]; kind: string }[] = []) {
  if (typeof value === 'number' || typeof value === 'string') out.push({ path, kind: typeof value });
  else if (Array.isArray(value)) value.forEach((x, i) => leaves(x, [...path, i], out));
  else if (value !== null && typeof value === 'object')
    for (const [k, x] of Object.entries(value))
      if (k !== 'columns' && k !== 'cells' && !/provenance$/i.test(k)) leaves(x, [...path, k], out);
  return out;
}

function setAt(root: unknown, path: readonly PropertyKey[], value: unknown): void {
  let at = root as Record<PropertyKey, unknown>;
  for (const key of path.slice(0, -1)) at = at[key] as Record<PropertyKey, unknown>;
  at[path[path.length - 1] as PropertyKey] = value;
}

describe('every table file', () => {
  it('has a schema (a new file in assets/data needs one here and a loader)', () => {
    const files = readdirSync(DATA_DIR).filter((name) => /\.(geo)?json$/.test(name));
    expect(files.sort()).toEqual(Object.keys(SCHEMAS).sort());
  });

  it.each(Object.keys(SCHEMAS))(
    '%s: refuses a figure written as text, a text written as a figure',
    (file) => {
      const schema = SCHEMAS[file] as z.ZodType;
      const shipped = readData(file);
      expect(() => parseData(file, shipped, schema)).not.toThrow();
      // Every leaf of one kind in the middle and at the ends of the file, so that each table is hit.
      const all = leaves(shipped);
      for (const kind of ['number', 'string']) {
        const ofKind = all.filter((leaf) => leaf.kind === kind && leaf.path[0] !== 'description');
        const picks = [ofKind[0], ofKind[Math.floor(ofKind.length / 2)], ofKind[ofKind.length - 1]];
        for (const pick of picks) {
          if (pick === undefined) continue;
          const broken = structuredClone(shipped);
          setAt(broken, pick.path, kind === 'number' ? 'x' : 12345);
          const message = messageOf(() => parseData(file, broken, schema));
          expect(message).toContain(`assets/data/${file}`);
          // zod names the deepest path it checked: the leaf itself or the object holding it.
          const named = /\n {2}(\S*): /.exec(message)?.[1] ?? '';
          expect(formatPath(pick.path).startsWith(named), `${named} for ${formatPath(pick.path)}`).toBe(true);
          expect(message).toMatch(/expected|Invalid/);
        }
      }
    },
  );
});

describe('columns', () => {
  it('must declare every field a row has, and every cell a row overrides', () => {
    const undeclared = railWith((f) => delete f.columns['ratePerTeuUsd']);
    expect(messageOf(() => parseData('rail-services.json', undeclared, RailServicesFile))).toMatch(
      /rows\[0\]\.ratePerTeuUsd: expected "ratePerTeuUsd" to be declared in "columns"/,
    );
    const stray = railWith(
      (f) => (f.rows[1]!['cells'] = { perWek: { source: 'trains2025', year: 2025, confidence: 'B' } }),
    );
    expect(messageOf(() => parseData('rail-services.json', stray, RailServicesFile))).toMatch(
      /rows\[1\]\.cells\.perWek: expected a column named in "columns"/,
    );
  });

  it('of a GeoJSON file name a feature property by its path', () => {
    const geo = structuredClone(readData('rail-paths.geojson')) as {
      features: { properties: Record<string, unknown> }[];
    };
    geo.features[3]!.properties['gauge'] = 1520;
    expect(messageOf(() => parseData('rail-paths.geojson', geo, RailPathsFile))).toContain(
      'features[3].properties',
    );
  });
});

describe('the parameters table', () => {
  const table = (): z.infer<typeof ParametersFile> =>
    parseData('parameters.json', readData('parameters.json'), ParametersFile);

  it('holds every parameter the builder reads, once', () => {
    expect(Object.keys(parametersOf(table())).sort()).toEqual([...PARAMETER_NAMES].sort());
  });

  it('names the file and the missing or repeated parameter', () => {
    const missing = table();
    missing.rows = missing.rows.filter((row) => row.name !== 'trainTeu');
    expect(messageOf(() => parametersOf(missing))).toMatch(
      /assets\/data\/parameters\.json[\s\S]*missing: trainTeu/,
    );
    const twice = table();
    twice.rows.push({ ...(twice.rows[0] as (typeof twice.rows)[number]) });
    expect(messageOf(() => parametersOf(twice))).toMatch(
      /parameters\.json[\s\S]*rows\[\d+\]\.name[\s\S]*twice/,
    );
  });
});

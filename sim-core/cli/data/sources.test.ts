// Every provenance the data ships cites a row of the sources table (assets/sources/sources.json),
// so each figure can be traced to a publisher, a date and what the source says, inside the
// repository; and every number in the corridor tables (assets/data/) resolves to a source id, a
// year and a confidence, an estimate saying it is one.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SOURCES, sourceIdOf } from './sources.ts';

const ASSETS = new URL('../../../assets/', import.meta.url);

/** Every object in `value` that looks like a provenance (a source string and a confidence tag). */
function provenances(value: unknown, found: { source: string }[] = []): { source: string }[] {
  if (Array.isArray(value)) for (const item of value) provenances(item, found);
  else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record['source'] === 'string' && typeof record['confidence'] === 'string')
      found.push(record as { source: string });
    for (const child of Object.values(record)) provenances(child, found);
  }
  return found;
}

function readJson(relative: string): unknown {
  return JSON.parse(readFileSync(new URL(relative, ASSETS), 'utf8'));
}

const DATA_FILES = [
  ...readdirSync(new URL('scenarios/', ASSETS))
    .filter((name) => name.endsWith('.json') && name !== 'index.json')
    .map((name) => `scenarios/${name}`),
  'network/network.geojson',
  'calibration/targets.json',
];

describe('the sources table', () => {
  it('has one row per id, each saying who published what', () => {
    const ids = SOURCES.map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const row of SOURCES) {
      expect(row.publisher.length, row.id).toBeGreaterThan(0);
      expect(row.says.length, row.id).toBeGreaterThan(0);
      expect(['A', 'B', 'C'], row.id).toContain(row.confidence);
      expect(row.url === null, row.id).toBe(row.urlKind === 'none');
    }
  });

  it.each(DATA_FILES)('is cited by every provenance in assets/%s', (file) => {
    const known = new Set(SOURCES.map((row) => row.id));
    const found = provenances(readJson(file));
    expect(found.length).toBeGreaterThan(0);
    const unknown = found.map((p) => p.source).filter((source) => !known.has(sourceIdOf({ source }) ?? ''));
    expect(unknown).toEqual([]);
  });
});

type Json = unknown;
interface Cell {
  source?: unknown;
  year?: unknown;
  confidence?: unknown;
  estimate?: unknown;
}
interface ColumnSpec {
  unit?: unknown;
  key?: unknown;
  provenance?: Cell;
}

const isRecord = (v: Json): v is Record<string, Json> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
const hasNumber = (v: Json): boolean =>
  typeof v === 'number' ||
  (Array.isArray(v) ? v.some(hasNumber) : isRecord(v) && Object.values(v).some(hasNumber));
/** Fields that describe a record rather than hold its figures. */
const META = (key: string): boolean => key === 'cells' || /provenance$/i.test(key);

/**
 * Every number of every table in `file`, with the provenance it resolves to (the row's `cells`
 * entry, else its column's), and every number found outside a table row (which has none).
 */
function numbersOf(file: Json): { where: string; cell: Cell | undefined; key: boolean }[] {
  const found: { where: string; cell: Cell | undefined; key: boolean }[] = [];
  const walk = (v: Json, where: string): void => {
    if (typeof v === 'number') found.push({ where, cell: undefined, key: false });
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${where}[${i}]`));
    else if (isRecord(v)) {
      const rows = Array.isArray(v['rows'])
        ? v['rows']
        : Array.isArray(v['features'])
          ? v['features']
          : undefined;
      if (isRecord(v['columns']) && rows !== undefined) {
        const columns = v['columns'] as Record<string, ColumnSpec>;
        rows.forEach((raw, i) => {
          const row: Record<string, Json> =
            isRecord(raw) && raw['type'] === 'Feature'
              ? {
                  geometry: (raw['geometry'] as Record<string, Json>)['coordinates'],
                  ...(raw['properties'] as object),
                }
              : (raw as Record<string, Json>);
          const cells = (row['cells'] ?? {}) as Record<string, Cell>;
          for (const [field, value] of Object.entries(row)) {
            if (META(field) || !hasNumber(value)) continue;
            const column = columns[field];
            found.push({
              where: `${where}.rows[${i}].${field}`,
              cell: cells[field] ?? column?.provenance,
              key: column?.key === true,
            });
          }
          for (const field of Object.keys(cells))
            if (columns[field] === undefined)
              found.push({ where: `${where}.rows[${i}].cells.${field}`, cell: undefined, key: false });
        });
        for (const [k, x] of Object.entries(v))
          if (k !== 'columns' && k !== 'rows' && k !== 'features') walk(x, `${where}.${k}`);
      } else for (const [k, x] of Object.entries(v)) walk(x, `${where}.${k}`);
    }
  };
  walk(file, '$');
  return found;
}

const TABLE_FILES = readdirSync(new URL('data/', ASSETS)).filter((name) => /\.(geo)?json$/.test(name));

describe('the corridor tables (assets/data)', () => {
  it('are there, with figures in them', () => {
    expect(TABLE_FILES.length).toBeGreaterThan(5);
    const figures = TABLE_FILES.flatMap((name) => numbersOf(readJson(`data/${name}`)));
    expect(figures.filter((f) => !f.key).length).toBeGreaterThan(300);
  });

  it.each(TABLE_FILES)('give every number in %s a source id, a year and a confidence', (name) => {
    const known = new Set(SOURCES.map((row) => row.id));
    const numbers = numbersOf(readJson(`data/${name}`));
    const bad = numbers
      .filter(({ key }) => !key)
      .flatMap(({ where, cell }) => {
        if (cell === undefined) return [`${where}: no provenance (neither the row's cells nor its column)`];
        const problems: string[] = [];
        if (typeof cell.source !== 'string' || !known.has(cell.source))
          problems.push(`unknown source ${String(cell.source)}`);
        if (!Number.isInteger(cell.year)) problems.push('no year');
        if (!['A', 'B', 'C'].includes(String(cell.confidence))) problems.push('no confidence A/B/C');
        // An estimate says it is one: confidence C exactly when the cell is marked an estimate.
        if ((cell.confidence === 'C') !== (cell.estimate === true))
          problems.push('confidence C without "estimate": true, or the reverse');
        return problems.map((p) => `${where}: ${p}`);
      });
    expect(bad).toEqual([]);
  });
});

describe('numbersOf', () => {
  const table = (rows: Json[], columns: Record<string, ColumnSpec>): Json => ({
    description: 'd',
    columns,
    rows,
  });
  const cited = { source: 'trains2025', year: 2025, confidence: 'B' };

  it('resolves a number to its column, a row override winning', () => {
    const own = { source: 'trains2024', year: 2024, confidence: 'A' };
    const found = numbersOf(
      table([{ n: 1 }, { n: 2, cells: { n: own } }], { n: { unit: 'u', provenance: cited } }),
    );
    expect(found.map((f) => f.cell)).toEqual([cited, own]);
  });

  it('finds numbers nested in a cell, in GeoJSON features and outside any table', () => {
    const geo = {
      type: 'FeatureCollection',
      columns: { geometry: { unit: 'deg' } },
      features: [
        {
          type: 'Feature',
          properties: {},
          geometry: {
            type: 'LineString',
            coordinates: [
              [1, 2],
              [3, 4],
            ],
          },
        },
      ],
      stray: 5,
    };
    const found = numbersOf(geo);
    expect(found.map((f) => f.where)).toEqual(['$.rows[0].geometry', '$.stray']);
    expect(found.every((f) => f.cell === undefined)).toBe(true);
  });

  it('does not count a record provenance or a cell override as figures, and flags an override of no column', () => {
    const found = numbersOf(table([{ provenance: { year: 2020 }, cells: { x: cited } }], {}));
    expect(found.map((f) => f.where)).toEqual(['$.rows[0].cells.x']);
  });
});

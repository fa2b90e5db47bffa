// Every provenance the data ships cites a row of the sources table (assets/sources/sources.json),
// so each figure can be traced to a publisher, a date and what the source says, inside the
// repository.
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

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseJsonText, readJsonFile } from './readJsonFile.ts';

const dir = mkdtempSync(join(tmpdir(), 'scoda-json-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readJsonFile', () => {
  it('refuses a file above the size cap before reading it', () => {
    const file = join(dir, 'big.json');
    writeFileSync(file, `[${'1,'.repeat(3_000_000)}1]`);
    expect(() => readJsonFile(file, 'big.json', 1024 * 1024)).toThrow(
      'big.json: the file has 5.7 MB, more than the 1.0 MB a scenario may have',
    );
  });

  it('reads a file that starts with a byte-order mark', () => {
    const file = join(dir, 'bom.json');
    writeFileSync(file, '\uFEFF{"a": 1}');
    expect(readJsonFile(file)).toEqual({ a: 1 });
  });

  it('names a folder given as a file', () => {
    expect(() => readJsonFile(dir, 'out')).toThrow('out: is a folder, expected a JSON file');
  });

  it('locates syntax errors that V8 reports without a position', () => {
    expect(() => parseJsonText('[1,\n 2,\n]', 'x.json')).toThrow(
      'x.json:3:1: invalid JSON: expected a value (a trailing comma?), found "]"',
    );
    expect(() => parseJsonText('{"a": tru}', 'x.json')).toThrow(
      'x.json:1:7: invalid JSON: unexpected character, found "tru"',
    );
    expect(() => parseJsonText('{"a": 1', 'x.json')).toThrow(
      'x.json:1:8: invalid JSON: expected "}" (an object is not closed)',
    );
    expect(() => parseJsonText('// note\n{}', 'x.json')).toThrow(
      'x.json:1:1: invalid JSON: comments are not allowed in JSON',
    );
  });

  it('reports a broken, absurdly deep file without crashing', () => {
    expect(() => parseJsonText(`${'['.repeat(200_000)}x`, 'deep.json')).toThrow(
      /^deep\.json(:\d+:\d+)?: invalid JSON/,
    );
  });
});

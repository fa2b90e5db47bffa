import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeFsError, parseJsonText, readJsonFile } from './readJsonFile.ts';

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

  it('refuses a device such as /dev/zero at once instead of reading it forever', () => {
    const link = join(dir, 'zero.json');
    symlinkSync('/dev/zero', link);
    const started = performance.now();
    expect(() => readJsonFile(link, 'zero.json')).toThrow(
      'zero.json: is not a regular file (a device, pipe or socket), expected a JSON file',
    );
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('refuses a FIFO without waiting for a writer', () => {
    const fifo = join(dir, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    expect(() => readJsonFile(fifo, 'pipe.json')).toThrow('pipe.json: is not a regular file');
  });

  it('names a symlink loop as such, not as a missing file', () => {
    const loop = join(dir, 'loop.json');
    symlinkSync(loop, loop);
    expect(() => readJsonFile(loop, 'loop.json')).toThrow('loop.json: too many symbolic links');
  });

  it('names a folder it may not read', () => {
    expect(describeFsError({ code: 'EACCES' })).toBe('permission denied');
  });

  it('refuses a list longer than any scenario has before parsing it, naming its path', () => {
    const file = join(dir, 'demand.json');
    writeFileSync(file, `{"nodes": [], "demand": [${'{},'.repeat(60_000)}{}]}`);
    expect(() => readJsonFile(file, 'demand.json')).toThrow(
      'demand.json: demand: expected at most 50000 items, got more (the longest list a scenario may have)',
    );
  });

  it('refuses nesting deeper than any scenario before parsing it', () => {
    const file = join(dir, 'nested.json');
    writeFileSync(file, `{"a": ${'['.repeat(100)}${']'.repeat(100)}}`);
    expect(() => readJsonFile(file, 'nested.json')).toThrow(
      /^nested\.json: a(\[0\])+: nested more than 32 levels/,
    );
  });

  it('escapes control characters in the file name it shows', () => {
    expect(() => readJsonFile(join(dir, 'none.json'), 'evil\n\u001b[2Jfile: ok')).toThrow(
      'evil\\n\\u001b[2Jfile: ok: no such file',
    );
  });

  it('reports a broken, absurdly deep file without crashing', () => {
    expect(() => parseJsonText(`${'['.repeat(200_000)}x`, 'deep.json')).toThrow(
      /^deep\.json(:\d+:\d+)?: invalid JSON/,
    );
  });
});

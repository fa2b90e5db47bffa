import { execFileSync } from 'node:child_process';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempFolder } from '../testing/tempFolder.ts';
import { parseJsonText } from './parseJsonText.ts';
import { readScenarioFile, withScenarioExtension, writeScenarioFile } from './scenarioFile.ts';

const outline = { schemaVersion: 1, id: 'tiny', nodes: [{ id: 'qingdao-port' }], links: [] };

describe('parseJsonText', () => {
  it('points at the line and column of a syntax error', () => {
    const outcome = parseJsonText('{\n  "nodes": [\n    1,\n  ]\n}');
    expect(outcome).toEqual({ ok: false, line: 4, column: 3, code: 'ValueExpected' });
  });

  it('names a missing comma and a comment as such', () => {
    expect(parseJsonText('{"a": 1\n "b": 2}')).toEqual({
      ok: false,
      line: 2,
      column: 2,
      code: 'CommaExpected',
    });
    expect(parseJsonText('{ // note\n}')).toMatchObject({ ok: false, line: 1, code: 'InvalidCommentToken' });
  });

  it('reads a file saved with a byte-order mark, and calls empty text empty', () => {
    expect(parseJsonText('\uFEFF{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
    expect(parseJsonText('')).toMatchObject({ ok: false, line: 1, column: 1 });
  });
});

describe('reading a scenario file', () => {
  const tempFolder = useTempFolder();

  it('hands over the parsed JSON with the file name', async () => {
    const dir = await tempFolder();
    const filePath = join(dir, 'tiny.scoda.json');
    await writeFile(filePath, JSON.stringify(outline));
    expect(await readScenarioFile(filePath)).toEqual({
      ok: true,
      scenario: { filePath, fileName: 'tiny.scoda.json', json: outline },
    });
  });

  it('refuses a file over the size limit before reading it, naming both sizes', async () => {
    const dir = await tempFolder();
    const filePath = join(dir, 'huge.scoda.json');
    await writeFile(filePath, ' '.repeat(3 * 1024 * 1024));
    const outcome = await readScenarioFile(filePath, 2 * 1024 * 1024);
    expect(outcome).toEqual({
      ok: false,
      message: 'huge.scoda.json is 3.0 MB; scenario files may be at most 2.0 MB.',
    });
  });

  it('names the file, the line and the column of a JSON syntax error', async () => {
    const dir = await tempFolder();
    const filePath = join(dir, 'broken.scoda.json');
    await writeFile(filePath, '{\n  "schemaVersion": 1,\n  "nodes": [}\n');
    const outcome = await readScenarioFile(filePath);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.message).toBe(
      'broken.scoda.json is not valid JSON: a value was expected at line 3, column 13.',
    );
  });

  it('refuses JSON that is not a scenario, listing each missing part by JSON path', async () => {
    const dir = await tempFolder();
    const filePath = join(dir, 'package.json');
    await writeFile(filePath, JSON.stringify({ name: 'x', nodes: 'none' }));
    const outcome = await readScenarioFile(filePath);
    expect(outcome.ok).toBe(false);
    const message = outcome.ok ? '' : outcome.message;
    expect(message).toMatch(/^package\.json is not a SCODA scenario:/);
    expect(message).toMatch(/\$\.schemaVersion: .*number/);
    expect(message).toMatch(/\$\.nodes: .*array/);
    expect(message).toMatch(/\$\.links: /);
  });

  it('words its refusal in the interface language, zod messages included', async () => {
    const dir = await tempFolder();
    const broken = join(dir, 'broken.scoda.json');
    await writeFile(broken, '{"schemaVersion": 1,');
    expect(await readScenarioFile(broken, undefined, 'ru')).toEqual({
      ok: false,
      message:
        'broken.scoda.json не является корректным JSON: ожидалось имя свойства в двойных кавычках в строке 1, столбце 21.',
    });
    const foreign = join(dir, 'foreign.json');
    await writeFile(foreign, JSON.stringify({ schemaVersion: 1, nodes: [] }));
    const outcome = await readScenarioFile(foreign, undefined, 'zh');
    expect(outcome.ok ? '' : outcome.message).toMatch(
      /^foreign\.json 不是 SCODA 情景文件：\n {2}\$\.links: .*数组/,
    );
  });

  it('says plainly when the file is gone or is a folder', async () => {
    const dir = await tempFolder();
    expect(await readScenarioFile(join(dir, 'gone.scoda.json'))).toEqual({
      ok: false,
      message:
        'gone.scoda.json cannot be opened: the file does not exist (it may have been moved or deleted).',
    });
    await mkdir(join(dir, 'folder.scoda.json'));
    expect(await readScenarioFile(join(dir, 'folder.scoda.json'))).toMatchObject({
      ok: false,
      message: /is a folder/,
    });
  });

  it('refuses /dev/zero and a FIFO at once instead of reading forever or blocking', async () => {
    const dir = await tempFolder();
    await symlink('/dev/zero', join(dir, 'zero.scoda.json'));
    execFileSync('mkfifo', [join(dir, 'pipe.scoda.json')]);
    for (const name of ['zero.scoda.json', 'pipe.scoda.json']) {
      expect(await readScenarioFile(join(dir, name))).toEqual({
        ok: false,
        message: `${name} cannot be opened: it is a device, pipe or socket, not a file.`,
      });
    }
  });

  it('names a symlink loop as such, not as a missing file', async () => {
    const dir = await tempFolder();
    await symlink(join(dir, 'loop.scoda.json'), join(dir, 'loop.scoda.json'));
    expect(await readScenarioFile(join(dir, 'loop.scoda.json'))).toMatchObject({
      ok: false,
      message: /too many symbolic links/,
    });
  });

  it('refuses a list longer than any scenario has before parsing it', async () => {
    const dir = await tempFolder();
    const file = join(dir, 'huge.scoda.json');
    await writeFile(file, `{"schemaVersion": 1, "demand": [${'{},'.repeat(60_000)}{}]}`);
    expect(await readScenarioFile(file)).toEqual({
      ok: false,
      message:
        'huge.scoda.json is not a scenario: it has a list of more than 50000 items, more than any scenario has.',
    });
    await writeFile(file, `{"a": ${'['.repeat(40)}${']'.repeat(40)}}`);
    expect(await readScenarioFile(file)).toMatchObject({ ok: false, message: /nests more than 32 levels/ });
  });
});

describe('writing a scenario file', () => {
  const tempFolder = useTempFolder();

  it('writes pretty JSON that reads back to the same scenario', async () => {
    const dir = await tempFolder();
    const filePath = join(dir, 'tiny.scoda.json');
    await writeScenarioFile(filePath, outline);
    const text = await readFile(filePath, 'utf8');
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "schemaVersion": 1');
    expect(await readScenarioFile(filePath)).toMatchObject({ ok: true, scenario: { json: outline } });
  });

  it('refuses to write a scenario too large to open again, leaving the old file', async () => {
    const dir = await tempFolder();
    const filePath = join(dir, 'tiny.scoda.json');
    await writeFile(filePath, 'old');
    const big = { ...outline, nodes: Array.from({ length: 2000 }, (_, i) => ({ id: `node-${i}` })) };
    await expect(writeScenarioFile(filePath, big, {}, 10_000)).rejects.toThrow(/at most/);
    expect(await readFile(filePath, 'utf8')).toBe('old');
  });

  it('adds .scoda.json unless the name already ends in .json', () => {
    expect(withScenarioExtension('/a/more-trains')).toBe('/a/more-trains.scoda.json');
    expect(withScenarioExtension('/a/plan.scoda.json')).toBe('/a/plan.scoda.json');
    expect(withScenarioExtension('/a/plan.JSON')).toBe('/a/plan.JSON');
  });
});

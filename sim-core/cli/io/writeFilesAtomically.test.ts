import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFilesAtomically } from './writeFilesAtomically.ts';

const root = mkdtempSync(join(tmpdir(), 'scoda-out-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let folders = 0;
const freshFolder = (): string => {
  const dir = join(root, `case-${(folders += 1)}`);
  mkdirSync(dir);
  return dir;
};

const RUN = (tag: string) => ({
  'throughput.csv': `throughput ${tag}`,
  'kpis.csv': [`kpis `, tag],
  'summary.json': `{"run": "${tag}"}`,
});

describe('writeFilesAtomically', () => {
  it('never writes through a symlink planted in the folder', () => {
    const dir = freshFolder();
    const outside = join(root, `outside-${folders}.txt`);
    writeFileSync(outside, 'precious');
    symlinkSync(outside, join(dir, 'throughput.csv'));
    // The temporary names of earlier versions were predictable: plant links there too.
    symlinkSync(outside, join(dir, `.kpis.csv.${process.pid}.tmp`));
    writeFilesAtomically(dir, RUN('new'), { last: 'summary.json' });
    expect(readFileSync(outside, 'utf8')).toBe('precious');
    expect(readFileSync(join(dir, 'throughput.csv'), 'utf8')).toBe('throughput new');
  });

  it('leaves the previous set whole when the run fails before the swap', () => {
    const dir = freshFolder();
    writeFilesAtomically(dir, RUN('old'), { last: 'summary.json' });
    expect(() =>
      writeFilesAtomically(dir, RUN('new'), {
        last: 'summary.json',
        beforeSwap: () => {
          throw new Error('killed');
        },
      }),
    ).toThrow('could not write the results');
    expect(readFileSync(join(dir, 'kpis.csv'), 'utf8')).toBe('kpis old');
    expect(readFileSync(join(dir, 'summary.json'), 'utf8')).toBe('{"run": "old"}');
    expect(readdirSync(dir).sort()).toEqual(['kpis.csv', 'summary.json', 'throughput.csv']);
  });

  it('leaves no manifest beside a set that was only partly replaced', () => {
    const dir = freshFolder();
    writeFilesAtomically(dir, RUN('old'), { last: 'summary.json' });
    // A folder where kpis.csv should go makes the second rename fail, as a kill there would.
    rmSync(join(dir, 'kpis.csv'));
    mkdirSync(join(dir, 'kpis.csv'));
    writeFileSync(join(dir, 'kpis.csv', 'keep'), '');
    expect(() => writeFilesAtomically(dir, RUN('new'), { last: 'summary.json' })).toThrow();
    expect(readFileSync(join(dir, 'throughput.csv'), 'utf8')).toBe('throughput new');
    // summary.json is gone: a reader that trusts it never pairs the new throughput with old files.
    expect(readdirSync(dir)).not.toContain('summary.json');
    expect(readdirSync(dir).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('removes the staging folders and temporary files that dead runs left', () => {
    const dir = freshFolder();
    // No process has pid 2^22 + 1 on Linux (pid_max is at most 2^22).
    const deadPid = 4_194_305;
    mkdirSync(join(dir, `.scoda-run-${deadPid}-abc123`));
    writeFileSync(join(dir, `.scoda-run-${deadPid}-abc123`, 'throughput.csv'), 'x'.repeat(1000));
    writeFileSync(join(dir, `.throughput.csv.${deadPid}.tmp`), 'partial');
    writeFileSync(join(dir, 'notes.txt'), 'the user’s own file');
    writeFilesAtomically(dir, RUN('new'), { last: 'summary.json' });
    expect(readdirSync(dir).sort()).toEqual(['kpis.csv', 'notes.txt', 'summary.json', 'throughput.csv']);
  });

  it('refuses an empty --out instead of writing into the current folder', () => {
    expect(() => writeFilesAtomically(join(root, 'x'), RUN('new'), { displayDir: '' })).toThrow(
      '--out: expected a folder name, got an empty one',
    );
  });
});

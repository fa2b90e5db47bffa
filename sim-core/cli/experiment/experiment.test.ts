/**
 * `scoda-sim experiment` as a user meets it: the files, their independence from the number of
 * threads, resuming after a kill, and the messages for a bad experiment file.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../main.ts';

const BIN = fileURLToPath(new URL('../bin.mjs', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../../../tests/fixtures/experiment/', import.meta.url));
const GRID = join(FIXTURES, 'tiny-grid.experiment.json');
const work = mkdtempSync(join(tmpdir(), 'scoda-experiment-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const FILES = ['manifest.json', 'results.csv', 'summary.csv'] as const;

async function experiment(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(['experiment', ...args], {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd: FIXTURES,
  });
  return { code, stdout, stderr };
}

const read = (dir: string): string[] => FILES.map((file) => readFileSync(join(dir, file), 'utf8'));

describe('scoda-sim experiment', () => {
  it('writes tidy results, a summary with CIs and a manifest, the same bytes on 1 and 2 threads', async () => {
    const one = join(work, 'one');
    const two = join(work, 'two');
    expect((await experiment('tiny-grid.experiment.json', '--out', one, '--threads', '1')).code).toBe(0);
    expect((await experiment('tiny-grid.experiment.json', '--out', two, '--threads', '2')).code).toBe(0);
    expect(read(two)).toEqual(read(one));
    const [manifest, results, summary] = read(one) as [string, string, string];
    const lines = results.split('\r\n');
    expect(lines[0]).toBe('\uFEFFpoint,gate-servers,shuttles,replication,metric,year,value');
    // 6 points x 3 replications x 4 metrics (one year of the KPI), header and final line end.
    expect(lines).toHaveLength(6 * 3 * 4 + 2);
    expect(summary.split('\r\n')[0]).toBe(
      '\uFEFFpoint,gate-servers,shuttles,metric,year,replications,mean,ci95_low,ci95_high',
    );
    const parsed = JSON.parse(manifest) as {
      experimentHash: string;
      points: Array<{ seed: number; replicationSeeds: number[] }>;
    };
    expect(parsed.experimentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(parsed.points).toHaveLength(6);
    expect(parsed.points.every((p) => p.seed === 7 && p.replicationSeeds.length === 3)).toBe(true);
  });

  it('refuses an --out folder that holds another experiment', async () => {
    const dir = join(work, 'other');
    expect((await experiment('tiny-grid.experiment.json', '--out', dir, '--threads', '1')).code).toBe(0);
    const changed = JSON.parse(readFileSync(GRID, 'utf8')) as { seed: number };
    changed.seed = 8;
    writeFileSync(join(FIXTURES, '.changed.experiment.json'), JSON.stringify(changed));
    try {
      const outcome = await experiment('.changed.experiment.json', '--out', dir);
      expect(outcome.code).toBe(1);
      expect(outcome.stderr).toContain('holds the results of another experiment');
    } finally {
      rmSync(join(FIXTURES, '.changed.experiment.json'));
    }
  });

  it('names the file, the JSON path and the expectation for a bad experiment file', async () => {
    const bad = join(work, 'bad.experiment.json');
    const document = JSON.parse(readFileSync(GRID, 'utf8')) as Record<string, unknown>;
    document['scenario'] = join(FIXTURES, '../cli/tiny.scenario.json');
    document['replications'] = 0;
    document['parameters'] = [{ id: 'x', path: 'nodes[nowhere].processes[0].servers', values: [1] }];
    writeFileSync(bad, JSON.stringify(document));
    const first = await experiment(bad, '--out', join(work, 'never'));
    expect(first.code).toBe(1);
    expect(first.stderr).toContain(`${bad}: replications: expected a number >= 1, got 0`);
    document['replications'] = 1;
    writeFileSync(bad, JSON.stringify(document));
    const second = await experiment(bad, '--out', join(work, 'never'));
    expect(second.stderr).toContain(
      `${bad}: parameters[0].path: the scenario has no item with id "nowhere" under nodes`,
    );
    expect(existsSync(join(work, 'never'))).toBe(false);
  });

  it('resumes after a kill: finished points are kept and the files are the same bytes', async () => {
    const whole = join(work, 'whole');
    expect((await experiment('tiny-grid.experiment.json', '--out', whole, '--threads', '1')).code).toBe(0);
    const killed = join(work, 'killed');
    const child = spawn(process.execPath, [BIN, 'experiment', GRID, '--out', killed, '--threads', '1'], {
      stdio: 'ignore',
    });
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    // Kill it as soon as the first point is saved (renamed into place as .json; a file still
    // being written has another name), long before the sixth.
    const savedPoints = (): number =>
      existsSync(join(killed, 'points'))
        ? readdirSync(join(killed, 'points')).filter((name) => name.endsWith('.json')).length
        : 0;
    for (let waited = 0; waited < 120_000 && savedPoints() < 1; waited += 10)
      await new Promise((resolve) => setTimeout(resolve, 10));
    child.kill('SIGKILL');
    await exited;
    const kept = savedPoints();
    expect(kept).toBeGreaterThanOrEqual(1);
    expect(kept).toBeLessThan(6);
    expect(existsSync(join(killed, 'results.csv'))).toBe(false);
    const resumed = await experiment('tiny-grid.experiment.json', '--out', killed, '--threads', '2');
    expect(resumed.code).toBe(0);
    expect(resumed.stdout).toContain(`${kept} points resumed`);
    expect(read(killed)).toEqual(read(whole));
  });
});

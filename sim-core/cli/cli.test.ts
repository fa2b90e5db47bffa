/**
 * The command line as a user meets it, on small fixture scenarios: exit codes, messages, the
 * files written and their columns. The cases call `main` in this process with captured output
 * (a child process per case cost ~2 s of tsx start-up each); one smoke test runs the real
 * launcher (bin.mjs) as a child process, so the wiring a user runs is covered too.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimApi } from '../src/api/index.ts';
import { KPI_COLUMNS, THROUGHPUT_COLUMNS, TRANSIT_COLUMNS } from '../src/results/csv.ts';
import { main } from './main.ts';

const BIN = fileURLToPath(new URL('./bin.mjs', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../../tests/fixtures/cli/', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'scoda-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the command line in this process, as bin.mjs does, with stdout and stderr captured. */
async function cli(...args: string[]): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd: FIXTURES,
  });
  return { code, stdout, stderr };
}

/** Runs the real launcher, bin.mjs, as a child process. */
function spawnCli(...args: string[]): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: FIXTURES, timeout: 120_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const header = (text: string): string => text.split('\r\n')[0] ?? '';
/** Runs that start a child process or worker threads: generous, as the test machine may be busy. */
const RUN_TIMEOUT_MS = 240_000;

// The launcher's child process is started before the in-process cases and awaited by the last
// case: its start-up (tsx compiling the command line, ~2 s of CPU) runs beside them on another
// core instead of before them.
let launched: Promise<Outcome>;
beforeAll(() => {
  launched = spawnCli('validate', 'broken.scenario.json');
});

describe('scoda-sim: commands and help', () => {
  it('lists the commands on --help and exits 2 without a command', async () => {
    const help = await cli('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/run +run a scenario/);
    expect(help.stdout).toMatch(/validate +check scenario files/);
    expect((await cli()).code).toBe(2);
  });

  it('prints each command help', async () => {
    for (const name of ['run', 'validate', 'scenarios']) {
      const outcome = await cli(name, '--help');
      expect(outcome.code).toBe(0);
      expect(outcome.stdout).toContain(`Usage: scoda-sim ${name}`);
    }
  });

  it('refuses an unknown command or flag with exit code 2 and no stack trace', async () => {
    const command = await cli('simulate');
    expect(command).toMatchObject({ code: 2, stdout: '' });
    expect(command.stderr).toBe(
      'scoda-sim: unknown command "simulate"; the commands are: run, experiment, seek, worker, validate, workbook, scenarios, calibrate\n',
    );
    const flag = await cli('run', 'tiny.scenario.json', '--sed', '3');
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain("Unknown option '--sed'");
    expect(flag.stderr).not.toMatch(/\n\s+at /);
  });

  it('lists the built-in scenarios', async () => {
    const outcome = await cli('scenarios');
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toMatch(/^baseline-2025 +Baseline 2025$/m);
  });
});

describe('scoda-sim validate', () => {
  it('says ok for a valid scenario', async () => {
    expect(await cli('validate', 'tiny.scenario.json')).toEqual({
      code: 0,
      stdout: 'tiny.scenario.json: ok\n',
      stderr: '',
    });
  });

  it('prints every problem with file and JSON path, and exits 1', async () => {
    const outcome = await cli('validate', 'broken.scenario.json');
    expect(outcome.code).toBe(1);
    expect(outcome.stdout.trim().split('\n').sort()).toEqual([
      'broken.scenario.json: colour: unknown key (not part of the scenario format; check its spelling)',
      'broken.scenario.json: demand[0].corridor: unknown corridor "europe"',
      'broken.scenario.json: links[2].to: unknown node "almatyy" (did you mean "almaty"?)',
      'broken.scenario.json: nodes[0].kind: expected one of "seaport" | "airport" | "rail-terminal" | "border-crossing" | "inland-depot" | "overseas-warehouse" | "city", got "harbour"',
      'broken.scenario.json: services[0].timetable.departuresPerWeek: expected a number >= 0, got -2',
    ]);
  });

  it('points at the line and column of a JSON syntax error', async () => {
    // Written here, not kept as a fixture: the formatter would repair it.
    const file = join(work, 'bad-syntax.json');
    writeFileSync(file, '{\n  "schemaVersion": 1,\n  "nodes": [\n    { "id": "a", },\n  ]\n}\n');
    const outcome = await cli('validate', file);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toBe(
      `${file}:4:18: invalid JSON: expected a property name in double quotes, found "}"\n`,
    );
  });

  it('names a missing file', async () => {
    const outcome = await cli('validate', 'nowhere.json');
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toMatch(/^nowhere\.json: no such file, and no built-in scenario has that id/);
  });
});

describe('scoda-sim run', () => {
  // One run on one thread, in this process: the files the next two cases read.
  const one = join(work, 'run-one');
  const runArgs = ['run', 'tiny.scenario.json', '--replications', '2', '--seed', '5'];
  let oneThread: Outcome;
  beforeAll(async () => {
    oneThread = await cli(...runArgs, '--threads', '1', '--out', one);
  }, RUN_TIMEOUT_MS);
  const read = (folder: string, name: string): string => readFileSync(join(folder, name), 'utf8');

  it('writes the three CSVs and summary.json with the agreed columns', () => {
    expect(oneThread.stderr).toBe('');
    expect(oneThread.code).toBe(0);
    expect(header(read(one, 'throughput.csv'))).toBe(`\uFEFF${THROUGHPUT_COLUMNS.join(',')}`);
    expect(header(read(one, 'kpis.csv'))).toBe(`\uFEFF${KPI_COLUMNS.join(',')}`);
    expect(header(read(one, 'transit_times.csv'))).toBe(`\uFEFF${TRANSIT_COLUMNS.join(',')}`);
    const summary = JSON.parse(read(one, 'summary.json'));
    expect(summary.seed).toBe(5);
    expect(summary.replicationSeeds).toHaveLength(2);
    expect(summary.scenario.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(summary.resources.map((r: { id: string }) => r.id)).toContain('khorgos/customs');
    expect(summary.resources[0].utilisation).toEqual({
      mean: expect.any(Number),
      low: expect.any(Number),
      high: expect.any(Number),
    });
    // No temporary files are left behind.
    expect(existsSync(join(one, `.throughput.csv.${process.pid}.tmp`))).toBe(false);
  });

  it(
    'gives byte-identical files for the same seed on two worker threads, and the same CSV as the app',
    async () => {
      // Two replications on two threads: each thread runs one, so the pool, the messages and
      // the reassembly in replication order are all exercised (the app's own pool of web
      // workers is checked against the sequential run in testing/runPool.test.ts).
      const two = join(work, 'run-two');
      const api = createSimApi();
      const scenario: unknown = JSON.parse(read(FIXTURES, 'tiny.scenario.json'));
      const [threaded, app] = await Promise.all([
        cli(...runArgs, '--threads', '2', '--out', two),
        api.runScenario(scenario, { seed: 5, replications: 2 }),
      ]);
      expect(threaded).toEqual({ code: 0, stdout: expect.any(String), stderr: '' });
      for (const name of ['throughput.csv', 'kpis.csv', 'transit_times.csv', 'summary.json']) {
        expect(read(two, name)).toBe(read(one, name));
      }
      const csv = api.toCsv(app, 'tiny-sea-rail');
      expect(read(one, 'kpis.csv')).toBe(csv['kpis.csv']);
      expect(read(one, 'throughput.csv')).toBe(csv['throughput.csv']);
    },
    RUN_TIMEOUT_MS,
  );

  it('refuses an invalid scenario before running, listing its problems', async () => {
    const out = join(work, 'never');
    const outcome = await cli('run', 'broken.scenario.json', '--out', out);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain(
      'broken.scenario.json: services[0].timetable.departuresPerWeek: expected a number >= 0, got -2',
    );
    expect(existsSync(out)).toBe(false);
  });

  it('refuses bad flag values with exit code 2', async () => {
    const zero = await cli('run', 'tiny.scenario.json', '--replications', '0');
    expect(zero).toMatchObject({
      code: 2,
      stderr: 'scoda-sim: --replications: expected a whole number from 1 to 100, got "0"\n',
    });
    const seed = await cli('run', 'tiny.scenario.json', '--seed', '-1');
    expect(seed.code).toBe(2);
  });

  it('refuses an output path that is a file', async () => {
    const file = join(work, 'a-file');
    writeFileSync(file, 'x');
    const outcome = await cli('run', 'tiny.scenario.json', '--out', file);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toBe(`scoda-sim: --out ${file}: is a file, expected a folder\n`);
  });
});

describe('scoda-sim as a child process (bin.mjs)', () => {
  it(
    'exits 1 on a broken scenario, listing its problems on stdout',
    async () => {
      const broken = await launched;
      expect(broken.code).toBe(1);
      expect(broken.stdout).toContain('broken.scenario.json: demand[0].corridor: unknown corridor "europe"');
    },
    RUN_TIMEOUT_MS,
  );
});

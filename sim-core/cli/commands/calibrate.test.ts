import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadBuiltIn, trimmed } from '../data/scenarioTestKit.ts';
import { command } from './calibrate.ts';

const dir = mkdtempSync(join(tmpdir(), 'scoda-calibrate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A quick scenario: the 2025 network with only the Central Asia rail cargo, for two months.
const scenarioFile = join(dir, 'small.json');
writeFileSync(scenarioFile, JSON.stringify(trimmed(loadBuiltIn('baseline-2025'), ['central-asia-rail'], 60)));

const target = (id: string, observed: number) => ({
  id,
  label: id,
  unit: 'hours/train',
  observed,
  tolerance: 0.1,
  source: 'test',
  year: 2024,
  confidence: 'B',
  howMeasured: 'gauge change service time',
  measure: { kind: 'process-service-hours', node: 'alashankou', process: 'gauge-change' },
});

function targetsFile(name: string, targets: unknown[]): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify({ scenario: 'baseline-2025', description: 'test', targets }));
  return file;
}

async function calibrate(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const positionals = args.filter((a) => !a.startsWith('--'));
  const values: Record<string, string | boolean> = {};
  for (const a of args.filter((x) => x.startsWith('--'))) {
    const [k, v] = a.slice(2).split('=');
    values[k as string] = v ?? true;
  }
  const code = await command.run(
    { values, positionals },
    { stdout: { write: (t: string) => (out += t) }, stderr: { write: (t: string) => (err += t) }, cwd: dir },
  );
  return { code, out, err };
}

describe('scoda-sim calibrate', () => {
  it('prints each figure with its mean, 95 % interval and source, and exits 0 when all pass', async () => {
    const ok = targetsFile('ok.json', [target('gauge-change', 1.5)]);
    const { code, out } = await calibrate([scenarioFile, `--targets=${ok}`, '--replications=3']);
    expect(code).toBe(0);
    expect(out).toMatch(/gauge-change\s+hours\/train\s+1\.\d\d \[1\.\d\d, 1\.\d\d\]\s+1\.50/);
    expect(out).toMatch(/test, 2024, B/);
    expect(out).toMatch(/1 of 1 figures pass/);
  });

  it('refuses one replication: a confidence interval needs two', async () => {
    const ok = targetsFile('ok1.json', [target('gauge-change', 1.5)]);
    await expect(calibrate([scenarioFile, `--targets=${ok}`, '--replications=1'])).rejects.toThrow(
      /--replications: expected a whole number from 2 to 50/,
    );
  });

  it('exits 1 and says FAIL when a figure is off, and gives JSON for machines', async () => {
    const bad = targetsFile('bad.json', [target('gauge-change', 1.5), target('way-off', 9)]);
    const { code, out } = await calibrate([scenarioFile, `--targets=${bad}`, '--json', '--replications=3']);
    expect(code).toBe(1);
    const json = JSON.parse(out) as {
      failed: number;
      figures: { id: string; pass: boolean; model: number; verdict: string }[];
    };
    expect(json.failed).toBe(1);
    expect(json.figures.map((f) => [f.id, f.pass, f.verdict])).toEqual([
      ['gauge-change', true, 'pass'],
      ['way-off', false, 'fail'],
    ]);
  });

  it('names the file and the field of a broken targets file', async () => {
    const broken = targetsFile('broken.json', [{ ...target('x', 1), tolerance: -1 }]);
    await expect(calibrate([scenarioFile, `--targets=${broken}`])).rejects.toThrow(
      /broken\.json.*\n.*targets\.0\.tolerance/,
    );
  });
});

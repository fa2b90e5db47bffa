/**
 * `scoda-sim calibrate [scenario]`: runs a scenario (default baseline-2025) over 10 replications
 * and judges every calibrated figure in assets/calibration/targets.json by the 95 % confidence
 * interval of the model mean against the published figure's band: a table (or JSON with --json,
 * or the app's report with --report); exit code 1 unless every figure passes.
 */
import { fileURLToPath } from 'node:url';
import { parseCalibrationTargets, type CalibrationTargets } from '../../src/calibration/CalibrationTarget.ts';
import { evaluateCalibration, type CalibrationRow } from '../../src/calibration/evaluateCalibration.ts';
import type { ReplicationResult } from '../../src/api/types.ts';
import { CHUNK_SIM_HOURS } from '../../src/api/index.ts';
import { compileScenario, createReplication, replicationSeed } from '../../src/model/index.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import type { CliArgs, CliCommand, CliContext } from '../CliCommand.ts';
import { loadScenario, resolveScenarioSource } from '../io/loadScenario.ts';
import { readJsonFile } from '../io/readJsonFile.ts';
import { createProgressBar } from '../run/progressBar.ts';
import { UserError } from '../UserError.ts';
import { writeJsonAtomic } from '../data/writeJsonAtomic.ts';

const TARGETS_FILE = fileURLToPath(new URL('../../../assets/calibration/targets.json', import.meta.url));
const REPORT_FILE = fileURLToPath(new URL('../../../assets/calibration/report.json', import.meta.url));
/** A confidence interval needs at least two replications; ten keep it narrow enough to judge. */
const MIN_REPLICATIONS = 2;
const DEFAULT_REPLICATIONS = 10;
const MAX_REPLICATIONS = 50;

function replicationsFlag(text: string | boolean | undefined): number {
  if (text === undefined) return DEFAULT_REPLICATIONS;
  const value = Number(text);
  if (
    typeof text !== 'string' ||
    !/^\d+$/.test(text.trim()) ||
    value < MIN_REPLICATIONS ||
    value > MAX_REPLICATIONS
  ) {
    throw new UserError(
      `--replications: expected a whole number from ${MIN_REPLICATIONS} to ${MAX_REPLICATIONS} (a 95 % interval needs two), got "${String(text)}"`,
      2,
    );
  }
  return value;
}

function loadTargets(path: string | undefined, cwd: string): CalibrationTargets {
  const file = path === undefined ? TARGETS_FILE : fileURLToPath(new URL(path, `file://${cwd}/`));
  const shown = path ?? 'assets/calibration/targets.json';
  try {
    return parseCalibrationTargets(readJsonFile(file, shown), shown);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError((error as Error).message);
  }
}

const number = (v: number): string => {
  if (!Number.isFinite(v)) return 'n/a';
  const abs = Math.abs(v);
  return abs >= 1000 ? Math.round(v).toLocaleString('en-US') : abs >= 10 ? v.toFixed(1) : v.toFixed(2);
};

/** A plain-text table: figure, model mean [95 % CI], observed, band, verdict, source. */
export function formatTable(rows: readonly CalibrationRow[]): string {
  const header = ['figure', 'unit', 'model mean [95 % CI]', 'observed', 'band (±tol)', 'result', 'source'];
  const body = rows.map((r) => [
    r.target.id,
    r.target.unit,
    `${number(r.model)} [${number(r.ciLow)}, ${number(r.ciHigh)}]`,
    number(r.target.observed),
    `${number(r.low)}–${number(r.high)} (±${Math.round(r.target.tolerance * 100)} %)`,
    r.verdict === 'pass' ? 'pass' : r.verdict === 'fail' ? 'FAIL' : 'UNDECIDED',
    `${r.target.source}, ${r.target.year}, ${r.target.confidence}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] as string).length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (i >= 2 && i <= 3 ? c.padStart(widths[i] as number) : c.padEnd(widths[i] as number)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n') + '\n';
}

const finiteOrNull = (v: number): number | null => (Number.isFinite(v) ? v : null);

/** The JSON form of a calibration (--json, and the report the app shows with --report). */
export function calibrationJson(scenarioId: string, replications: number, rows: readonly CalibrationRow[]) {
  const failed = rows.filter((r) => !r.pass).length;
  return {
    scenario: scenarioId,
    replications,
    passed: rows.length - failed,
    failed,
    figures: rows.map((r) => ({
      id: r.target.id,
      label: r.target.label,
      unit: r.target.unit,
      model: finiteOrNull(r.model),
      ciLow: finiteOrNull(r.ciLow),
      ciHigh: finiteOrNull(r.ciHigh),
      observed: r.target.observed,
      tolerance: r.target.tolerance,
      low: r.low,
      high: r.high,
      relativeError: finiteOrNull(r.relativeError),
      verdict: r.verdict,
      pass: r.pass,
      source: r.target.source,
      year: r.target.year,
      confidence: r.target.confidence,
      howMeasured: r.target.howMeasured,
    })),
  };
}

/**
 * Runs the replications here, one after another, keeping their trip tables (the calibrated train
 * and air figures are measured from the trips, which the `run` command's workers drop).
 */
function runKeepingTrips(
  scenario: Scenario,
  seeds: readonly number[],
  onProgress: (f: number) => void,
): ReplicationResult[] {
  const compiled = compileScenario(scenario);
  return seeds.map((seed, replication) => {
    const run = createReplication(compiled, { replication, seed });
    while (!run.step(CHUNK_SIM_HOURS)) onProgress((replication + run.progress()) / seeds.length);
    return run.result();
  });
}

async function run({ values, positionals }: CliArgs, { stdout, stderr, cwd }: CliContext): Promise<number> {
  if (positionals.length > 1)
    throw new UserError('calibrate: name at most one scenario (a file or a built-in id)', 2);
  const targets = loadTargets(values['targets'] as string | undefined, cwd);
  const replications = replicationsFlag(values['replications']);
  const loaded = loadScenario(resolveScenarioSource(positionals[0] ?? targets.scenario, cwd));
  if (!loaded.ok) {
    stderr.write(loaded.problems.map((line) => `${line}\n`).join(''));
    return 1;
  }
  const { scenario } = loaded;
  stderr.write(loaded.warnings.map((line) => `${line}\n`).join(''));
  const seeds = Array.from({ length: replications }, (_, i) => replicationSeed(scenario.seed, i));
  const bar = createProgressBar(stderr, `calibrating ${scenario.id}`);
  let results;
  try {
    results = runKeepingTrips(scenario, seeds, (f) => bar.update(f));
  } finally {
    bar.done();
  }
  const rows = evaluateCalibration(targets, scenario, results);
  const json = calibrationJson(scenario.id, replications, rows);
  if (values['report'] === true) writeJsonAtomic(REPORT_FILE, json);
  if (values['json'] === true) {
    stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    stdout.write(
      `Calibration of ${scenario.id} (${replications} replications: mean and 95 % confidence interval; a figure passes when the whole interval lies in its band):\n\n`,
    );
    stdout.write(formatTable(rows));
    stdout.write(`\n${json.passed} of ${rows.length} figures pass.\n`);
  }
  return json.failed > 0 ? 1 : 0;
}

export const command: CliCommand = {
  name: 'calibrate',
  summary: 'compare a scenario with published figures (calibration)',
  usage: `scoda-sim calibrate [scenario] [--replications n] [--targets file] [--json] [--report]

Runs the scenario (a file or a built-in id; default: the one named in
assets/calibration/targets.json, baseline-2025) and prints, for every calibrated
figure, the model's mean over the replications with its 95 % confidence
interval, the observed value with its source, year and confidence, the
tolerance band and the verdict: pass (the whole interval inside the band),
FAIL (the whole interval outside) or UNDECIDED (it straddles an edge).

  --replications n  replications (${MIN_REPLICATIONS}-${MAX_REPLICATIONS}, default ${DEFAULT_REPLICATIONS})
  --targets file    another targets file (same format as assets/calibration/targets.json)
  --json            print JSON instead of the table
  --report          also write assets/calibration/report.json (the app's calibration view)

Exit code 0 when every figure passes, 1 when any does not.`,
  options: {
    replications: { type: 'string' },
    targets: { type: 'string' },
    json: { type: 'boolean' },
    report: { type: 'boolean' },
  },
  allowPositionals: true,
  run,
};

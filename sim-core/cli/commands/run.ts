import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { assembleRun, MAX_REPLICATIONS, planRun } from '../../src/api/runPipeline.ts';
import { kpiLines, throughputLines, transitTimeLines } from '../../src/results/csv.ts';
import { CSV_BOM } from '../../src/results/csvFormat.ts';
import type { CliArgs, CliCommand, CliContext } from '../CliCommand.ts';
import { loadScenario, resolveScenarioSource } from '../io/loadScenario.ts';
import { checkOutArgument, writeFilesAtomically } from '../io/writeFilesAtomically.ts';
import { buildSummary, summaryJson } from '../run/buildSummary.ts';
import { createProgressBar } from '../run/progressBar.ts';
import { runReplications } from '../run/runReplications.ts';
import { UserError } from '../UserError.ts';
import { integerFlag } from './flags.ts';

const CSV_FILES = ['throughput.csv', 'kpis.csv', 'transit_times.csv'] as const;

function* withBom(lines: Iterable<string>): Generator<string> {
  yield CSV_BOM;
  yield* lines;
}

async function run({ values, positionals }: CliArgs, { stdout, stderr, cwd }: CliContext): Promise<number> {
  if (positionals.length !== 1)
    throw new UserError('run: name exactly one scenario (a file or a built-in id)', 2);
  const seedFlag = integerFlag(values, 'seed', 0, 2 ** 32 - 1);
  const replications = integerFlag(values, 'replications', 1, MAX_REPLICATIONS) ?? 1;
  const threads = integerFlag(values, 'threads', 1, 256) ?? Math.min(replications, availableParallelism());
  const outArg = (values['out'] as string | undefined) ?? 'scoda-out';
  checkOutArgument(outArg);
  const loaded = loadScenario(resolveScenarioSource(positionals[0] as string, cwd));
  if (!loaded.ok) {
    stderr.write(loaded.problems.map((line) => `${line}\n`).join(''));
    return 1;
  }
  const { scenario, source } = loaded;
  stderr.write(loaded.warnings.map((line) => `${line}\n`).join(''));
  const plan = planRun(
    scenario,
    seedFlag === undefined ? { replications } : { seed: seedFlag, replications },
  );
  const { seed, replicationSeeds: seeds } = plan.provenance;
  const bar = createProgressBar(
    stderr,
    `${scenario.id}: ${replications} replication${replications === 1 ? '' : 's'}`,
  );
  const started = Date.now();
  let results;
  try {
    results = await runReplications(scenario, seeds, threads, (fraction) => bar.update(fraction));
  } finally {
    bar.done();
  }
  const result = assembleRun(plan, results);
  // The scenario column holds the id: stable, language-free, and what the app's export passes too.
  const name = scenario.id;
  const summary = buildSummary(result, scenario, source.displayName, loaded.warnings, [
    ...CSV_FILES,
    'summary.json',
  ]);
  const outDir = resolve(cwd, outArg);
  writeFilesAtomically(
    outDir,
    {
      'throughput.csv': withBom(throughputLines(result, name)),
      'kpis.csv': withBom(kpiLines(result, name)),
      'transit_times.csv': withBom(transitTimeLines(result, name)),
      'summary.json': summaryJson(summary),
    },
    // summary.json is the manifest: present only beside a complete set (writeFilesAtomically.ts).
    { displayDir: outArg, last: 'summary.json' },
  );
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  stdout.write(
    `${scenario.id}: ${replications} replication${replications === 1 ? '' : 's'} (seed ${seed}, ${Math.min(threads, replications)} thread${threads === 1 ? '' : 's'}, ${seconds} s); wrote ${CSV_FILES.join(', ')}, summary.json to ${outArg}\n`,
  );
  return 0;
}

export const command: CliCommand = {
  name: 'run',
  summary: 'run a scenario and write throughput, KPI and transit-time CSVs',
  usage: `Usage: scoda-sim run <scenario.json | built-in id> [options]

Runs the scenario and writes into the output folder:
  throughput.csv     per replication, week, node/link/mode/corridor and metric (long form)
  kpis.csv           per year, replication and KPI, with the target and mean / 95 % CI over replications
  transit_times.csv  per replication and demand: delivered, mean / p50 / p95 days, document days
  summary.json       per resource mean wait, queue and utilisation with 95 % CIs; KPIs per year;
                     scenario hash, engine version and the seed of every replication
CSV files are UTF-8 with BOM, CRLF line ends, RFC 4180 quoting; their scenario column is the
scenario id, as in the app's CSV export (the same bytes for the same seed). Files are written
to temporary names and renamed, so a folder never holds half a result.

Options:
  --seed N           base seed (default: the scenario's seed); replication i is seeded from it and i
  --replications N   independent replications, 1 to ${MAX_REPLICATIONS} (default 1)
  --out DIR          output folder (default ./scoda-out), created if missing
  --threads N        worker threads (default: min(replications, CPU cores)); results do not depend on it

Exit code: 0 on success, 1 when the scenario is invalid or cannot be read, 2 on a usage mistake.`,
  options: {
    seed: { type: 'string' },
    replications: { type: 'string' },
    out: { type: 'string' },
    threads: { type: 'string' },
  },
  allowPositionals: true,
  run,
};

import { resolve } from 'node:path';
import type { CliArgs, CliCommand, CliContext } from '../CliCommand.ts';
import { openExperimentFolder, savePoint, writeExperimentTables } from '../experiment/experimentFolder.ts';
import { loadExperiment } from '../experiment/loadExperiment.ts';
import { chooseExecutor } from '../experiment/chooseExecutor.ts';
import { runPoints } from '../experiment/runPoints.ts';
import { createProgressBar } from '../run/progressBar.ts';
import { UserError } from '../UserError.ts';

async function experiment(
  { values, positionals }: CliArgs,
  { stdout, stderr, cwd }: CliContext,
): Promise<number> {
  if (positionals.length !== 1) throw new UserError('experiment: name exactly one experiment file', 2);
  const outArg = values['out'];
  if (typeof outArg !== 'string')
    throw new UserError('experiment: --out DIR is required (it is also the resume state)', 2);
  const file = positionals[0] as string;
  const loaded = loadExperiment(resolve(cwd, file), file);
  if (!loaded.ok) {
    stderr.write(loaded.problems.map((line) => `${line}\n`).join(''));
    return 1;
  }
  const { plan } = loaded;
  const outDir = resolve(cwd, outArg);
  const done = openExperimentFolder(outDir, outArg, plan);
  const started = Date.now();
  const { executor, where } = await chooseExecutor(
    values,
    plan.points.length - done.size,
    plan.experimentHash,
  );
  const total = plan.points.length * plan.experiment.replications;
  const bar = createProgressBar(
    stderr,
    `${file}: ${plan.points.length} points x ${plan.experiment.replications}`,
  );
  let results;
  try {
    results = await runPoints(
      plan,
      done,
      executor,
      (result) => savePoint(outDir, result),
      (f) => bar.update(f),
    );
  } finally {
    bar.done();
    await executor.close();
  }
  writeExperimentTables(outDir, plan, results);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  stdout.write(
    `${file}: ${plan.points.length} points, ${total} replications (${done.size} points resumed, ${where}, ${seconds} s); wrote manifest.json, results.csv, summary.csv to ${outArg}\n`,
  );
  return 0;
}

export const command: CliCommand = {
  name: 'experiment',
  summary: 'run a parameter sweep, Latin hypercube or sensitivity experiment',
  usage: `Usage: scoda-sim experiment <experiment.json> --out DIR [options]

Runs every point of the experiment file (a base scenario, parameters as paths into it, a design,
replications per point, metrics to keep; see assets/experiment.schema.json) and writes into DIR:
  manifest.json  experiment hash, engine version, base scenario, every point's values and seeds
  results.csv    tidy: point, parameter values, replication, metric, year, value
  summary.csv    per point, metric and year: replications, mean and 95 % CI
  points/        one file per finished point: the resume state
Re-running with the same --out resumes: finished points are kept, the others run, and the files
are the same bytes as an uninterrupted run. A folder holding another experiment is refused.

Options:
  --out DIR             output folder (required)
  --threads N           worker threads (default: one per core); results do not depend on it
  --queue redis://H:P   put the points on a BullMQ queue on Redis instead; run
                        "scoda-sim worker --queue redis://H:P" on any number of machines

Exit code: 0 on success, 1 when the experiment file or its scenario is invalid, 2 on a usage mistake.`,
  options: {
    out: { type: 'string' },
    threads: { type: 'string' },
    queue: { type: 'string' },
  },
  allowPositionals: true,
  run: experiment,
};

import { resolve } from 'node:path';
import { writeFileSync, renameSync } from 'node:fs';
import { seekTarget, type LevelEvaluation, type SeekReport } from '../../src/experiment/targetSeek.ts';
import type { CliArgs, CliCommand, CliContext } from '../CliCommand.ts';
import { loadTargetSeek } from '../experiment/loadExperiment.ts';
import { chooseExecutor } from '../experiment/chooseExecutor.ts';
import { pointTask } from '../experiment/runPoints.ts';
import { UserError } from '../UserError.ts';

const fixed = (value: number, digits = 2): string => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');

function describeLevel(parameter: string, level: LevelEvaluation): string {
  const conditions = level.conditions
    .map(
      (c) =>
        `${c.metric}${c.year === undefined ? '' : ` ${c.year}`} ${fixed(c.mean)} [${fixed(c.ci95Low)}, ${fixed(c.ci95High)}] ${c.op} ${c.threshold}: ${c.verdict}`,
    )
    .join('; ');
  return `  ${parameter} = ${level.value}: ${level.verdict} after ${level.replications} replications (${conditions})`;
}

function reportText(parameter: string, report: SeekReport): string {
  const lines = [
    report.answer === undefined
      ? `no value of ${parameter} in the range meets every condition with 95 % confidence`
      : `${report.goal} ${parameter} meeting every condition with 95 % confidence: ${report.answer}`,
    `values tried (${report.tried.length}, ${report.totalReplications} replications in all):`,
    ...report.tried.map((level) => describeLevel(parameter, level)),
  ];
  return `${lines.join('\n')}\n`;
}

async function seek({ values, positionals }: CliArgs, { stdout, stderr, cwd }: CliContext): Promise<number> {
  if (positionals.length !== 1) throw new UserError('seek: name exactly one target file', 2);
  const file = positionals[0] as string;
  const loaded = loadTargetSeek(resolve(cwd, file), file);
  if (!loaded.ok) {
    stderr.write(loaded.problems.map((line) => `${line}\n`).join(''));
    return 1;
  }
  const { target, plan } = loaded;
  // A batch of replications runs one task per replication, so threads (or queue workers) share it.
  const { executor } = await chooseExecutor(values, target.replications.max, plan.experimentHash);
  // The candidate values in ascending order, each with its point of the plan.
  const order = plan.points
    .map((point) => point.index)
    .sort((a, b) => (plan.points[a]?.values[0] ?? 0) - (plan.points[b]?.values[0] ?? 0));
  let report: SeekReport;
  try {
    report = await seekTarget(
      target,
      order.map((point) => plan.points[point]?.values[0] as number),
      async (level, indices) => {
        const task = pointTask(plan, order[level] as number);
        const runs = await Promise.all(
          indices.map((i) => executor.run({ ...task, replications: [i] }, () => undefined)),
        );
        return runs.flat();
      },
    );
  } finally {
    await executor.close();
  }
  stdout.write(reportText(target.parameter.id, report));
  const out = values['out'];
  if (typeof out === 'string') {
    const path = resolve(cwd, out);
    const json = {
      experimentHash: plan.experimentHash,
      engineVersion: plan.engineVersion,
      parameter: target.parameter,
      ...report,
    };
    writeFileSync(`${path}.tmp`, `${JSON.stringify(json, null, 2)}\n`);
    renameSync(`${path}.tmp`, path);
  }
  return 0;
}

export const command: CliCommand = {
  name: 'seek',
  summary: 'find the smallest or largest parameter value that meets KPI conditions (95 % confidence)',
  usage: `Usage: scoda-sim seek <target.json> [--threads N | --queue redis://H:P] [--out report.json]

Searches one parameter's values (a list or a range) for the smallest (or largest) one whose
runs meet every condition with 95 % confidence: bisection over the values, and at each value
tried, replications added in batches while a condition's 95 % CI still contains its threshold.
Assumes the conditions get easier one way along the parameter. Prints the value, the evidence
(mean and 95 % CI of every condition) and every value tried; --out also writes them as JSON.
With --queue redis://H:P the replications go on the experiment queue, run by any number of
"scoda-sim worker --queue redis://H:P" processes; the answer is the same as a local search.

Target file: {"format": "scoda-target", "version": 1, "scenario": ..., "parameter": {"id", "path",
"values" | "range"}, "goal": "smallest" | "largest", "conditions": [{"metric", "op": ">=" | "<=",
"value", "year"?}], "replications": {"initial": 3, "batch": 2, "max": 20}}

Exit code: 0 on success (also when no value qualifies), 1 when the file is invalid, 2 on a usage mistake.`,
  options: { threads: { type: 'string' }, out: { type: 'string' }, queue: { type: 'string' } },
  allowPositionals: true,
  run: seek,
};

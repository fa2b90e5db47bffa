/**
 * The output folder of an experiment, which is also its resume state:
 *   manifest.json          written first; a folder holding another experiment's manifest is refused
 *   points/point-N.json    one per finished point (its kept figures), written atomically
 *   results.csv, summary.csv  written from the point files, in point order, when all are in
 * A run killed at any moment leaves only whole point files, so re-running with the same --out
 * redoes only the unfinished points and writes the same bytes as an uninterrupted run.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  manifestJson,
  resultsCsvLines,
  summaryCsvLines,
  restoreNaN,
  type PointResult,
} from '../../src/experiment/experimentOutputs.ts';
import type { ExperimentPlan } from '../../src/experiment/planExperiment.ts';
import { csvFile } from '../../src/results/csvFormat.ts';
import { UserError } from '../UserError.ts';

function writeAtomically(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text, 'utf8');
    renameSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
}

const pointFile = (dir: string, point: number): string => join(dir, 'points', `point-${point}.json`);

/** Prepares `dir` for `plan`; the points already finished there (a resumed run). */
export function openExperimentFolder(
  dir: string,
  displayDir: string,
  plan: ExperimentPlan,
): Map<number, PointResult> {
  const manifest = manifestJson(plan);
  const manifestPath = join(dir, 'manifest.json');
  if (existsSync(manifestPath) && readFileSync(manifestPath, 'utf8') !== manifest) {
    throw new UserError(
      `--out ${displayDir}: holds the results of another experiment (or another engine version); choose another folder or delete it`,
    );
  }
  try {
    mkdirSync(join(dir, 'points'), { recursive: true });
  } catch (error) {
    throw new UserError(`--out ${displayDir}: ${error instanceof Error ? error.message : String(error)}`);
  }
  writeAtomically(manifestPath, manifest);
  const done = new Map<number, PointResult>();
  for (const point of plan.points) {
    const path = pointFile(dir, point.index);
    if (!existsSync(path)) continue;
    done.set(point.index, parsePointFile(readFileSync(path, 'utf8')));
  }
  return done;
}

function parsePointFile(text: string): PointResult {
  const result = JSON.parse(text) as PointResult;
  restoreNaN(result.replications);
  return result;
}

export function savePoint(dir: string, result: PointResult): void {
  writeAtomically(pointFile(dir, result.point), `${JSON.stringify(result)}\n`);
}

/** Writes results.csv and summary.csv from every point's figures. */
export function writeExperimentTables(
  dir: string,
  plan: ExperimentPlan,
  results: readonly PointResult[],
): void {
  writeAtomically(join(dir, 'results.csv'), csvFile(resultsCsvLines(plan, results)));
  writeAtomically(join(dir, 'summary.csv'), csvFile(summaryCsvLines(plan, results)));
}

/**
 * Test helpers: the built-in scenarios read from assets/scenarios, and runs of them. Only the
 * tests import this file (it reads files with node:fs).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ReplicationResult } from '../../src/api/types.ts';
import { compileScenario, replicationSeed, runReplication } from '../../src/model/index.ts';
import { parseScenario } from '../../src/scenario/ScenarioError.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { parseCalibrationTargets, type CalibrationTargets } from '../../src/calibration/CalibrationTarget.ts';

export const ASSETS = fileURLToPath(new URL('../../../assets/', import.meta.url));

export function readAssetJson(relativePath: string): unknown {
  return JSON.parse(readFileSync(`${ASSETS}${relativePath}`, 'utf8'));
}

export function loadBuiltIn(id: string): Scenario {
  return parseScenario(readAssetJson(`scenarios/${id}.json`));
}

export function loadTargets(): CalibrationTargets {
  return parseCalibrationTargets(readAssetJson('calibration/targets.json'));
}

/** One replication (replication 0 of the scenario's seed). */
export function runOnce(scenario: Scenario): ReplicationResult {
  return runReplication(compileScenario(scenario), {
    replication: 0,
    seed: replicationSeed(scenario.seed, 0),
  });
}

/**
 * A smaller copy of a scenario for behaviour tests: only the demand of `corridors` and a shorter
 * run (`days` after the warm-up). Services and nodes stay as they are, and the interventions
 * that start inside the shorter run.
 */
export function trimmed(scenario: Scenario, corridors: readonly string[], days: number): Scenario {
  const durationDays = scenario.warmupDays + days;
  const end = Date.parse(`${scenario.startDate}T00:00:00Z`) + durationDays * 86_400_000;
  return {
    ...scenario,
    demand: scenario.demand.filter((d) => corridors.includes(d.corridor)),
    durationDays,
    interventions: scenario.interventions.filter((i) => Date.parse(`${i.from}T00:00:00Z`) < end),
  };
}

/** Sim hours of midnight on an ISO date, counted from the scenario's start date. */
export function hoursAt(scenario: Scenario, isoDate: string): number {
  return (Date.parse(`${isoDate}T00:00:00Z`) - Date.parse(`${scenario.startDate}T00:00:00Z`)) / 3_600_000;
}

/** Sum of a link metric over the weeks that start in [fromHours, toHours). */
export function linkSumInWindow(
  result: ReplicationResult,
  metric: 'teu' | 'vehicles',
  linkId: string,
  fromHours: number,
  toHours: number,
): number {
  const m = result.links[metric];
  const link = result.linkIds.indexOf(linkId);
  if (link < 0) throw new Error(`no link ${linkId} in the result`);
  let sum = 0;
  result.weeks.startHours.forEach((start, week) => {
    if (start >= fromHours && start < toHours) sum += m.values[week * m.entities + link] as number;
  });
  return sum;
}

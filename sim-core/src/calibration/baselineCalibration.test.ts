/**
 * The 2025 baseline holds the published figures within their tolerance (assets/calibration/
 * targets.json): one replication of one year, measured as `scoda-sim calibrate` measures it. One
 * replication has no confidence interval, so this checks its values against the bands; the CLI
 * (10 replications) judges by the interval.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReplicationResult } from '../vocabulary/runResult.ts';
import type { Scenario } from '../scenario/schema.ts';
import { loadBuiltIn, loadTargets, runOnce } from '../../cli/data/scenarioTestKit.ts';
import type { CalibrationTargets } from './CalibrationTarget.ts';
import { evaluateCalibration, type CalibrationRow } from './evaluateCalibration.ts';

describe('the 2025 baseline against published figures', () => {
  let scenario: Scenario;
  let targets: CalibrationTargets;
  let result: ReplicationResult;
  let rows: CalibrationRow[];

  beforeAll(() => {
    targets = loadTargets();
    scenario = loadBuiltIn(targets.scenario);
    result = runOnce(scenario);
    rows = evaluateCalibration(targets, scenario, [result]);
  }, 60_000);

  const row = (id: string): CalibrationRow => {
    const found = rows.find((r) => r.target.id === id);
    if (found === undefined) throw new Error(`targets.json has no figure "${id}"`);
    return found;
  };
  const within = (id: string): void => {
    const r = row(id);
    expect(r.model, `${id}: model ${r.model}, allowed ${r.low}..${r.high}`).toBeGreaterThanOrEqual(r.low);
    expect(r.model, `${id}: model ${r.model}, allowed ${r.low}..${r.high}`).toBeLessThanOrEqual(r.high);
  };

  it('runs about 1,225 SCO Express trains a year at Jiaozhou, arrivals plus departures', () => {
    within('sco-express-trains-per-year');
  });

  it('loads 80-110 TEU on a train', () => within('teu-per-train'));

  it('runs a train from Jiaozhou to Almaty in 8-10 days', () => within('transit-jiaozhou-almaty'));

  it('runs a train from Jiaozhou to Moscow in about 15 days', () => within('transit-jiaozhou-moscow'));

  it('runs the weekly train from Jiaozhou to Budapest in 18-20 days', () =>
    within('transit-jiaozhou-budapest'));

  it('takes about 12 days from Korea to Almaty on the Land-Sea Express', () =>
    within('land-sea-express-incheon-almaty'));

  it('changes gauge at Alashankou in about 1 h 30 min a train', () =>
    within('alashankou-gauge-change-hours'));

  it('carries about 126,500 t of international air cargo through Jiaodong', () =>
    within('airport-international-cargo-tonnes'));

  it('lands every figure of targets.json in its band', () => {
    const failing = rows
      .filter((r) => !(r.model >= r.low && r.model <= r.high))
      .map((r) => `${r.target.id}: ${r.model} not in ${r.low}..${r.high}`);
    expect(failing).toEqual([]);
  });
});

/** Compares the model's values with the observed figures: one row per target, pass or fail. */
import type { ReplicationResult } from '../vocabulary/runResult.ts';
import { confidenceInterval95 } from '../vocabulary/confidenceInterval.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { CalibrationTarget, CalibrationTargets } from './CalibrationTarget.ts';
import { measureValue } from './measures.ts';

/**
 * How a figure is judged from the replications' 95 % confidence interval of the model mean:
 * `pass` when the whole interval lies inside the tolerance band (the model's mean is in the band
 * with 95 % confidence), `fail` when the whole interval lies outside it, `undecided` otherwise
 * (the interval straddles an edge: more replications, or a model change, are needed).
 */
export type CalibrationVerdict = 'pass' | 'fail' | 'undecided';

export interface CalibrationRow {
  target: CalibrationTarget;
  /** Mean over the replications given. */
  model: number;
  /** 95 % confidence interval of the mean (infinite with one replication). */
  ciLow: number;
  ciHigh: number;
  replications: number;
  low: number;
  high: number;
  /** (model - observed) / observed. */
  relativeError: number;
  verdict: CalibrationVerdict;
  pass: boolean;
}

/** Allowed band around an observed value: observed x (1 -/+ tolerance). */
export function toleranceBand(target: Pick<CalibrationTarget, 'observed' | 'tolerance'>): [number, number] {
  const span = Math.abs(target.observed) * target.tolerance;
  return [target.observed - span, target.observed + span];
}

/**
 * One row of the comparison: the model mean and its 95 % CI (vocabulary's confidenceInterval95)
 * against the band. One replication says nothing about its spread: its interval is unbounded, so
 * it can never pass (the shared estimator collapses it to the value, right for charts, not here).
 */
export function compareTarget(target: CalibrationTarget, values: readonly number[]): CalibrationRow {
  const [low, high] = toleranceBand(target);
  const measured = values.length > 0 && values.every((v) => Number.isFinite(v));
  const ci = !measured
    ? { mean: Number.NaN, low: Number.NaN, high: Number.NaN }
    : values.length < 2
      ? { mean: values[0] as number, low: -Infinity, high: Infinity }
      : confidenceInterval95(values);
  const verdict: CalibrationVerdict = !measured
    ? 'fail'
    : ci.low >= low && ci.high <= high
      ? 'pass'
      : ci.high < low || ci.low > high
        ? 'fail'
        : 'undecided';
  return {
    target,
    model: ci.mean,
    ciLow: ci.low,
    ciHigh: ci.high,
    replications: values.length,
    low,
    high,
    relativeError: target.observed === 0 ? Number.NaN : (ci.mean - target.observed) / target.observed,
    verdict,
    pass: verdict === 'pass',
  };
}

/** Every target measured on every replication of `scenario` and compared with its observed value. */
export function evaluateCalibration(
  targets: CalibrationTargets,
  scenario: Scenario,
  replications: readonly ReplicationResult[],
): CalibrationRow[] {
  return targets.targets.map((t) =>
    compareTarget(
      t,
      replications.map((r) => measureValue(t.measure, r, scenario)),
    ),
  );
}

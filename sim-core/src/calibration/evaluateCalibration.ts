/** Compares the model's values with the observed figures: one row per target, pass or fail. */
import type { ReplicationResult } from '../vocabulary/runResult.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { CalibrationTarget, CalibrationTargets } from './CalibrationTarget.ts';
import { measureValue } from './measures.ts';

export interface CalibrationRow {
  target: CalibrationTarget;
  /** Mean over the replications given. */
  model: number;
  low: number;
  high: number;
  /** (model - observed) / observed. */
  relativeError: number;
  pass: boolean;
}

/** Allowed band around an observed value: observed x (1 -/+ tolerance). */
export function toleranceBand(target: Pick<CalibrationTarget, 'observed' | 'tolerance'>): [number, number] {
  const span = Math.abs(target.observed) * target.tolerance;
  return [target.observed - span, target.observed + span];
}

/** One row of the comparison: the model value (mean over replications) against the band. */
export function compareTarget(target: CalibrationTarget, values: readonly number[]): CalibrationRow {
  const finite = values.filter((v) => Number.isFinite(v));
  const model =
    finite.length === values.length && finite.length > 0
      ? finite.reduce((a, b) => a + b, 0) / finite.length
      : Number.NaN;
  const [low, high] = toleranceBand(target);
  return {
    target,
    model,
    low,
    high,
    relativeError: target.observed === 0 ? Number.NaN : (model - target.observed) / target.observed,
    pass: Number.isFinite(model) && model >= low && model <= high,
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

// The difference B − A of a figure between two runs, with its 95 % interval from PAIRED
// replications. Run i of A and run i of B use the same replication seed (sim-core derives seed i
// from the base seed and i alone, and each stochastic source has its own named stream), so both
// see the same demand draws and dwell draws where the scenarios agree: common random numbers. The
// difference per pair then carries only the effect of what changed plus the noise the change
// stirs, and its interval is much narrower than one built from two independent sets of runs.
import { confidenceInterval95 } from '../../../../sim-core/src/vocabulary/confidenceInterval.ts';

export { pairing, type PairingState } from '../../state/pairedReplications.ts';

export interface PairedDelta {
  /** Mean of A and of B over the paired replications. */
  a: number;
  b: number;
  /** Mean of B − A over the pairs. */
  delta: number;
  /** 95 % interval of the mean difference; NaN when there is none (too few pairs, or unpaired). */
  low: number;
  high: number;
  /** True when the interval excludes zero; undefined when there is no interval. */
  distinguishable: boolean | undefined;
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/**
 * B − A of one figure, given its value per replication in each run. With pairs, the interval is
 * Student's t over the per-pair differences (confidenceInterval95); pairs where either value is
 * not finite (a year with no sea–rail delivery) are left out.
 */
export function pairedDelta(
  valuesA: readonly number[],
  valuesB: readonly number[],
  pairs: number,
): PairedDelta {
  if (pairs === 0) {
    const a = mean(valuesA.filter(Number.isFinite));
    const b = mean(valuesB.filter(Number.isFinite));
    return { a, b, delta: b - a, low: Number.NaN, high: Number.NaN, distinguishable: undefined };
  }
  const as: number[] = [];
  const bs: number[] = [];
  const differences: number[] = [];
  for (let i = 0; i < pairs; i++) {
    const a = valuesA[i] ?? Number.NaN;
    const b = valuesB[i] ?? Number.NaN;
    if (!Number.isFinite(a) || !Number.isFinite(b)) continue;
    as.push(a);
    bs.push(b);
    differences.push(b - a);
  }
  if (differences.length < 2) {
    const delta = mean(differences);
    return { a: mean(as), b: mean(bs), delta, low: Number.NaN, high: Number.NaN, distinguishable: undefined };
  }
  const interval = confidenceInterval95(differences);
  return {
    a: mean(as),
    b: mean(bs),
    delta: interval.mean,
    low: interval.low,
    high: interval.high,
    distinguishable: !(interval.low <= 0 && interval.high >= 0),
  };
}

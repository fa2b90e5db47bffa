// The KPI cards' figures: each SCODA KPI averaged over the simulated years of a replication, then
// over replications with a 95 % confidence interval (Student t), as RunResult.bands does for series.
import type { Kpis, RunResult, Scenario } from '../../../../sim-core/src/api/types.ts';

export type KpiId = 'trainsPerYear' | 'scoTradeGrowth' | 'meanSeaRailTransitDays' | 'co2PerTeuTonnes';
export const KPI_IDS: readonly KpiId[] = [
  'trainsPerYear',
  'scoTradeGrowth',
  'meanSeaRailTransitDays',
  'co2PerTeuTonnes',
];

export interface KpiEstimate {
  mean: number;
  /** 95 % interval; equal to the mean with one replication. */
  low: number;
  high: number;
  replications: number;
}

export interface KpiCard {
  id: KpiId;
  estimate: KpiEstimate;
  /** The SCODA target, when the KPI has one. */
  target: number | undefined;
  /** Whether the mean meets the target (more is better for trains and growth). */
  meetsTarget: boolean | undefined;
}

// Two-sided 97.5 % Student t quantiles for 1..30 degrees of freedom.
const T_975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131,
  2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

/** The 97.5 % quantile of Student's t with `df` degrees of freedom (Cornish–Fisher above 30). */
export function tQuantile975(df: number): number {
  if (df < 1) return Number.NaN;
  const tabled = T_975[df - 1];
  if (tabled !== undefined) return tabled;
  const z = 1.959964;
  return z + (z ** 3 + z) / (4 * df);
}

/** Mean and 95 % confidence interval of the finite values. */
export function estimate(values: readonly number[]): KpiEstimate {
  const finite = values.filter(Number.isFinite);
  const n = finite.length;
  if (n === 0) return { mean: Number.NaN, low: Number.NaN, high: Number.NaN, replications: 0 };
  const mean = finite.reduce((sum, value) => sum + value, 0) / n;
  if (n === 1) return { mean, low: mean, high: mean, replications: 1 };
  const variance = finite.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (n - 1);
  const half = tQuantile975(n - 1) * Math.sqrt(variance / n);
  return { mean, low: mean - half, high: mean + half, replications: n };
}

function meanOfFinite(series: Float64Array): number {
  let sum = 0;
  let count = 0;
  for (const value of series) {
    if (Number.isFinite(value)) {
      sum += value;
      count++;
    }
  }
  return count > 0 ? sum / count : Number.NaN;
}

/** One replication's figure for a KPI: the mean over its simulated years. */
export function kpiOfReplication(kpis: Kpis, id: KpiId): number {
  return meanOfFinite(kpis[id]);
}

/** The four cards of a run, against the scenario's targets. */
export function kpiCards(result: RunResult, scenario: Scenario): KpiCard[] {
  return KPI_IDS.map((id) => {
    const value = estimate(result.replications.map((replication) => kpiOfReplication(replication.kpis, id)));
    const target =
      id === 'trainsPerYear'
        ? scenario.kpi.targetTrainsPerYear
        : id === 'scoTradeGrowth'
          ? scenario.kpi.targetTradeGrowthPerYear
          : undefined;
    const meetsTarget =
      target === undefined || !Number.isFinite(value.mean) ? undefined : value.mean >= target;
    return { id, estimate: value, target, meetsTarget };
  });
}

export interface KpiDelta {
  id: KpiId;
  a: number;
  b: number;
  /** B − A. */
  delta: number;
  /** (B − A) / |A|, NaN when A is zero. */
  relative: number;
}

/** The change of each KPI from run A to run B. */
export function kpiDeltas(a: RunResult, b: RunResult): KpiDelta[] {
  return KPI_IDS.map((id) => {
    const valueA = estimate(a.replications.map((replication) => kpiOfReplication(replication.kpis, id))).mean;
    const valueB = estimate(b.replications.map((replication) => kpiOfReplication(replication.kpis, id))).mean;
    const delta = valueB - valueA;
    return {
      id,
      a: valueA,
      b: valueB,
      delta,
      relative: valueA !== 0 ? delta / Math.abs(valueA) : Number.NaN,
    };
  });
}

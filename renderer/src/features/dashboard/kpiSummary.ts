// The KPI cards' figures: each SCODA KPI averaged over the simulated years of a replication, then
// over replications with a 95 % confidence interval (Student t), as RunResult.bands does for series.
import type { Kpis, RunResult, Scenario } from '../../../../sim-core/src/api/types.ts';
import { confidenceInterval95 } from '../../../../sim-core/src/vocabulary/confidenceInterval.ts';

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

/** Mean and 95 % confidence interval of the finite values (sim-core's one interval). */
export function estimate(values: readonly number[]): KpiEstimate {
  const finite = values.filter(Number.isFinite);
  return { ...confidenceInterval95(finite), replications: finite.length };
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
  return kpiCardsOf(
    result.replications.map((replication) => replication.kpis),
    scenario,
  );
}

/**
 * The four cards from the KPIs of some replications: a whole run's, or those finished so far of a
 * run still going on (the running mean, its interval narrowing as replications come in).
 */
export function kpiCardsOf(replications: readonly Kpis[], scenario: Scenario): KpiCard[] {
  return KPI_IDS.map((id) => {
    const value = estimate(replications.map((kpis) => kpiOfReplication(kpis, id)));
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

// The rows of the Compare table: each key figure of run A, and for each variant its value and
// the difference from A with the 95 % interval over paired replications.
import type { ReplicationResult, RunResult } from '../../../../sim-core/src/api/types.ts';
import { KPI_IDS, kpiOfReplication, type KpiId } from '../dashboard/kpiSummary.ts';
import { pairedDelta, pairing, type PairedDelta, type PairingState } from './pairedDifference.ts';

/** The SCODA KPIs, then what a disruption moves: TEU delivered a year and the peak backlog. */
export type CompareMetric = KpiId | 'teuDelivered' | 'peakBacklogTeu';
export const COMPARE_METRICS: readonly CompareMetric[] = [...KPI_IDS, 'teuDelivered', 'peakBacklogTeu'];

/** Most TEU waiting for a departure at any week's end, summed over corridors. */
export function peakBacklogTeu(replication: ReplicationResult): number {
  const { periods, entities, values } = replication.corridors.backlogTeu;
  let peak = 0;
  for (let period = 0; period < periods; period++) {
    let total = 0;
    for (let entity = 0; entity < entities; entity++) total += values[period * entities + entity] ?? 0;
    peak = Math.max(peak, total);
  }
  return peak;
}

/** One replication's figure: KPIs and TEU as the mean over its years, the backlog at its peak. */
export function metricOfReplication(replication: ReplicationResult, metric: CompareMetric): number {
  if (metric === 'peakBacklogTeu') return peakBacklogTeu(replication);
  if (metric === 'teuDelivered') {
    const perYear = replication.kpis.teuDelivered;
    return perYear.length === 0 ? Number.NaN : perYear.reduce((sum, v) => sum + v, 0) / perYear.length;
  }
  return kpiOfReplication(replication.kpis, metric);
}

export interface VariantColumn {
  pairing: PairingState;
  pairs: number;
}

export interface CompareRow {
  metric: CompareMetric;
  /** Per variant (B, C, D): its difference from A. */
  deltas: PairedDelta[];
}

function values(result: RunResult, metric: CompareMetric): number[] {
  return result.replications.map((replication) => metricOfReplication(replication, metric));
}

/** The table of a comparison: A is `runs[0]`, the variants the others. */
export function compareTable(runs: readonly RunResult[]): { columns: VariantColumn[]; rows: CompareRow[] } {
  const [a, ...variants] = runs;
  if (!a) return { columns: [], rows: [] };
  const columns = variants.map((variant) => {
    const { state, pairs } = pairing(a, variant);
    return { pairing: state, pairs };
  });
  const rows = COMPARE_METRICS.map((metric) => {
    const valuesA = values(a, metric);
    return {
      metric,
      deltas: variants.map((variant, index) =>
        pairedDelta(valuesA, values(variant, metric), columns[index]?.pairs ?? 0),
      ),
    };
  });
  return { columns, rows };
}

// The distribution of door-to-door days over all demands (TransitTimes.histogram summed over
// demands and replications), and the dwell split per transfer node.
import type { RunResult, Scenario } from '../../../../sim-core/src/api/types.ts';
import type { Language } from '../../state/useSettingsStore.ts';
import { columnMean } from './matrixColumns.ts';

export interface Histogram {
  binDays: number;
  /** Left edge of each bin, days. */
  edges: Float64Array;
  /** Consignments per bin, per replication (the mean over replications, so runs of unequal
   * replication counts compare). */
  counts: Float64Array;
}

/** Sum of every demand's histogram, mean over replications; trailing empty bins cut. */
export function transitHistogram(result: RunResult): Histogram | undefined {
  const first = result.replications[0]?.transitTimes.histogram;
  if (!first || first.bins === 0) return undefined;
  const counts = new Float64Array(first.bins);
  for (const replication of result.replications) {
    const { bins, counts: source } = replication.transitTimes.histogram;
    for (let i = 0; i < source.length; i++) counts[i % bins] = (counts[i % bins] ?? 0) + (source[i] ?? 0);
  }
  const replications = Math.max(1, result.replications.length);
  for (let i = 0; i < counts.length; i++) counts[i] = (counts[i] ?? 0) / replications;
  let last = counts.length;
  while (last > 1 && counts[last - 1] === 0) last--;
  const cut = counts.slice(0, last);
  return { binDays: first.binDays, edges: Float64Array.from(cut, (_, i) => i * first.binDays), counts: cut };
}

/** Two histograms on one set of bins (the longer's), for A and B side by side. */
export function alignHistograms(
  a: Histogram,
  b: Histogram | undefined,
): { edges: Float64Array; a: Float64Array; b: Float64Array | undefined } {
  if (!b || b.binDays !== a.binDays) return { edges: a.edges, a: a.counts, b: undefined };
  const bins = Math.max(a.counts.length, b.counts.length);
  const pad = (counts: Float64Array) => {
    const out = new Float64Array(bins);
    out.set(counts);
    return out;
  };
  return {
    edges: Float64Array.from({ length: bins }, (_, i) => i * a.binDays),
    a: pad(a.counts),
    b: pad(b.counts),
  };
}

export const DWELL_PARTS = [
  'dwellWaitingHours',
  'dwellHandlingHours',
  'dwellCustomsHours',
  'dwellDocumentsHours',
  'dwellGaugeHours',
] as const;
export type DwellPart = (typeof DWELL_PARTS)[number];

export interface DwellRow {
  nodeId: string;
  name: string;
  /** Mean hours per cause, in DWELL_PARTS order. */
  hours: number[];
  total: number;
}

/** Mean dwell by cause at each node where cargo changes mode (nodes with any dwell), longest first. */
export function dwellSplit(result: RunResult, scenario: Scenario, language: Language): DwellRow[] {
  const ids = result.replications[0]?.nodeIds ?? [];
  const names = new Map(scenario.nodes.map((node) => [node.id, node.name[language]]));
  return ids
    .map((nodeId, index) => {
      const hours = DWELL_PARTS.map((part) => columnMean(result.bands.nodes[part].mean, index) || 0);
      return {
        nodeId,
        name: names.get(nodeId) ?? nodeId,
        hours,
        total: hours.reduce((sum, value) => sum + value, 0),
      };
    })
    .filter((row) => row.total > 0)
    .sort((a, b) => b.total - a.total);
}

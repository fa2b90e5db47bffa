// The distribution of door-to-door days over all demands (TransitTimes.histogram summed over
// demands and replications), and the dwell split per transfer node.
import type { RunResult, Scenario } from '../../../../sim-core/src/api/types.ts';
import type { Language } from '../../state/useSettingsStore.ts';
import { columnMean } from './matrixColumns.ts';

export interface Histogram {
  binDays: number;
  /** Left edge of each bin, days. */
  edges: Float64Array;
  /** Consignments per bin. */
  counts: Float64Array;
}

/** Sum of every demand's histogram, over every replication; trailing empty bins cut. */
export function transitHistogram(result: RunResult): Histogram | undefined {
  const first = result.replications[0]?.transitTimes.histogram;
  if (!first || first.bins === 0) return undefined;
  const counts = new Float64Array(first.bins);
  for (const replication of result.replications) {
    const { bins, counts: source } = replication.transitTimes.histogram;
    for (let i = 0; i < source.length; i++) counts[i % bins] = (counts[i % bins] ?? 0) + (source[i] ?? 0);
  }
  let last = counts.length;
  while (last > 1 && counts[last - 1] === 0) last--;
  const cut = counts.slice(0, last);
  return { binDays: first.binDays, edges: Float64Array.from(cut, (_, i) => i * first.binDays), counts: cut };
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

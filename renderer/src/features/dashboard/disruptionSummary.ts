// What a disruption scenario asks, answered from its results: how far the backlog rose and when,
// and how busy the throttled node was inside the window against the same span before it.
import type { Matrix, RunResult, Scenario } from '../../../../sim-core/src/api/types.ts';
import { chartedWeeks } from './seriesCharts.ts';

/** A throttle of a node or link, from the scenario's interventions. */
export interface Throttle {
  kind: 'node' | 'link';
  id: string;
  /** YYYY-MM-DD, the window [from, to). */
  from: string;
  to: string;
  /** Capacity kept, 0..1 (0.3: 30 % of normal). */
  factor: number;
}

/** The end of a window with no end date: after any simulated date. */
const OPEN_END = '9999-12-31';

export function throttlesOf(scenario: Scenario | undefined): Throttle[] {
  return (scenario?.interventions ?? []).flatMap((intervention): Throttle[] => {
    if (intervention.kind === 'throttle-node')
      return [
        {
          kind: 'node',
          id: intervention.node,
          from: intervention.from,
          to: intervention.to ?? OPEN_END,
          factor: intervention.factor,
        },
      ];
    if (intervention.kind === 'throttle-link')
      return [
        {
          kind: 'link',
          id: intervention.link,
          from: intervention.from,
          to: intervention.to ?? OPEN_END,
          factor: intervention.factor,
        },
      ];
    return [];
  });
}

/** Weeks whose start lies in [from, to), as indexes. */
export function weeksIn(dates: readonly string[], from: string, to: string): number[] {
  return dates.flatMap((date, index) => (date >= from && date < to ? [index] : []));
}

function rowTotal(matrix: Matrix, period: number): number {
  let total = 0;
  for (let e = 0; e < matrix.entities; e++) total += matrix.values[period * matrix.entities + e] ?? 0;
  return total;
}

function meanAt(matrix: Matrix, entity: number, weeks: readonly number[]): number {
  if (weeks.length === 0 || entity < 0) return Number.NaN;
  return (
    weeks.reduce((sum, week) => sum + (matrix.values[week * matrix.entities + entity] ?? 0), 0) / weeks.length
  );
}

export interface DisruptionFigures {
  /** Most TEU waiting at a week's end, all corridors (mean over replications), and that week. */
  peakBacklogTeu: number;
  peakWeekDate: string | undefined;
  /** TEU waiting at the end of the week before the window, and of the window's last week. */
  backlogBeforeTeu: number;
  backlogAtEndTeu: number;
  /** Mean utilisation (0..1) of the throttled node inside the window, and over as many weeks before. */
  utilisationIn: number;
  utilisationBefore: number;
}

export function disruptionFigures(result: RunResult, throttle: Throttle): DisruptionFigures {
  const dates = result.replications[0]?.weeks.startDates ?? [];
  const weeks = chartedWeeks(result);
  const backlog = result.bands.corridors.backlogTeu.mean;
  let peak = 0;
  let peakWeek = -1;
  for (let week = 0; week < weeks; week++) {
    const total = rowTotal(backlog, week);
    if (total > peak) {
      peak = total;
      peakWeek = week;
    }
  }
  const inside = weeksIn(dates.slice(0, weeks), throttle.from, throttle.to);
  const first = inside[0] ?? 0;
  const before = Array.from({ length: Math.min(first, inside.length) }, (_, i) => first - 1 - i);
  const node = throttle.kind === 'node' ? (result.replications[0]?.nodeIds.indexOf(throttle.id) ?? -1) : -1;
  const utilisation = result.bands.nodes.utilisation.mean;
  return {
    peakBacklogTeu: peak,
    peakWeekDate: peakWeek >= 0 ? dates[peakWeek] : undefined,
    backlogBeforeTeu: first > 0 ? rowTotal(backlog, first - 1) : Number.NaN,
    backlogAtEndTeu: inside.length > 0 ? rowTotal(backlog, inside[inside.length - 1] as number) : Number.NaN,
    utilisationIn: meanAt(utilisation, node, inside),
    utilisationBefore: meanAt(utilisation, node, before),
  };
}

/**
 * Onward candidates: for each transfer node of a demand's candidate itineraries, the cheapest
 * itineraries from that node to the demand's destination, so cargo choosing again there (on
 * arrival, or when its service stops) is not limited to the remainders of its origin's candidates.
 */
import type { Itinerary, ItineraryQuery } from '../network/findItineraries.ts';
import type { CompiledDemand, ItineraryInputs, ItineraryTable } from './compileScenario.ts';

/** Onward candidates per demand and transfer node, appended to `all` (see ItineraryTable). */
export function onwardCandidates(
  c: ItineraryInputs,
  demands: CompiledDemand[],
  perDemand: Itinerary[][],
  all: Itinerary[],
  queryFrom: (d: CompiledDemand, node: number) => ItineraryQuery,
  search: (query: ItineraryQuery) => Itinerary[],
): Pick<ItineraryTable, 'onwardStart' | 'onwardCount' | 'onwardNode' | 'onwardItStart' | 'onwardItCount'> {
  const onwardStart = new Int32Array(demands.length);
  const onwardCount = new Int32Array(demands.length);
  const node: number[] = [];
  const itStart: number[] = [];
  const itCount: number[] = [];
  for (const d of demands) {
    const transfers = new Set<number>();
    for (const it of perDemand[d.index] ?? [])
      for (const leg of it.legs.slice(1)) transfers.add(c.routes.routes[leg.route]?.stops[leg.board] ?? -1);
    onwardStart[d.index] = node.length;
    for (const n of transfers) {
      if (n < 0 || n === d.destination) continue;
      const found = search(queryFrom(d, n)).filter((it) => it.legs.length > 0);
      node.push(n);
      itStart.push(all.length);
      itCount.push(found.length);
      all.push(...found);
    }
    onwardCount[d.index] = node.length - (onwardStart[d.index] as number);
  }
  return {
    onwardStart,
    onwardCount,
    onwardNode: Int32Array.from(node),
    onwardItStart: Int32Array.from(itStart),
    onwardItCount: Int32Array.from(itCount),
  };
}

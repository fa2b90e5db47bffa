/**
 * Sea–rail transit per calendar year and corridor: door to door and from the first departure, so
 * that a reader can set the Japan–Korea Land–Sea Express beside its published days and the
 * Vladivostok sea–rail link beside its own, instead of one mean over both.
 */
import type { Kpis } from '../vocabulary/runResult.ts';

export class SeaRailTally {
  private readonly count: Float64Array;
  private readonly doorSum: Float64Array;
  private readonly departureSum: Float64Array;

  constructor(
    years: number,
    private readonly corridorIds: string[],
  ) {
    const n = years * corridorIds.length;
    this.count = new Float64Array(n);
    this.doorSum = new Float64Array(n);
    this.departureSum = new Float64Array(n);
  }

  add(year: number, corridor: number, doorToDoorDays: number, fromDepartureDays: number): void {
    const i = year * this.corridorIds.length + corridor;
    this.count[i] = (this.count[i] as number) + 1;
    this.doorSum[i] = (this.doorSum[i] as number) + doorToDoorDays;
    this.departureSum[i] = (this.departureSum[i] as number) + fromDepartureDays;
  }

  /** The years kept (`keep[y]`), as the KPI's matrices. */
  result(keep: readonly boolean[]): Kpis['seaRailByCorridor'] {
    const k = this.corridorIds.length;
    const rows = keep.flatMap((kept, y) => (kept ? [y] : []));
    const pick = (sums: Float64Array | undefined): Float64Array =>
      Float64Array.from({ length: rows.length * k }, (_, j) => {
        const i = (rows[Math.floor(j / k)] as number) * k + (j % k);
        const n = this.count[i] as number;
        if (sums === undefined) return n;
        return n > 0 ? (sums[i] as number) / n : Number.NaN;
      });
    return {
      corridorIds: this.corridorIds.slice(),
      delivered: pick(undefined),
      doorToDoorDays: pick(this.doorSum),
      fromDepartureDays: pick(this.departureSum),
    };
  }
}

/**
 * Growth of trade with SCO countries on the year before; the first reported year against the
 * scenario's stated base (kpi.tradeBase), annualised over the years between and with the first
 * year's trade scaled up to a whole year when the run covers only part of it (warm-up, a start
 * after 1 January). NaN when there is nothing to compare with.
 */
export function tradeGrowth(
  trade: Float64Array,
  years: readonly number[],
  firstYearCoveredShare: number,
  base: { year: number; scoTradeValueUsd: number } | undefined,
): Float64Array {
  return trade.map((v, i) => {
    if (i > 0) return (trade[i - 1] as number) > 0 ? v / (trade[i - 1] as number) - 1 : Number.NaN;
    const year = years[0];
    if (base === undefined || year === undefined || year <= base.year || !(base.scoTradeValueUsd > 0))
      return Number.NaN;
    if (!(firstYearCoveredShare > 0)) return Number.NaN;
    return (v / firstYearCoveredShare / base.scoTradeValueUsd) ** (1 / (year - base.year)) - 1;
  });
}

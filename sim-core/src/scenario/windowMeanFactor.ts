import { isoDateToDays } from './isoDate.ts';

/** A multiplier active from `from` (inclusive) to `to` (exclusive; absent: to the end of the run). */
export interface FactorWindow {
  from: string;
  to?: string | undefined;
  factor: number;
}

/**
 * The time-weighted mean, over the run [startDay, endDay), of the product of the factors active
 * at each moment (1 where none is). Windows that overlap multiply; windows that follow each
 * other do not: twelve yearly x1.5 steps of a 12-year run average 1.5, not 1.5^12. Windows with
 * unusable dates are left out (validation reports them).
 */
export function windowMeanFactor(windows: readonly FactorWindow[], startDay: number, endDay: number): number {
  if (!(endDay > startDay)) return 1;
  const spans = windows.flatMap((w) => {
    const from = isoDateToDays(w.from);
    const to = w.to === undefined ? endDay : isoDateToDays(w.to);
    if (from === undefined || to === undefined) return [];
    const a = Math.max(startDay, from);
    const b = Math.min(endDay, to);
    return b > a ? [{ a, b, factor: w.factor }] : [];
  });
  if (spans.length === 0) return 1;
  const cuts = [...new Set([startDay, endDay, ...spans.flatMap((s) => [s.a, s.b])])].sort((x, y) => x - y);
  let weighted = 0;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i] as number;
    const b = cuts[i + 1] as number;
    const product = spans.reduce((p, s) => (s.a <= a && s.b >= b ? p * s.factor : p), 1);
    weighted += product * (b - a);
  }
  return weighted / (endDay - startDay);
}

// The one confidence interval of the project: the mean over replications with its two-sided 95 %
// Student t interval. Replications are independent runs of the same model (own seeds), so their
// results are i.i.d. observations of the same quantity and the t interval applies. The engine's
// bands, the CSVs, the command line's summary and the renderer's KPI cards all use it.
import type { Estimate } from './runResult.ts';

/**
 * t_{0.975, df} for df = 1..30 (two-sided 95 %), to 9 decimals, as given by standard tables
 * (e.g. R's qt(0.975, df)). Index 0 is unused.
 */
const T975_TABLE = [
  NaN,
  12.706204736,
  4.30265273,
  3.182446305,
  2.776445105,
  2.570581836,
  2.446911851,
  2.364624252,
  2.306004135,
  2.262157163,
  2.228138852,
  2.20098516,
  2.17881283,
  2.160368656,
  2.144786688,
  2.131449546,
  2.119905299,
  2.109815578,
  2.10092204,
  2.093024054,
  2.085963447,
  2.079613845,
  2.073873068,
  2.06865761,
  2.063898562,
  2.059538553,
  2.055529439,
  2.051830516,
  2.048407142,
  2.045229642,
  2.042272456,
];

/** z_{0.975}. */
const Z975 = 1.959963984540054;

/**
 * The 97.5 % quantile of Student's t with `degreesOfFreedom` (> 0; fractional df are rounded
 * down, the conservative side). Table up to 30, then the Cornish-Fisher expansion in 1/df
 * (Abramowitz & Stegun 26.7.5), accurate to better than 1e-6 there.
 */
export const studentT975 = (degreesOfFreedom: number): number => {
  if (!(degreesOfFreedom >= 1))
    throw new RangeError(`studentT975: degrees of freedom must be >= 1, got ${degreesOfFreedom}`);
  const df = Math.floor(degreesOfFreedom);
  if (df <= 30) return T975_TABLE[df] as number;
  if (df === Infinity) return Z975;
  const z = Z975;
  const z2 = z * z;
  const g1 = (z * (z2 + 1)) / 4;
  const g2 = (z * ((5 * z2 + 16) * z2 + 3)) / 96;
  const g3 = (z * (((3 * z2 + 19) * z2 + 17) * z2 - 15)) / 384;
  const g4 = (z * ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945)) / 92160;
  return z + g1 / df + g2 / df ** 2 + g3 / df ** 3 + g4 / df ** 4;
};

/**
 * The mean of independent observations (replication results) and its 95 % confidence interval,
 * mean ± t_{0.975, n-1} · s / sqrt(n). NaN values (a cell with nothing to measure in
 * that replication, such as the dwell at a node nothing left) are left out; with one value the
 * interval is that value (low = high = mean); with none, all three are NaN.
 */
export function confidenceInterval95(values: ArrayLike<number>): Estimate {
  let n = 0;
  let mean = 0;
  let m2 = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i] as number;
    if (Number.isNaN(x)) continue;
    n += 1;
    const delta = x - mean;
    mean += delta / n;
    m2 += delta * (x - mean);
  }
  if (n === 0) return { mean: NaN, low: NaN, high: NaN };
  if (n === 1) return { mean, low: mean, high: mean };
  const halfWidth = (studentT975(n - 1) * Math.sqrt(m2 / (n - 1))) / Math.sqrt(n);
  return { mean, low: mean - halfWidth, high: mean + halfWidth };
}

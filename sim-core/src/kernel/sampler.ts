import { normalCdf, normalPdf, normalQuantile, Z90 } from './normalDistribution.ts';
import type { RandomStream } from './RandomStreams.ts';

/**
 * A distribution as the scenario schema writes it (scenario/schema.ts `Distribution` must stay
 * assignable to this type; the kernel declares it itself so it imports nothing from above).
 * Units come from the field that holds it (hours, TEU, ...).
 */
export type DistributionSpec =
  | { readonly kind: 'deterministic'; readonly value: number }
  | { readonly kind: 'exponential'; readonly mean: number }
  | { readonly kind: 'uniform'; readonly min: number; readonly max: number }
  | { readonly kind: 'triangular'; readonly min: number; readonly mode: number; readonly max: number }
  /** Normal with these parameters, truncated at zero (negative draws are impossible). */
  | { readonly kind: 'normal'; readonly mean: number; readonly sd: number }
  /** Lognormal given by its median and 90th percentile (p90 >= median). */
  | { readonly kind: 'lognormal'; readonly median: number; readonly p90: number }
  /** One of `values`, with probabilities proportional to `weights` (default equal). */
  | {
      readonly kind: 'empirical';
      readonly values: readonly number[];
      readonly weights?: readonly number[] | undefined;
    };

/**
 * A sampling function for `spec` drawing from `stream`. Every kind uses exactly one uniform per
 * draw (inverse CDF), so a stream's position never depends on the values drawn. Throws a
 * RangeError naming the kind when the parameters are inconsistent (min > max, ...).
 */
export function sampler(spec: DistributionSpec, stream: RandomStream): () => number {
  checkSpec(spec);
  switch (spec.kind) {
    case 'deterministic': {
      const value = spec.value;
      return () => value;
    }
    case 'exponential': {
      const mean = spec.mean;
      return () => -mean * Math.log(stream.next01());
    }
    case 'uniform': {
      const { min } = spec;
      const span = spec.max - spec.min;
      return () => min + span * stream.next01();
    }
    case 'triangular':
      return triangularSampler(spec.min, spec.mode, spec.max, stream);
    case 'normal':
      return truncatedNormalSampler(spec.mean, spec.sd, stream);
    case 'lognormal': {
      const mu = Math.log(spec.median);
      const sigma = lognormalSigma(spec.median, spec.p90);
      return () => Math.exp(mu + sigma * normalQuantile(stream.next01()));
    }
    case 'empirical':
      return empiricalSampler(spec.values, spec.weights, stream);
  }
}

/** The exact mean of `spec` (for truncated normal: the mean after truncation at zero). */
export function distributionMean(spec: DistributionSpec): number {
  checkSpec(spec);
  switch (spec.kind) {
    case 'deterministic':
      return spec.value;
    case 'exponential':
      return spec.mean;
    case 'uniform':
      return (spec.min + spec.max) / 2;
    case 'triangular':
      return (spec.min + spec.mode + spec.max) / 3;
    case 'normal': {
      if (spec.sd === 0) return Math.max(0, spec.mean);
      // E[X | X > 0] = mu + sd * phi(alpha) / (1 - Phi(alpha)), alpha = -mu / sd.
      const alpha = -spec.mean / spec.sd;
      return spec.mean + (spec.sd * normalPdf(alpha)) / (1 - normalCdf(alpha));
    }
    case 'lognormal': {
      const sigma = lognormalSigma(spec.median, spec.p90);
      return spec.median * Math.exp((sigma * sigma) / 2);
    }
    case 'empirical': {
      const cumulative = cumulativeWeights(spec.values, spec.weights);
      const total = cumulative[cumulative.length - 1] as number;
      let sum = 0;
      for (let i = 0; i < spec.values.length; i++) {
        const weight = (cumulative[i] as number) - (i > 0 ? (cumulative[i - 1] as number) : 0);
        sum += (spec.values[i] as number) * weight;
      }
      return sum / total;
    }
  }
}

function lognormalSigma(median: number, p90: number): number {
  return Math.log(p90 / median) / Z90;
}

function triangularSampler(min: number, mode: number, max: number, stream: RandomStream): () => number {
  const span = max - min;
  if (span === 0) return () => min;
  const split = (mode - min) / span; // CDF at the mode
  const left = span * (mode - min);
  const right = span * (max - mode);
  return () => {
    const u = stream.next01();
    return u < split ? min + Math.sqrt(u * left) : max - Math.sqrt((1 - u) * right);
  };
}

/** Normal(mean, sd) conditioned on X >= 0, by inverse CDF over [Phi(alpha), 1). */
function truncatedNormalSampler(mean: number, sd: number, stream: RandomStream): () => number {
  if (sd === 0) {
    const value = Math.max(0, mean);
    return () => value;
  }
  const lowCdf = normalCdf(-mean / sd);
  const width = 1 - lowCdf;
  return () => Math.max(0, mean + sd * normalQuantile(lowCdf + width * stream.next01()));
}

function empiricalSampler(
  values: readonly number[],
  weights: readonly number[] | undefined,
  stream: RandomStream,
): () => number {
  const table = Float64Array.from(values);
  const cumulative = cumulativeWeights(values, weights);
  const total = cumulative[cumulative.length - 1] as number;
  const last = table.length - 1;
  return () => {
    const target = stream.next01() * total;
    // First index with cumulative > target (binary search; zero-weight values are never chosen).
    let lo = 0;
    let hi = last;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cumulative[mid] as number) > target) hi = mid;
      else lo = mid + 1;
    }
    return table[lo] as number;
  };
}

function cumulativeWeights(values: readonly number[], weights: readonly number[] | undefined): Float64Array {
  const cumulative = new Float64Array(values.length);
  let running = 0;
  for (let i = 0; i < values.length; i++) {
    running += weights === undefined ? 1 : (weights[i] as number);
    cumulative[i] = running;
  }
  return cumulative;
}

function checkSpec(spec: DistributionSpec): void {
  const problem = specProblem(spec);
  if (problem !== undefined) throw new RangeError(`${spec.kind} distribution: ${problem}`);
}

function specProblem(spec: DistributionSpec): string | undefined {
  const finiteNonNegative = (x: number): boolean => Number.isFinite(x) && x >= 0;
  switch (spec.kind) {
    case 'deterministic':
      return finiteNonNegative(spec.value) ? undefined : `value must be finite and >= 0, got ${spec.value}`;
    case 'exponential':
      return Number.isFinite(spec.mean) && spec.mean > 0 ? undefined : `mean must be > 0, got ${spec.mean}`;
    case 'uniform':
      return finiteNonNegative(spec.min) && spec.max >= spec.min && Number.isFinite(spec.max)
        ? undefined
        : `expected 0 <= min <= max, got min ${spec.min}, max ${spec.max}`;
    case 'triangular':
      return finiteNonNegative(spec.min) &&
        spec.mode >= spec.min &&
        spec.max >= spec.mode &&
        Number.isFinite(spec.max)
        ? undefined
        : `expected 0 <= min <= mode <= max, got ${spec.min}, ${spec.mode}, ${spec.max}`;
    case 'normal':
      return finiteNonNegative(spec.mean) && finiteNonNegative(spec.sd)
        ? undefined
        : `expected mean >= 0 and sd >= 0, got ${spec.mean}, ${spec.sd}`;
    case 'lognormal':
      return spec.median > 0 && spec.p90 >= spec.median && Number.isFinite(spec.p90)
        ? undefined
        : `expected 0 < median <= p90, got median ${spec.median}, p90 ${spec.p90}`;
    case 'empirical':
      return empiricalProblem(spec.values, spec.weights);
  }
}

function empiricalProblem(
  values: readonly number[],
  weights: readonly number[] | undefined,
): string | undefined {
  if (values.length === 0) return 'values must not be empty';
  if (!values.every(Number.isFinite)) return 'values must be finite numbers';
  if (weights === undefined) return undefined;
  if (weights.length !== values.length) {
    return `weights must have one entry per value (${values.length}), got ${weights.length}`;
  }
  if (!weights.every((w) => Number.isFinite(w) && w >= 0)) return 'weights must be finite and >= 0';
  if (!weights.some((w) => w > 0)) return 'at least one weight must be > 0';
  return undefined;
}

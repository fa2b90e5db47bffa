/**
 * Streaming quantile estimates without storing the observations: one P² estimator per requested
 * probability (R. Jain and I. Chlamtac, "The P² algorithm for dynamic calculation of quantiles and
 * histograms without storing observations", CACM 28(10), 1985). Five markers per probability,
 * O(1) memory and time per observation; exact while fewer than five values have been seen.
 */
export class StreamingQuantiles {
  private readonly estimators: P2Estimator[];
  private readonly probabilities: readonly number[];

  constructor(probabilities: number[]) {
    for (const p of probabilities) {
      if (!(p > 0 && p < 1))
        throw new RangeError(`StreamingQuantiles: probability must be in (0, 1), got ${p}`);
    }
    this.probabilities = [...probabilities];
    this.estimators = probabilities.map((p) => new P2Estimator(p));
  }

  add(x: number): void {
    for (const estimator of this.estimators) estimator.add(x);
  }

  get count(): number {
    return this.estimators[0]?.count ?? 0;
  }

  /** The estimate for p, which must be one of the constructor's probabilities; NaN when empty. */
  quantile(p: number): number {
    const index = this.probabilities.indexOf(p);
    const estimator = this.estimators[index];
    if (estimator === undefined) {
      throw new RangeError(
        `StreamingQuantiles: ${p} was not requested (have ${this.probabilities.join(', ')})`,
      );
    }
    return estimator.estimate();
  }
}

class P2Estimator {
  private readonly p: number;
  private n = 0;
  /** Marker heights q[0..4]. */
  private readonly heights = new Float64Array(5);
  /** Actual marker positions (1-based ranks). */
  private readonly positions = new Float64Array([1, 2, 3, 4, 5]);
  /** Desired marker positions and their increments per observation. */
  private readonly desired: Float64Array;
  private readonly increments: Float64Array;

  constructor(p: number) {
    this.p = p;
    this.desired = new Float64Array([1, 1 + 2 * p, 1 + 4 * p, 3 + 2 * p, 5]);
    this.increments = new Float64Array([0, p / 2, p, (1 + p) / 2, 1]);
  }

  get count(): number {
    return this.n;
  }

  add(x: number): void {
    const q = this.heights;
    if (this.n < 5) {
      q[this.n++] = x;
      if (this.n === 5) q.sort();
      return;
    }
    this.n++;
    const k = this.cellOf(x);
    const pos = this.positions;
    for (let i = k + 1; i < 5; i++) pos[i] = (pos[i] as number) + 1;
    for (let i = 0; i < 5; i++)
      this.desired[i] = (this.desired[i] as number) + (this.increments[i] as number);
    for (let i = 1; i < 4; i++) this.adjust(i);
  }

  /** Index k of the cell [q[k], q[k+1]) holding x, extending the extremes when x falls outside. */
  private cellOf(x: number): number {
    const q = this.heights;
    if (x < (q[0] as number)) {
      q[0] = x;
      return 0;
    }
    if (x >= (q[4] as number)) {
      q[4] = x;
      return 3;
    }
    let k = 0;
    while (x >= (q[k + 1] as number)) k++;
    return k;
  }

  private adjust(i: number): void {
    const q = this.heights;
    const pos = this.positions;
    const d = (this.desired[i] as number) - (pos[i] as number);
    const ni = pos[i] as number;
    const gapUp = (pos[i + 1] as number) - ni;
    const gapDown = (pos[i - 1] as number) - ni;
    if ((d >= 1 && gapUp > 1) || (d <= -1 && gapDown < -1)) {
      const step = d >= 0 ? 1 : -1;
      const parabolic = this.parabolic(i, step);
      const below = q[i - 1] as number;
      const above = q[i + 1] as number;
      q[i] = below < parabolic && parabolic < above ? parabolic : this.linear(i, step);
      pos[i] = ni + step;
    }
  }

  private parabolic(i: number, step: number): number {
    const q = this.heights;
    const pos = this.positions;
    const n0 = pos[i - 1] as number;
    const n1 = pos[i] as number;
    const n2 = pos[i + 1] as number;
    const q0 = q[i - 1] as number;
    const q1 = q[i] as number;
    const q2 = q[i + 1] as number;
    return (
      q1 +
      (step / (n2 - n0)) *
        ((n1 - n0 + step) * ((q2 - q1) / (n2 - n1)) + (n2 - n1 - step) * ((q1 - q0) / (n1 - n0)))
    );
  }

  private linear(i: number, step: number): number {
    const q = this.heights;
    const pos = this.positions;
    const j = i + step;
    return (
      (q[i] as number) +
      (step * ((q[j] as number) - (q[i] as number))) / ((pos[j] as number) - (pos[i] as number))
    );
  }

  estimate(): number {
    if (this.n === 0) return NaN;
    if (this.n < 5) {
      // Exact: the p-quantile of the few values seen (linear interpolation between order statistics).
      const sorted = Array.from(this.heights.subarray(0, this.n)).sort((a, b) => a - b);
      const rank = this.p * (sorted.length - 1);
      const lo = Math.floor(rank);
      const hi = Math.min(lo + 1, sorted.length - 1);
      return (sorted[lo] as number) + (rank - lo) * ((sorted[hi] as number) - (sorted[lo] as number));
    }
    return this.heights[2] as number;
  }
}

/**
 * Running count, mean, variance (Welford's update: numerically stable, one pass, O(1) memory),
 * min and max of observations such as waiting times.
 */
export class Tally {
  private n = 0;
  private runningMean = 0;
  private sumSquares = 0; // sum of squared deviations from the running mean
  private lowest = Infinity;
  private highest = -Infinity;

  add(x: number): void {
    const n = ++this.n;
    const delta = x - this.runningMean;
    this.runningMean += delta / n;
    this.sumSquares += delta * (x - this.runningMean);
    if (x < this.lowest) this.lowest = x;
    if (x > this.highest) this.highest = x;
  }

  get count(): number {
    return this.n;
  }

  /** NaN when empty. */
  get mean(): number {
    return this.n > 0 ? this.runningMean : NaN;
  }

  /** Sample variance (n - 1 denominator); NaN with fewer than two observations. */
  get variance(): number {
    return this.n > 1 ? this.sumSquares / (this.n - 1) : NaN;
  }

  get stdDev(): number {
    return Math.sqrt(this.variance);
  }

  /** Infinity when empty. */
  get min(): number {
    return this.lowest;
  }

  /** -Infinity when empty. */
  get max(): number {
    return this.highest;
  }

  reset(): void {
    this.n = 0;
    this.runningMean = 0;
    this.sumSquares = 0;
    this.lowest = Infinity;
    this.highest = -Infinity;
  }
}

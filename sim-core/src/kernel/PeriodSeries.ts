/**
 * Sums per period (weekly throughput, say): value added at time t goes to period
 * floor(t / periodHours). Storage is a Float64Array that grows by doubling.
 */
export class PeriodSeries {
  readonly periodHours: number;
  private sums = new Float64Array(16);
  private length = 0;

  constructor(periodHours: number) {
    if (!(periodHours > 0 && periodHours < Infinity)) {
      throw new RangeError(`PeriodSeries: period must be a positive number of hours, got ${periodHours}`);
    }
    this.periodHours = periodHours;
  }

  add(timeHours: number, value: number): void {
    if (!(timeHours >= 0)) throw new RangeError(`PeriodSeries: time must be >= 0 h, got ${timeHours}`);
    const index = Math.floor(timeHours / this.periodHours);
    if (index >= this.sums.length) {
      let capacity = this.sums.length * 2;
      while (capacity <= index) capacity *= 2;
      const grown = new Float64Array(capacity);
      grown.set(this.sums);
      this.sums = grown;
    }
    this.sums[index] = (this.sums[index] as number) + value;
    if (index >= this.length) this.length = index + 1;
  }

  /** Make the series at least `periods` long (trailing empty periods still count as zeros). */
  extendTo(periods: number): void {
    if (periods > this.length) {
      this.add((periods - 0.5) * this.periodHours, 0);
    }
  }

  /** A copy of the sums, from period 0 to the last period that received a value. */
  values(): Float64Array {
    return this.sums.slice(0, this.length);
  }
}

/**
 * The time average of a piecewise-constant quantity (queue length, busy servers, stock on hand):
 * the integral of value dt divided by the elapsed time since the start (or the last reset).
 */
export class TimeWeighted {
  private startTime: number;
  private lastTime: number;
  private lastValue: number;
  private area = 0;
  private highest: number;

  constructor(now: number, initial: number) {
    this.startTime = now;
    this.lastTime = now;
    this.lastValue = initial;
    this.highest = initial;
  }

  /** The quantity changes to `value` at time `now` (hours, never before the previous update). */
  update(now: number, value: number): void {
    this.area += this.lastValue * (now - this.lastTime);
    this.lastTime = now;
    this.lastValue = value;
    if (value > this.highest) this.highest = value;
  }

  /** Time average up to `now`; the current value when no time has passed. */
  mean(now: number): number {
    const elapsed = now - this.startTime;
    if (elapsed <= 0) return this.lastValue;
    return (this.area + this.lastValue * (now - this.lastTime)) / elapsed;
  }

  /** The integral of value dt up to `now` (e.g. server-hours used). */
  integral(now: number): number {
    return this.area + this.lastValue * (now - this.lastTime);
  }

  get current(): number {
    return this.lastValue;
  }

  /** Largest value seen since the start or the last reset. */
  get max(): number {
    return this.highest;
  }

  /** Start averaging afresh at `now`, keeping the current value (end of a warm-up). */
  reset(now: number): void {
    this.startTime = now;
    this.lastTime = now;
    this.area = 0;
    this.highest = this.lastValue;
  }
}

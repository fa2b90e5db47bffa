/**
 * The time average of how many items are inside something (requests in a queue, in service), kept
 * from the items' entry and exit times instead of an update at every change.
 *
 * The area under a count's step curve equals the sum of the times its items spent inside
 * (Little's identity, exact on any horizon): items that left contribute (exit - entry), items
 * still inside contribute (now - entry), and `count * now - Σ entry` sums the latter in O(1). A
 * Resource already knows each request's wait and service time, so this costs two additions per
 * item instead of a time-weighted update at each of its two events, which was the Resource's
 * largest statistics cost. Same readings as TimeWeighted: mean, integral, current, max.
 */
export class OccupancyIntegral {
  private startTime: number;
  /** Items inside now. */
  private inside = 0;
  /** Σ entry time of the items inside now (hours). */
  private entrySum = 0;
  /** Σ (exit - entry) of the items that left since the start or the reset, minus the time before a reset. */
  private closedArea = 0;
  private highest = 0;

  constructor(now: number) {
    this.startTime = now;
  }

  /** An item enters at `now`. */
  enter(now: number): void {
    this.entrySum += now;
    if (++this.inside > this.highest) this.highest = this.inside;
  }

  /** An item that entered at `entryHours` leaves after `insideHours` (its exit time minus entry). */
  leave(entryHours: number, insideHours: number): void {
    this.closedArea += insideHours;
    // The sum is exact again whenever the count is zero: rounding in entrySum never accumulates
    // beyond one busy period.
    this.entrySum = --this.inside === 0 ? 0 : this.entrySum - entryHours;
  }

  /** The integral of the count dt from the start (or the last reset) to `now`. */
  integral(now: number): number {
    return this.closedArea + (this.inside * now - this.entrySum);
  }

  /** Time average up to `now`; the current count when no time has passed. */
  mean(now: number): number {
    const elapsed = now - this.startTime;
    if (elapsed <= 0) return this.inside;
    return this.integral(now) / elapsed;
  }

  get current(): number {
    return this.inside;
  }

  /** Largest count since the start or the last reset. */
  get max(): number {
    return this.highest;
  }

  /** Start averaging afresh at `now` (end of a warm-up): time inside before `now` no longer counts. */
  reset(now: number): void {
    this.startTime = now;
    this.closedArea = -(this.inside * now - this.entrySum);
    this.highest = this.inside;
  }
}

/**
 * A calendar queue (R. Brown, "Calendar queues: a fast O(1) priority queue implementation for
 * the simulation event set problem", CACM 31(10), 1988) over the EventQueue's slot indices: time
 * is cut into buckets of `width` hours, bucket `b` of a "year" of `bucketCount` buckets holds the
 * events whose virtual bucket floor(time / width) is b modulo bucketCount, each bucket as a list
 * sorted by (time, order key). Insert and remove-min cost O(1) on average when a bucket holds a
 * few events, against log(n) unpredictable comparisons in a heap, which was a quarter of a
 * corridor run with ~2,000 pending events.
 *
 * The order is exactly the heap's: within a virtual bucket the list is sorted by (time, order),
 * and virtual buckets are floor(time / width), monotone in time. Bucket numbers are compared as
 * integers stored with each event, never recomputed from times, so rounding cannot misplace one.
 *
 * The width is calibrated from the gaps between recent removals (3 × the mean gap, so about
 * three events to a bucket at the front of the queue) whenever the number of buckets changes and
 * whenever inserts and scans start walking too far; a recalibration re-files every event (O(n)).
 */

/** Re-check the walking cost every this many removals (doubling while recalibrating does not help). */
const CHECK_EVERY_MIN = 256;
/** Steps walked per removal (insert walks plus buckets scanned) above which the width is recalibrated. */
const MAX_STEPS_PER_REMOVAL = 4;
const MIN_BUCKETS = 16;
/** Narrower buckets would only add empty ones to scan (and keep bucket numbers far below 2^53). */
export const MIN_WIDTH_HOURS = 1e-6;

export class CalendarQueue {
  /**
   * Per slot: time, order key, virtual bucket, next slot in its bucket (-1 at the end). The owner
   * writes a slot's time and order straight into `times` and `orders` before insertSlot (numbers
   * passed through a call the JIT does not inline are boxed, i.e. allocated).
   */
  times: Float64Array<ArrayBuffer>;
  orders: Float64Array<ArrayBuffer>;
  private virtualBuckets: Float64Array<ArrayBuffer>;
  private next: Int32Array<ArrayBuffer>;
  private heads = new Int32Array(MIN_BUCKETS).fill(-1);
  private tails = new Int32Array(MIN_BUCKETS).fill(-1);
  private bucketCount = MIN_BUCKETS;
  private width = 1;
  private inverseWidth = 1;
  /** The virtual bucket no event precedes: the earliest event's, once found. */
  private current = 0;
  private count = 0;
  /**
   * The earliest event's slot once found, -1 when not known: the event loop peeks and then
   * removes, and the second call should not search the buckets again. Any insert forgets it.
   */
  private earliest = -1;
  private lastRemovedTime = 0;
  private gapSum = 0;
  private gapCount = 0;
  private steps = 0;
  private removalsSinceCheck = 0;
  private checkEvery = CHECK_EVERY_MIN;

  constructor(slotCapacity: number) {
    this.times = new Float64Array(slotCapacity);
    this.orders = new Float64Array(slotCapacity);
    this.virtualBuckets = new Float64Array(slotCapacity);
    this.next = new Int32Array(slotCapacity);
  }

  get size(): number {
    return this.count;
  }

  /** Makes room for slot indices below `capacity`. */
  growSlots(capacity: number): void {
    if (capacity <= this.next.length) return;
    this.times = grownFloat64(this.times, capacity);
    this.orders = grownFloat64(this.orders, capacity);
    this.virtualBuckets = grownFloat64(this.virtualBuckets, capacity);
    const next = new Int32Array(capacity);
    next.set(this.next);
    this.next = next;
  }

  /**
   * Starts empty on `bucketCount` buckets of `width` hours, after the last event removed at
   * `nowHours` (every event inserted later is at or after it).
   */
  reset(bucketCount: number, width: number, nowHours: number): void {
    this.count = 0;
    this.lastRemovedTime = nowHours;
    this.gapSum = 0;
    this.gapCount = 0;
    this.layout(bucketCount, width);
  }

  insert(slot: number, time: number, order: number): void {
    this.times[slot] = time;
    this.orders[slot] = order;
    this.insertSlot(slot);
  }

  /** Inserts a slot whose time and order are already in `times` and `orders`. */
  insertSlot(slot: number): void {
    this.earliest = -1;
    this.file(slot);
    if (++this.count > 2 * this.bucketCount) this.recalibrate(2 * this.bucketCount);
  }

  /** The earliest event's slot (the queue must not be empty). */
  peek(): number {
    if (this.earliest < 0) this.earliest = this.findMin();
    return this.earliest;
  }

  timeOf(slot: number): number {
    return this.times[slot] as number;
  }

  orderOf(slot: number): number {
    return this.orders[slot] as number;
  }

  /** Removes and returns the earliest event's slot (the queue must not be empty). */
  removeMin(): number {
    const slot = this.peek();
    this.earliest = -1;
    const bucket = this.bucketOf(this.current);
    const after = this.next[slot] as number;
    this.heads[bucket] = after;
    if (after < 0) this.tails[bucket] = -1;
    const time = this.times[slot] as number;
    this.gapSum += time - this.lastRemovedTime;
    this.gapCount++;
    this.lastRemovedTime = time;
    this.count--;
    if (this.count < this.bucketCount >> 1 && this.bucketCount > MIN_BUCKETS)
      this.recalibrate(this.bucketCount >> 1);
    else if (++this.removalsSinceCheck >= this.checkEvery) this.checkCost();
    return slot;
  }

  /** Every slot in the queue, in no particular order. */
  forEachSlot(visit: (slot: number) => void): void {
    for (let b = 0; b < this.bucketCount; b++) {
      for (let s = this.heads[b] as number; s >= 0; s = this.next[s] as number) visit(s);
    }
  }

  private bucketOf(virtualBucket: number): number {
    // virtualBucket mod bucketCount for integers below 2^53 (bucketCount is a power of two).
    return virtualBucket - this.bucketCount * Math.floor(virtualBucket / this.bucketCount);
  }

  /** Puts a slot whose time and order are set into its bucket's sorted list. */
  private file(slot: number): void {
    const times = this.times;
    const orders = this.orders;
    const next = this.next;
    const time = times[slot] as number;
    const order = orders[slot] as number;
    const virtualBucket = Math.floor(time * this.inverseWidth);
    this.virtualBuckets[slot] = virtualBucket;
    if (virtualBucket < this.current) this.current = virtualBucket;
    const bucket = this.bucketOf(virtualBucket);
    const tail = this.tails[bucket] as number;
    if (tail < 0) {
      this.heads[bucket] = slot;
      this.tails[bucket] = slot;
      next[slot] = -1;
      return;
    }
    // Most events go last in their bucket (ties in time keep insertion order): check the tail.
    const tailTime = times[tail] as number;
    if (tailTime < time || (tailTime === time && (orders[tail] as number) < order)) {
      next[tail] = slot;
      next[slot] = -1;
      this.tails[bucket] = slot;
      return;
    }
    let previous = -1;
    let at = this.heads[bucket] as number;
    let walked = 0;
    for (;;) {
      // The tail check above guarantees an event after this one in the list; running off its
      // end would mean a corrupted list, reported rather than looped on forever.
      if (at < 0) throw new Error('CalendarQueue: a bucket list is out of order (internal error)');
      const atTime = times[at] as number;
      if (atTime > time || (atTime === time && (orders[at] as number) > order)) break;
      previous = at;
      at = next[at] as number;
      walked++;
    }
    this.steps += walked;
    next[slot] = at;
    if (previous < 0) this.heads[bucket] = slot;
    else next[previous] = slot;
  }

  private findMin(): number {
    const heads = this.heads;
    const virtualBuckets = this.virtualBuckets;
    let virtualBucket = this.current;
    for (let scanned = 0; scanned < this.bucketCount; scanned++, virtualBucket++) {
      const head = heads[this.bucketOf(virtualBucket)] as number;
      if (head >= 0 && virtualBuckets[head] === virtualBucket) {
        this.steps += scanned;
        this.current = virtualBucket;
        return head;
      }
    }
    // A whole year of buckets without an event in it: jump to the earliest list head.
    this.steps += this.bucketCount;
    let earliest = -1;
    for (let b = 0; b < this.bucketCount; b++) {
      const head = heads[b] as number;
      if (
        head >= 0 &&
        (earliest < 0 || (virtualBuckets[head] as number) < (virtualBuckets[earliest] as number))
      )
        earliest = head;
    }
    this.current = virtualBuckets[earliest] as number;
    return earliest;
  }

  private checkCost(): void {
    const perRemoval = this.steps / this.removalsSinceCheck;
    this.steps = 0;
    this.removalsSinceCheck = 0;
    if (perRemoval > MAX_STEPS_PER_REMOVAL) {
      // Back off when recalibrating does not help (events clumped at one time, say), so the
      // O(n) re-filing never dominates.
      this.checkEvery = Math.min(this.checkEvery * 2, 1 << 30);
      this.recalibrate(this.bucketCount);
    } else {
      this.checkEvery = Math.max(CHECK_EVERY_MIN, this.bucketCount);
      this.gapSum = 0;
      this.gapCount = 0;
    }
  }

  /** Re-files every event on `bucketCount` buckets with a width from the recent removal gaps. */
  private recalibrate(bucketCount: number): void {
    const meanGap = this.gapCount > 0 ? this.gapSum / this.gapCount : 0;
    const width = meanGap > 0 && meanGap < Infinity ? Math.max(MIN_WIDTH_HOURS, 3 * meanGap) : this.width;
    const slots = new Int32Array(this.count);
    let n = 0;
    this.forEachSlot((slot) => {
      slots[n++] = slot;
    });
    this.gapSum = 0;
    this.gapCount = 0;
    this.layout(bucketCount, width);
    for (let i = 0; i < n; i++) this.file(slots[i] as number);
  }

  private layout(bucketCount: number, width: number): void {
    this.earliest = -1;
    this.bucketCount = bucketCount;
    this.heads = new Int32Array(bucketCount).fill(-1);
    this.tails = new Int32Array(bucketCount).fill(-1);
    this.width = width;
    this.inverseWidth = 1 / width;
    this.current = Math.floor(this.lastRemovedTime * this.inverseWidth);
    this.steps = 0;
    this.removalsSinceCheck = 0;
  }
}

function grownFloat64(source: Float64Array, capacity: number): Float64Array<ArrayBuffer> {
  const grown = new Float64Array(capacity);
  grown.set(source);
  return grown;
}

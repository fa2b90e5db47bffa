import { CalendarQueue, MIN_WIDTH_HOURS } from './CalendarQueue.ts';

/**
 * The pending events: a 4-ary min-heap on parallel typed arrays while there are few, a calendar
 * queue (CalendarQueue.ts) while there are many. A heap of a handful of events is as cheap as it
 * gets, but at a corridor run's ~2,000 pending events its log(n) unpredictable comparisons took
 * a quarter of the run; the calendar queue's buckets make that O(1). The switch happens at
 * TO_CALENDAR pending events and back at TO_HEAP (apart, so a count hovering at one never flips
 * back and forth). Both keep exactly the same order, so where an event sits never changes a
 * result.
 *
 * Order: (time asc, priority asc, insertion sequence asc). Priority and sequence are packed into
 * one float64 "order" key, `(priority - PRIORITY_MIN) * SEQUENCE_SPAN + sequence`, so a comparison
 * is at most two float compares. That caps priorities to [PRIORITY_MIN, PRIORITY_MAX] and the
 * number of events ever scheduled on one queue to SEQUENCE_SPAN (2^42, about 4.4e12), far beyond
 * any run this project makes; both limits are checked, never silently wrapped.
 *
 * The heap moves only numbers: (time, order) pairs interleaved in one Float64Array (one base
 * pointer and one bounds check per access pair) and slot indices in an Int32Array. Handlers, their
 * numeric argument and the entity label stay in per-slot arrays addressed by the slot index, and
 * freed slots are reused, so scheduling allocates nothing once the arrays have grown (they grow
 * by doubling).
 */
export const PRIORITY_MIN = -1024;
export const PRIORITY_MAX = 1023;
export const SEQUENCE_SPAN = 2 ** 42;
const INITIAL_CAPACITY = 64;
/** Above this many pending events the queue moves to the calendar queue... */
export const TO_CALENDAR = 256;
/** ...and below this many, back to the heap. */
export const TO_HEAP = 64;
// The hot methods write these constants as literals (see pushNext), each line saying which:
// `// literals: 1024 = -PRIORITY_MIN`. EventQueue.test.ts checks every such line against the
// constants, so the two cannot drift apart.

export class EventQueue<H> {
  /** keys[2i] = time, keys[2i + 1] = order key of heap entry i; keys[0] = Infinity when empty. */
  private keys = new Float64Array(2 * INITIAL_CAPACITY).fill(Infinity);
  private heapSlots = new Int32Array(INITIAL_CAPACITY);
  /**
   * Per-slot payload, read by the event loop right after pop(). A popped slot is freed only at the
   * next pop(), so its handler, argument and entity stay readable while its handler runs (the
   * error path needs the entity). Freed slots are not cleared: a stale reference lives only until
   * the slot is reused, and the pool never exceeds the peak number of pending events.
   */
  slotHandlers: (H | undefined)[] = new Array<H | undefined>(INITIAL_CAPACITY).fill(undefined);
  slotEntities: (string | undefined)[] = new Array<string | undefined>(INITIAL_CAPACITY).fill(undefined);
  slotArgs = new Float64Array(INITIAL_CAPACITY);
  private freeSlots = new Int32Array(INITIAL_CAPACITY);
  private freeCount = 0;
  private slotsUsed = 0;
  private lastPopped = -1;
  private count = 0;
  private sequence = 0;
  /** Holds the events instead of the heap while `inCalendar`. */
  private calendar: CalendarQueue | undefined = undefined;
  private inCalendar = false;

  get size(): number {
    return this.count;
  }

  /** Time of the earliest event, Infinity when empty. */
  peekTime(): number {
    if (this.inCalendar) {
      const calendar = this.calendar as CalendarQueue;
      return calendar.timeOf(calendar.peek());
    }
    return this.keys[0] as number;
  }

  /**
   * The time of the event the next pushNext() files. Simulation sets it and then calls pushNext()
   * rather than pass the time: a float64 argument of a call that V8 does not inline is boxed (an
   * allocation per event), while a store into a number field is not.
   */
  nextTime = 0;

  push(time: number, priority: number, handler: H, arg: number, entity: string | undefined): void {
    this.nextTime = time;
    this.pushNext(priority, handler, arg, entity);
  }

  /** push() with the time taken from `nextTime`. */
  pushNext(priority: number, handler: H, arg: number, entity: string | undefined): void {
    // Checks that fail go to a function of its own, to keep this small enough to inline.
    const sequence = this.sequence++;
    // Literals, not PRIORITY_MIN and SEQUENCE_SPAN: V8 (Node 20) reloads and re-checks a
    // module-level const from its context at every use in optimised code.
    if (priority !== 0 || sequence >= 2 ** 42) checkKey(priority, sequence); // literals: 2 ** 42 = SEQUENCE_SPAN
    const time = this.nextTime;
    const order = (priority + 1024) * 2 ** 42 + sequence; // literals: 1024 = -PRIORITY_MIN, 2 ** 42 = SEQUENCE_SPAN
    const slot = this.freeCount > 0 ? (this.freeSlots[--this.freeCount] as number) : this.newSlot();
    this.slotHandlers[slot] = handler;
    this.slotArgs[slot] = arg;
    this.slotEntities[slot] = entity;
    if (this.inCalendar) {
      // The key goes into the calendar's per-slot arrays here, not through insert's arguments.
      const calendar = this.calendar as CalendarQueue;
      calendar.times[slot] = time;
      calendar.orders[slot] = order;
      this.count++;
      calendar.insertSlot(slot);
      return;
    }
    if (this.count === this.heapSlots.length) this.growHeap();
    const at = this.count++;
    this.keys[2 * at] = time;
    this.keys[2 * at + 1] = order;
    this.heapSlots[at] = slot;
    this.siftUp(at);
    if (this.count > 256) this.moveToCalendar(); // literals: 256 = TO_CALENDAR
  }

  /**
   * Removes the earliest event and returns its slot (read slotHandlers/slotArgs/slotEntities at
   * it). The caller checks size > 0 first and reads the time with peekTime() before popping.
   */
  pop(): number {
    if (this.lastPopped >= 0) this.freeSlots[this.freeCount++] = this.lastPopped;
    if (this.inCalendar) {
      const calendarSlot = (this.calendar as CalendarQueue).removeMin();
      this.lastPopped = calendarSlot;
      if (--this.count < 64) this.moveToHeap(); // literals: 64 = TO_HEAP
      return calendarSlot;
    }
    const slot = this.heapSlots[0] as number;
    this.lastPopped = slot;
    if (--this.count > 0) this.siftDown();
    else this.keys[0] = Infinity;
    return slot;
  }

  /** The entity of the event popped last (the one running or that just failed). */
  lastPoppedEntity(): string | undefined {
    return this.lastPopped >= 0 ? this.slotEntities[this.lastPopped] : undefined;
  }

  /** Moves entry `start` up to its place (hole insertion: one write per level). */
  private siftUp(start: number): void {
    const keys = this.keys;
    const slots = this.heapSlots;
    const time = keys[2 * start] as number;
    const order = keys[2 * start + 1] as number;
    const slot = slots[start] as number;
    let i = start;
    while (i > 0) {
      const parent = (i - 1) >> 2;
      const pt = keys[2 * parent] as number;
      if (pt < time || (pt === time && (keys[2 * parent + 1] as number) < order)) break;
      keys[2 * i] = pt;
      keys[2 * i + 1] = keys[2 * parent + 1] as number;
      slots[i] = slots[parent] as number;
      i = parent;
    }
    keys[2 * i] = time;
    keys[2 * i + 1] = order;
    slots[i] = slot;
  }

  /**
   * Refills the root hole with the former last entry (still stored at index count). Bottom-up
   * ("Floyd") variant: the hole first sinks to a leaf along the smallest children without
   * comparing against the moved entry, which then rises from there. The last entry usually
   * belongs near the bottom, so this saves about a quarter of the comparisons of the textbook
   * sift-down.
   */
  private siftDown(): void {
    const keys = this.keys;
    const slots = this.heapSlots;
    const n = this.count;
    let hole = 0;
    for (;;) {
      const first = 4 * hole + 1;
      if (first >= n) break;
      let best = first;
      let bt = keys[2 * first] as number;
      let bo = keys[2 * first + 1] as number;
      const end = first + 4 < n ? first + 4 : n;
      for (let c = first + 1; c < end; c++) {
        const ct = keys[2 * c] as number;
        if (ct < bt || (ct === bt && (keys[2 * c + 1] as number) < bo)) {
          best = c;
          bt = ct;
          bo = keys[2 * c + 1] as number;
        }
      }
      keys[2 * hole] = bt;
      keys[2 * hole + 1] = bo;
      slots[hole] = slots[best] as number;
      hole = best;
    }
    keys[2 * hole] = keys[2 * n] as number;
    keys[2 * hole + 1] = keys[2 * n + 1] as number;
    slots[hole] = slots[n] as number;
    this.siftUp(hole);
  }

  /** Files every heap entry into the calendar queue (sized for them) and empties the heap. */
  private moveToCalendar(): void {
    const keys = this.keys;
    const n = this.count;
    const earliest = keys[0] as number;
    let latest = earliest;
    for (let i = 1; i < n; i++) latest = Math.max(latest, keys[2 * i] as number);
    let buckets = 16;
    while (buckets < n) buckets *= 2;
    // About three events a bucket if they were spread evenly; the calendar recalibrates from the
    // actual gaps between events soon after.
    const width = Math.max(MIN_WIDTH_HOURS, (3 * (latest - earliest)) / n);
    this.calendar ??= new CalendarQueue(this.slotArgs.length);
    const calendar = this.calendar;
    calendar.reset(buckets, width, earliest);
    for (let i = 0; i < n; i++)
      calendar.insert(this.heapSlots[i] as number, keys[2 * i] as number, keys[2 * i + 1] as number);
    keys[0] = Infinity;
    this.inCalendar = true;
  }

  /** Moves every event of the calendar queue back into the heap. */
  private moveToHeap(): void {
    const calendar = this.calendar as CalendarQueue;
    const keys = this.keys;
    let n = 0;
    calendar.forEachSlot((slot) => {
      keys[2 * n] = calendar.timeOf(slot);
      keys[2 * n + 1] = calendar.orderOf(slot);
      this.heapSlots[n] = slot;
      this.siftUp(n);
      n++;
    });
    calendar.reset(16, 1, 0);
    this.inCalendar = false;
    if (n === 0) keys[0] = Infinity;
  }

  private newSlot(): number {
    if (this.slotsUsed === this.slotArgs.length) this.growSlots();
    return this.slotsUsed++;
  }

  private growHeap(): void {
    const capacity = this.heapSlots.length * 2;
    this.keys = grownFloat64(this.keys, 2 * capacity);
    const slots = new Int32Array(capacity);
    slots.set(this.heapSlots);
    this.heapSlots = slots;
  }

  private growSlots(): void {
    const capacity = this.slotArgs.length * 2;
    this.slotArgs = grownFloat64(this.slotArgs, capacity);
    this.calendar?.growSlots(capacity);
    const free = new Int32Array(capacity);
    free.set(this.freeSlots);
    this.freeSlots = free;
    for (let i = this.slotHandlers.length; i < capacity; i++) {
      this.slotHandlers.push(undefined);
      this.slotEntities.push(undefined);
    }
  }
}

/** Throws for a priority outside [PRIORITY_MIN, PRIORITY_MAX] or not whole, or when sequences ran out. */
function checkKey(priority: number, sequence: number): void {
  if (!(priority >= PRIORITY_MIN && priority <= PRIORITY_MAX && Math.floor(priority) === priority)) {
    throw new RangeError(
      `event priority must be an integer in [${PRIORITY_MIN}, ${PRIORITY_MAX}], got ${priority}`,
    );
  }
  if (sequence >= SEQUENCE_SPAN) throw new RangeError('event queue: sequence space exhausted');
}

function grownFloat64(source: Float64Array, capacity: number): Float64Array<ArrayBuffer> {
  const grown = new Float64Array(capacity);
  grown.set(source);
  return grown;
}

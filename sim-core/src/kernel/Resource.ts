import type { Simulation } from './Simulation.ts';
import { OccupancyIntegral } from './OccupancyIntegral.ts';
import { Tally } from './Tally.ts';

/** Called when a request is served: how long it waited in the queue and how long service took (hours). */
export type ServedCallback = (waitHours: number, serviceHours: number) => void;
/** Called when a server takes a request: how long it waited in the queue (hours). */
export type StartedCallback = (waitHours: number) => void;
/**
 * The closure-free form of ServedCallback (requestCall): one shared handler per kind of request,
 * with a number (an entity index) saying which request was served.
 */
export type ServedCall = (sim: Simulation, arg: number, waitHours: number, serviceHours: number) => void;

type Done = ServedCallback | ServedCall;

/** Numbers per in-service slot: wait hours, service hours, the caller's arg, start time. */
const SLOT_STRIDE = 4;

/** What a Resource has seen since the start or the last resetStats(). */
export interface ResourceStats {
  /** Requests made. */
  arrivals: number;
  /** Requests completed. */
  served: number;
  /** Time in queue per request, recorded when service starts (hours). */
  readonly waitHours: Tally;
  /** Time in queue plus service per request, recorded at completion (hours). */
  readonly sojournHours: Tally;
  /** Requests waiting (not in service); its area is the sum of the waits. */
  readonly queueLength: OccupancyIntegral;
  /** Servers busy; utilisation = busy.mean(now) / servers. Its area is the sum of the service times. */
  readonly busy: OccupancyIntegral;
}

/**
 * c identical servers with one FIFO queue; the service time comes with each request. Queue and
 * in-service requests live in parallel typed arrays (a ring buffer and a slot pool) and service
 * completions go through one bound handler with the slot as argument, so a request allocates
 * nothing once the arrays have grown (and nothing at all with requestCall).
 */
export class Resource {
  readonly name: string;
  readonly servers: number;
  readonly stats: ResourceStats;
  private readonly sim: Simulation;
  private effectiveServers: number;
  private busyCount = 0;

  // FIFO ring buffer of waiting requests (capacity a power of two). queueNumbers holds
  // (arrival time, service hours, arg) per entry: one array, one bounds check per entry.
  private queueNumbers = new Float64Array(3 * 16);
  private queueIsCall = new Uint8Array(16);
  private queueDone: (Done | undefined)[] = new Array<Done | undefined>(16).fill(undefined);
  private queueStart: (StartedCallback | undefined)[] = new Array<StartedCallback | undefined>(16).fill(
    undefined,
  );
  private queueHead = 0;
  private queueCount = 0;

  // Requests in service, by slot: slotNumbers holds (wait hours, service hours, arg, start time)
  // per slot.
  private slotNumbers = new Float64Array(SLOT_STRIDE * 8);
  private slotIsCall = new Uint8Array(8);
  private slotDone: (Done | undefined)[] = new Array<Done | undefined>(8).fill(undefined);
  /** Free in-service slots, a stack (never more than the slots made). */
  private freeSlots = new Int32Array(8);
  private freeCount = 0;
  private slotsUsed = 0;

  private readonly completeHandler = (_sim: Simulation, slot: number): void => this.complete(slot);

  constructor(sim: Simulation, name: string, servers: number) {
    if (!(Number.isInteger(servers) && servers >= 1)) {
      throw new RangeError(`Resource ${name}: servers must be an integer >= 1, got ${servers}`);
    }
    this.sim = sim;
    this.name = name;
    this.servers = servers;
    this.effectiveServers = servers;
    this.stats = {
      arrivals: 0,
      served: 0,
      waitHours: new Tally(),
      sojournHours: new Tally(),
      queueLength: new OccupancyIntegral(sim.now),
      busy: new OccupancyIntegral(sim.now),
    };
  }

  /** Requests waiting for a server. */
  get queued(): number {
    return this.queueCount;
  }

  /** Requests being served. */
  get inService(): number {
    return this.busyCount;
  }

  /** Servers currently allowed to start work (after setCapacityFactor). */
  get effectiveServerCount(): number {
    return this.effectiveServers;
  }

  /** Enqueue; onStart(waitHours) when a server takes it, onDone(waitHours, serviceHours) when served. */
  request(serviceHours: number, onDone: ServedCallback, onStart?: StartedCallback): void {
    if (!(serviceHours >= 0 && serviceHours < Infinity)) this.rejectServiceTime(serviceHours);
    this.stats.arrivals++;
    // Numbers are written into the arrays here rather than passed on: a float64 passed to a call
    // the JIT does not inline is boxed, i.e. allocated.
    if (this.busyCount < this.effectiveServers) {
      const slot = this.serveAtOnce(serviceHours, 0);
      this.slotIsCall[slot] = 0;
      this.slotDone[slot] = onDone;
      this.begin(slot);
      if (onStart !== undefined) onStart(0);
      return;
    }
    const tail = this.reserveTail();
    const numbers = this.queueNumbers;
    numbers[3 * tail] = this.sim.now;
    numbers[3 * tail + 1] = serviceHours;
    numbers[3 * tail + 2] = 0;
    this.queueIsCall[tail] = 0;
    this.queueDone[tail] = onDone;
    this.queueStart[tail] = onStart;
    this.enqueued();
  }

  /**
   * As request, without a closure per request: `handler(sim, arg, waitHours, serviceHours)` runs
   * when served. Same FIFO queue and statistics as request; the two may be mixed.
   */
  requestCall(serviceHours: number, handler: ServedCall, arg: number): void {
    if (!(serviceHours >= 0 && serviceHours < Infinity)) this.rejectServiceTime(serviceHours);
    this.stats.arrivals++;
    if (this.busyCount < this.effectiveServers) {
      const slot = this.serveAtOnce(serviceHours, arg);
      this.slotIsCall[slot] = 1;
      this.slotDone[slot] = handler;
      this.begin(slot);
      return;
    }
    const tail = this.reserveTail();
    const numbers = this.queueNumbers;
    numbers[3 * tail] = this.sim.now;
    numbers[3 * tail + 1] = serviceHours;
    numbers[3 * tail + 2] = arg;
    this.queueIsCall[tail] = 1;
    this.queueDone[tail] = handler;
    this.queueStart[tail] = undefined;
    this.enqueued();
  }

  /** Throttle: effective servers = max(0, round(servers * factor)); 0 holds the queue. */
  setCapacityFactor(factor: number): void {
    if (!(factor >= 0 && factor < Infinity)) {
      throw new RangeError(`Resource ${this.name}: capacity factor must be finite and >= 0, got ${factor}`);
    }
    // Servers already busy finish their request; only new starts wait for a free effective server.
    this.effectiveServers = Math.max(0, Math.round(this.servers * factor));
    this.startWaiting();
  }

  /** Reset statistics (end of warm-up) without touching the state. */
  resetStats(): void {
    const now = this.sim.now;
    this.stats.arrivals = 0;
    this.stats.served = 0;
    this.stats.waitHours.reset();
    this.stats.sojournHours.reset();
    this.stats.queueLength.reset(now);
    this.stats.busy.reset(now);
  }

  private rejectServiceTime(serviceHours: number): never {
    throw new RangeError(
      `Resource ${this.name}: service time must be finite and >= 0 h, got ${serviceHours}`,
    );
  }

  /** Index of the ring entry after the last waiting request (grows the ring when full). */
  private reserveTail(): number {
    if (this.queueCount === this.queueIsCall.length) this.growQueue();
    return (this.queueHead + this.queueCount) & (this.queueIsCall.length - 1);
  }

  /**
   * A request that finds a free server goes straight into service (invariant: requests wait only
   * while every effective server is busy, so the queue is empty then). Returns its slot, with its
   * numbers written; the caller sets the callback and calls begin().
   */
  private serveAtOnce(serviceHours: number, arg: number): number {
    const slot = this.allocateSlot();
    const numbers = this.slotNumbers;
    numbers[SLOT_STRIDE * slot] = 0;
    numbers[SLOT_STRIDE * slot + 1] = serviceHours;
    numbers[SLOT_STRIDE * slot + 2] = arg;
    numbers[SLOT_STRIDE * slot + 3] = this.sim.now;
    return slot;
  }

  /** The entry at the tail becomes a waiting request. */
  private enqueued(): void {
    this.queueCount++;
    this.stats.queueLength.enter(this.sim.now);
  }

  /** Starts waiting requests while effective servers are free. */
  private startWaiting(): void {
    const queued = this.queueNumbers;
    while (this.queueCount > 0 && this.busyCount < this.effectiveServers) {
      const head = this.queueHead;
      this.queueHead = (head + 1) & (this.queueIsCall.length - 1);
      this.queueCount--;
      const arrivedHours = queued[3 * head] as number;
      this.stats.queueLength.leave(arrivedHours, this.sim.now - arrivedHours);
      this.start(head);
    }
  }

  /** Moves ring entry `head` (already dequeued) into service. */
  private start(head: number): void {
    const now = this.sim.now;
    const queued = this.queueNumbers;
    const waitHours = now - (queued[3 * head] as number);
    const serviceHours = queued[3 * head + 1] as number;
    const slot = this.allocateSlot();
    const numbers = this.slotNumbers;
    numbers[SLOT_STRIDE * slot] = waitHours;
    numbers[SLOT_STRIDE * slot + 1] = serviceHours;
    numbers[SLOT_STRIDE * slot + 2] = queued[3 * head + 2] as number;
    numbers[SLOT_STRIDE * slot + 3] = now;
    this.slotIsCall[slot] = this.queueIsCall[head] as number;
    this.slotDone[slot] = this.queueDone[head];
    const onStart = this.queueStart[head];
    // The ring entry is not cleared (as EventQueue's slots are not): a stale callback lives only
    // until the entry is reused, and the ring never exceeds the longest queue so far.
    this.begin(slot);
    if (onStart !== undefined) onStart(waitHours);
  }

  /** Service starts for the slot (its numbers, callback and kind are set): busy, wait, completion. */
  private begin(slot: number): void {
    const numbers = this.slotNumbers;
    this.busyCount++;
    this.stats.busy.enter(this.sim.now);
    this.stats.waitHours.add(numbers[SLOT_STRIDE * slot] as number);
    this.sim.scheduleCall(
      numbers[SLOT_STRIDE * slot + 1] as number,
      this.completeHandler,
      slot,
      0,
      this.name,
    );
  }

  private complete(slot: number): void {
    const numbers = this.slotNumbers;
    const waitHours = numbers[SLOT_STRIDE * slot] as number;
    const serviceHours = numbers[SLOT_STRIDE * slot + 1] as number;
    const arg = numbers[SLOT_STRIDE * slot + 2] as number; // read before the slot is reused below
    const startedHours = numbers[SLOT_STRIDE * slot + 3] as number;
    const isCall = this.slotIsCall[slot] === 1;
    const done = this.slotDone[slot] as Done; // not cleared: the slot is reused (see start)
    this.freeSlots[this.freeCount++] = slot;
    this.busyCount--;
    this.stats.served++;
    this.stats.sojournHours.add(waitHours + serviceHours);
    this.stats.busy.leave(startedHours, serviceHours);
    // Hand the server to the next request before telling the owner, so a callback that makes a
    // new request queues behind the ones already waiting (FIFO).
    this.startWaiting();
    if (isCall) (done as ServedCall)(this.sim, arg, waitHours, serviceHours);
    else (done as ServedCallback)(waitHours, serviceHours);
  }

  private allocateSlot(): number {
    if (this.freeCount > 0) return this.freeSlots[--this.freeCount] as number;
    if (this.slotsUsed === this.slotIsCall.length) {
      const capacity = this.slotIsCall.length * 2;
      this.freeSlots = new Int32Array(capacity);
      this.slotNumbers = grown(this.slotNumbers, SLOT_STRIDE * capacity);
      const isCall = new Uint8Array(capacity);
      isCall.set(this.slotIsCall);
      this.slotIsCall = isCall;
      while (this.slotDone.length < capacity) this.slotDone.push(undefined);
    }
    return this.slotsUsed++;
  }

  /** Doubles the ring buffer, unrolling it so the head is at 0 (capacity stays a power of two). */
  private growQueue(): void {
    const old = this.queueIsCall.length;
    const capacity = old * 2;
    const numbers = new Float64Array(3 * capacity);
    const isCall = new Uint8Array(capacity);
    const done = new Array<Done | undefined>(capacity).fill(undefined);
    const started = new Array<StartedCallback | undefined>(capacity).fill(undefined);
    for (let i = 0; i < this.queueCount; i++) {
      const from = (this.queueHead + i) & (old - 1);
      numbers.set(this.queueNumbers.subarray(3 * from, 3 * from + 3), 3 * i);
      isCall[i] = this.queueIsCall[from] as number;
      done[i] = this.queueDone[from];
      started[i] = this.queueStart[from];
    }
    this.queueNumbers = numbers;
    this.queueIsCall = isCall;
    this.queueDone = done;
    this.queueStart = started;
    this.queueHead = 0;
  }
}

function grown(source: Float64Array, capacity: number): Float64Array<ArrayBuffer> {
  const copy = new Float64Array(capacity);
  copy.set(source);
  return copy;
}

import type { Simulation } from './Simulation.ts';
import { OccupancyIntegral } from './OccupancyIntegral.ts';
import { Tally } from './Tally.ts';

/**
 * Called when a request is served: one shared handler per kind of request, with a number (an
 * entity index, say) saying which request was served, how long it waited in the queue and how
 * long its service took (hours). A handler rather than a closure per request: nothing is allocated
 * per request.
 */
export type ServedCall = (sim: Simulation, arg: number, waitHours: number, serviceHours: number) => void;

/**
 * Numbers per request slot: arrival time, service hours, the caller's arg, service start time.
 * The hot methods write the stride as the literal 4 (`// literals: 4 = SLOT_STRIDE`, checked by
 * Resource.test.ts): V8 (Node 20) reloads and re-checks a module-level const from its context at
 * every use in optimised code.
 */
export const SLOT_STRIDE = 4;

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
 * c identical servers with one FIFO queue; the service time comes with each request.
 *
 * A request takes a slot when it arrives and keeps it until it is served: the slot's numbers
 * (arrival, service hours, arg, start) sit in one Float64Array, its handler in a parallel array,
 * and the FIFO queue is a ring of slot indices. Nothing is copied when a waiting request starts,
 * and completions go through one bound handler with the slot as argument, so a request allocates
 * nothing once the arrays have grown.
 *
 * The hot methods are kept small on purpose: V8 inlines a call only while the caller's total of
 * inlined bytecode stays under a budget (920 bytes), and a call it does not inline boxes each
 * float64 argument, an allocation per request. Growth and error paths are methods of their own.
 */
export class Resource {
  readonly name: string;
  readonly servers: number;
  readonly stats: ResourceStats;
  private readonly sim: Simulation;
  private effectiveServers: number;
  /** Work done per hour by one server (1 unthrottled): a request needs serviceHours / speed hours. */
  private speed = 1;
  private busyCount = 0;

  // Request slots (waiting or in service).
  private slotNumbers = new Float64Array(SLOT_STRIDE * 16);
  private slotDone: (ServedCall | undefined)[] = new Array<ServedCall | undefined>(16).fill(undefined);
  /** Free slots, a stack (never more than the slots made). */
  private freeSlots = new Int32Array(16);
  private freeCount = 0;
  private slotsUsed = 0;

  // FIFO ring of waiting slots (capacity a power of two).
  private ring = new Int32Array(16);
  private ringHead = 0;
  private queueCount = 0;

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

  /** Servers currently allowed to start work: all, or none while the factor is 0. */
  get effectiveServerCount(): number {
    return this.effectiveServers;
  }

  /**
   * Enqueue a request for `serviceHours` of work; `handler(sim, arg, waitHours, serviceHours)` runs
   * when it is served (FIFO).
   */
  requestCall(serviceHours: number, handler: ServedCall, arg: number): void {
    // takeSlot writes the numbers into the slot; from there on only the slot index is passed (a
    // float64 passed to a call the JIT does not inline is boxed, i.e. allocated).
    const slot = this.takeSlot(serviceHours, arg);
    this.slotDone[slot] = handler;
    this.arrive(slot);
  }

  /**
   * Throttle: every server works at `factor` times its speed, so the capacity (servers x service
   * rate) is exactly `factor` times the full one (a rounded server count would make 30 % of three
   * servers one server, 33 %). A request that starts while throttled takes serviceHours / factor;
   * one already in service finishes at the speed it started with. Factor 0 holds the queue.
   */
  setCapacityFactor(factor: number): void {
    if (!(factor >= 0 && factor < Infinity)) {
      throw new RangeError(`Resource ${this.name}: capacity factor must be finite and >= 0, got ${factor}`);
    }
    this.speed = factor;
    this.effectiveServers = factor > 0 ? this.servers : 0;
    this.startWaiting();
  }

  /** The current throttle factor (1 unthrottled, 0 closed). */
  get capacityFactor(): number {
    return this.speed;
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

  /** A slot for a new request arriving now, its numbers written (the caller sets its handler). */
  private takeSlot(serviceHours: number, arg: number): number {
    if (!(serviceHours >= 0 && serviceHours < Infinity)) this.rejectServiceTime(serviceHours);
    this.stats.arrivals++;
    const slot = this.freeCount > 0 ? (this.freeSlots[--this.freeCount] as number) : this.newSlot();
    const numbers = this.slotNumbers;
    const at = 4 * slot; // literals: 4 = SLOT_STRIDE
    numbers[at] = this.sim.now;
    numbers[at + 1] = serviceHours;
    numbers[at + 2] = arg;
    return slot;
  }

  /**
   * The request in `slot` goes into service if an effective server is free, else to the back of
   * the queue (invariant: requests wait only while every effective server is busy).
   */
  private arrive(slot: number): void {
    if (this.busyCount < this.effectiveServers) {
      this.begin(slot);
      return;
    }
    if (this.queueCount === this.ring.length) this.growRing();
    this.ring[(this.ringHead + this.queueCount++) & (this.ring.length - 1)] = slot;
    this.stats.queueLength.enter(this.sim.now);
  }

  private rejectServiceTime(serviceHours: number): never {
    throw new RangeError(
      `Resource ${this.name}: service time must be finite and >= 0 h, got ${serviceHours}`,
    );
  }

  /** Starts waiting requests while effective servers are free. */
  private startWaiting(): void {
    while (this.queueCount > 0 && this.busyCount < this.effectiveServers) {
      const slot = this.ring[this.ringHead] as number;
      this.ringHead = (this.ringHead + 1) & (this.ring.length - 1);
      this.queueCount--;
      const arrivedHours = this.slotNumbers[4 * slot] as number; // literals: 4 = SLOT_STRIDE
      this.stats.queueLength.leave(arrivedHours, this.sim.now - arrivedHours);
      this.begin(slot);
    }
  }

  /** Service starts now for the request in `slot`: busy, its wait, its completion event. */
  private begin(slot: number): void {
    const now = this.sim.now;
    const numbers = this.slotNumbers;
    const at = 4 * slot; // literals: 4 = SLOT_STRIDE
    numbers[at + 3] = now;
    // x / 1 is x exactly: an unthrottled resource's times are untouched.
    numbers[at + 1] = (numbers[at + 1] as number) / this.speed;
    this.busyCount++;
    this.stats.busy.enter(now);
    const waitHours = now - (numbers[at] as number);
    this.stats.waitHours.add(waitHours);
    this.sim.scheduleCall(numbers[at + 1] as number, this.completeHandler, slot, 0, this.name);
  }

  private complete(slot: number): void {
    const numbers = this.slotNumbers;
    const at = 4 * slot; // literals: 4 = SLOT_STRIDE
    const startedHours = numbers[at + 3] as number;
    const waitHours = startedHours - (numbers[at] as number);
    const serviceHours = numbers[at + 1] as number;
    const arg = numbers[at + 2] as number; // read before the slot is reused below
    // Handlers are not cleared (as EventQueue's are not): a stale one lives only until the slot
    // is reused, and there are never more slots than the most requests present at once so far.
    const done = this.slotDone[slot] as ServedCall;
    this.freeSlots[this.freeCount++] = slot;
    this.busyCount--;
    this.stats.served++;
    this.stats.sojournHours.add(waitHours + serviceHours);
    this.stats.busy.leave(startedHours, serviceHours);
    // Hand the server to the next request before telling the owner, so a handler that makes a
    // new request queues behind the ones already waiting (FIFO).
    this.startWaiting();
    done(this.sim, arg, waitHours, serviceHours);
  }

  /** A slot never used before, growing the slot arrays when all are taken. */
  private newSlot(): number {
    if (this.slotsUsed === this.slotDone.length) {
      const capacity = this.slotDone.length * 2;
      this.freeSlots = new Int32Array(capacity); // empty whenever new slots are made
      this.slotNumbers = grown(this.slotNumbers, SLOT_STRIDE * capacity);
      while (this.slotDone.length < capacity) this.slotDone.push(undefined);
    }
    return this.slotsUsed++;
  }

  /** Doubles the ring, unrolling it so the head is at 0 (capacity stays a power of two). */
  private growRing(): void {
    const old = this.ring.length;
    const ring = new Int32Array(old * 2);
    for (let i = 0; i < this.queueCount; i++) ring[i] = this.ring[(this.ringHead + i) & (old - 1)] as number;
    this.ring = ring;
    this.ringHead = 0;
  }
}

function grown(source: Float64Array, capacity: number): Float64Array<ArrayBuffer> {
  const copy = new Float64Array(capacity);
  copy.set(source);
  return copy;
}

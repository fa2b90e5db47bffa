import { EventQueue } from './EventQueue.ts';
import { SimulationError } from './SimulationError.ts';

/** An event handler. `arg` is the number given to scheduleCall (0 for scheduleAt). */
export type EventHandler = (sim: Simulation, arg: number) => void;

/**
 * The discrete-event clock and event loop. Time is in hours (float64) since the scenario start.
 * Events run in (time, priority asc, insertion sequence) order, so equal-time events are
 * deterministic. A handler that throws stops the run with a SimulationError (never swallowed);
 * the simulation then refuses to run further, since its state is half-updated.
 */
export class Simulation {
  private clock = 0;
  private processed = 0;
  private readonly queue = new EventQueue<EventHandler>();
  private running = false;
  private stopRequested = false;
  private failure: SimulationError | undefined = undefined;

  /** Current sim time, hours. */
  get now(): number {
    return this.clock;
  }

  /** Events run so far (inside a handler: up to the end of the previous run). */
  get eventsProcessed(): number {
    return this.processed;
  }

  /** Number of events waiting in the queue. */
  get pendingEvents(): number {
    return this.queue.size;
  }

  /** Schedule handler at an absolute time (hours), not before now. */
  scheduleAt(timeHours: number, handler: (sim: Simulation) => void, priority = 0, entity?: string): void {
    if (!(timeHours >= this.clock && timeHours < Infinity)) {
      throw new RangeError(
        `scheduleAt: time must be finite and not before now (${this.clock} h), got ${timeHours}`,
      );
    }
    this.queue.nextTime = timeHours;
    this.queue.pushNext(priority, handler, 0, entity);
  }

  /**
   * Schedule handler(sim, arg) at now + delayHours. Ties break by (time, priority asc, insertion
   * sequence). Helpers (like Resource) keep one bound handler and pass a slot or entity index as
   * `arg` instead of allocating a closure per event.
   */
  scheduleCall(delayHours: number, handler: EventHandler, arg: number, priority = 0, entity?: string): void {
    if (!(delayHours >= 0 && delayHours < Infinity)) badDelay('scheduleCall', delayHours);
    this.queue.nextTime = this.clock + delayHours; // a field, not an argument: see EventQueue.nextTime
    this.queue.pushNext(priority, handler, arg, entity);
  }

  /** Process events with time <= untilHours in order; afterwards now === untilHours (unless stopped). */
  runUntil(untilHours: number): void {
    if (!(untilHours >= this.clock && untilHours < Infinity)) {
      throw new RangeError(
        `runUntil: expected a finite time not before now (${this.clock} h), got ${untilHours}`,
      );
    }
    this.enterRun();
    this.dispatch(untilHours, Infinity);
    if (!this.stopRequested) this.clock = untilHours;
  }

  /** Process events until the queue is empty or maxEvents; returns false when empty. */
  runEvents(maxEvents: number): boolean {
    this.enterRun();
    // Number.MAX_VALUE, not Infinity: an empty queue peeks Infinity, which must stop the loop.
    this.dispatch(Number.MAX_VALUE, maxEvents);
    return this.queue.size > 0;
  }

  /** Ask the current run to return after the event being processed. */
  stop(): void {
    this.stopRequested = true;
  }

  /** Time of the next event, Infinity when empty. */
  peekNextTime(): number {
    return this.queue.peekTime();
  }

  private enterRun(): void {
    if (this.failure) throw this.failure;
    if (this.running) throw new Error('Simulation: a run was started from inside an event handler');
    this.running = true;
    this.stopRequested = false;
  }

  /**
   * The event loop: runs events with time <= untilHours, at most maxEvents of them. One try block
   * around the whole loop (not one per event) keeps the hot path lean; the failed event's time and
   * entity are still the queue's popped* fields when the catch runs.
   */
  private dispatch(untilHours: number, maxEvents: number): void {
    const queue = this.queue;
    let count = 0;
    try {
      // peekTime() is Infinity when the queue is empty and events are never scheduled at
      // Infinity, so `time > untilHours` also stops on an empty queue (untilHours is finite).
      while (count < maxEvents && !this.stopRequested) {
        const time = queue.peekTime();
        if (time > untilHours) break;
        const slot = queue.pop();
        this.clock = time;
        count++;
        (queue.slotHandlers[slot] as EventHandler)(this, queue.slotArgs[slot] as number);
      }
    } catch (cause) {
      this.failure = new SimulationError(this.clock, queue.lastPoppedEntity(), cause);
      throw this.failure;
    } finally {
      // Counted here, once per run, not stored at every event (a failed event counts too).
      this.processed += count;
      this.running = false;
    }
  }
}

/**
 * Throws for a delay that is negative, NaN or infinite. Kept out of scheduleCall():
 * the message's template adds to their size, and the JIT inlines only small functions into the
 * handlers that call them (an argument of a call that is not inlined is boxed: an allocation).
 */
function badDelay(method: string, delayHours: number): never {
  throw new RangeError(`${method}: delay must be a finite number of hours >= 0, got ${delayHours}`);
}

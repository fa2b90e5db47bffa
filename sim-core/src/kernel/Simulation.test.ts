import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Simulation } from './Simulation.ts';
import { SimulationError } from './SimulationError.ts';

describe('Simulation', () => {
  it('runs equal-time events by priority, then in the order they were scheduled', () => {
    const sim = new Simulation();
    const order: string[] = [];
    sim.scheduleCall(1, () => order.push('b-prio0-first'), 0);
    sim.scheduleCall(1, () => order.push('c-prio0-second'), 0);
    sim.scheduleCall(1, () => order.push('a-prio-1'), 0, -1);
    sim.scheduleCall(1, () => order.push('d-prio5'), 0, 5);
    sim.scheduleCall(0.5, () => order.push('earlier'), 0, 100);
    sim.runUntil(2);
    expect(order).toEqual(['earlier', 'a-prio-1', 'b-prio0-first', 'c-prio0-second', 'd-prio5']);
  });

  it('keeps insertion order among thousands of simultaneous events (heap stability)', () => {
    const sim = new Simulation();
    const seen: number[] = [];
    for (let i = 0; i < 5000; i++) sim.scheduleCall(3, () => seen.push(i), 0, i % 3);
    sim.runUntil(3);
    const expected = [0, 1, 2].flatMap((p) =>
      Array.from({ length: 5000 }, (_, i) => i).filter((i) => i % 3 === p),
    );
    expect(seen).toEqual(expected);
  });

  it('runs any schedule in (time, priority, insertion) order, also when handlers schedule more', () => {
    const event = fc.record({
      time: fc.integer({ min: 0, max: 20 }).map((t) => t / 4), // few distinct times: many ties
      priority: fc.integer({ min: -3, max: 3 }),
      follow: fc.option(
        fc.record({
          delay: fc.integer({ min: 0, max: 8 }).map((d) => d / 4),
          priority: fc.integer({ min: -3, max: 3 }),
        }),
      ),
    });
    fc.assert(
      fc.property(fc.array(event, { maxLength: 300 }), (events) => {
        const sim = new Simulation();
        // Every event, including follow-ups scheduled from handlers, gets a global insertion number.
        let scheduledCount = 0;
        const ran: number[] = [];
        const add = (time: number, priority: number, follow: (typeof events)[number]['follow']): void => {
          const seq = scheduledCount++;
          sim.scheduleAt(
            time,
            (s) => {
              ran.push(seq);
              if (follow) add(s.now + follow.delay, follow.priority, null);
            },
            priority,
          );
        };
        for (const e of events) add(e.time, e.priority, e.follow);
        sim.runEvents(1e6);
        // Reference: a plain list scanned for the least (time, priority, seq), following up the
        // same way, so causality (a follow-up cannot precede its parent) is respected.
        const pending = events.map((e, seq) => ({
          time: e.time,
          priority: e.priority,
          seq,
          follow: e.follow,
        }));
        let nextSeq = pending.length;
        const expected: number[] = [];
        while (pending.length > 0) {
          let best = 0;
          for (let i = 1; i < pending.length; i++) {
            const a = pending[i]!;
            const b = pending[best]!;
            if ((a.time - b.time || a.priority - b.priority || a.seq - b.seq) < 0) best = i;
          }
          const [e] = pending.splice(best, 1);
          expected.push(e!.seq);
          if (e!.follow)
            pending.push({
              time: e!.time + e!.follow.delay,
              priority: e!.follow.priority,
              seq: nextSeq++,
              follow: null,
            });
        }
        expect(ran).toEqual(expected);
      }),
      { numRuns: 200, seed: 20260101 },
    );
  });

  it('pops events in time order from a large random schedule', () => {
    const sim = new Simulation();
    const times: number[] = [];
    let x = 12345;
    for (let i = 0; i < 20000; i++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      sim.scheduleAt((x / 2 ** 32) * 1000, (s) => times.push(s.now));
    }
    expect(sim.runEvents(1e9)).toBe(false);
    expect(times).toHaveLength(20000);
    for (let i = 1; i < times.length; i++) expect(times[i]).toBeGreaterThanOrEqual(times[i - 1] as number);
  });

  it('runUntil processes events at exactly the horizon and leaves the clock on it', () => {
    const sim = new Simulation();
    const ran: number[] = [];
    sim.scheduleAt(5, (s) => ran.push(s.now));
    sim.scheduleAt(10, (s) => ran.push(s.now));
    sim.scheduleAt(10.000001, (s) => ran.push(s.now));
    sim.runUntil(10);
    expect(ran).toEqual([5, 10]);
    expect(sim.now).toBe(10);
    expect(sim.peekNextTime()).toBe(10.000001);
    sim.runUntil(12);
    expect(ran).toEqual([5, 10, 10.000001]);
    expect(sim.now).toBe(12);
    expect(sim.peekNextTime()).toBe(Infinity);
  });

  it('advances the clock to the horizon even with no events', () => {
    const sim = new Simulation();
    sim.runUntil(7.5);
    expect(sim.now).toBe(7.5);
    expect(sim.eventsProcessed).toBe(0);
  });

  it('schedules relative to the current event time', () => {
    const sim = new Simulation();
    const at: number[] = [];
    sim.scheduleCall(2, (s) => s.scheduleCall(3, (t) => at.push(t.now), 0), 0);
    sim.runUntil(100);
    expect(at).toEqual([5]);
  });

  it('runEvents stops after maxEvents and reports whether events remain', () => {
    const sim = new Simulation();
    for (let i = 0; i < 5; i++) sim.scheduleCall(i, () => undefined, 0);
    expect(sim.runEvents(3)).toBe(true);
    expect(sim.eventsProcessed).toBe(3);
    expect(sim.now).toBe(2);
    expect(sim.runEvents(10)).toBe(false);
    expect(sim.eventsProcessed).toBe(5);
  });

  it('stop() ends the run after the current event and keeps the clock there', () => {
    const sim = new Simulation();
    sim.scheduleCall(1, (s) => s.stop(), 0);
    sim.scheduleCall(2, () => undefined, 0);
    sim.runUntil(10);
    expect(sim.now).toBe(1);
    expect(sim.eventsProcessed).toBe(1);
    sim.runUntil(10);
    expect(sim.now).toBe(10);
  });

  it('stops the run with a SimulationError naming sim time, entity and cause when a handler throws', () => {
    const sim = new Simulation();
    const cause = new Error('train over capacity');
    let after = false;
    sim.scheduleCall(
      4.25,
      () => {
        throw cause;
      },
      0,
      0,
      'train-7',
    );
    sim.scheduleCall(
      5,
      () => {
        after = true;
      },
      0,
    );
    let caught: unknown;
    try {
      sim.runUntil(10);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SimulationError);
    const failure = caught as SimulationError;
    expect(failure.simTimeHours).toBe(4.25);
    expect(failure.entity).toBe('train-7');
    expect(failure.cause).toBe(cause);
    expect(failure.message).toContain('4.250 h');
    expect(failure.message).toContain('train-7');
    expect(failure.message).toContain('train over capacity');
    expect(after).toBe(false);
    expect(sim.now).toBe(4.25);
    // The state is half-updated: running on would hide the failure.
    expect(() => sim.runUntil(10)).toThrow(SimulationError);
  });

  it('rejects scheduling into the past, negative or non-finite delays and bad priorities', () => {
    const sim = new Simulation();
    sim.runUntil(3);
    expect(() => sim.scheduleCall(-1, () => undefined, 0)).toThrow(RangeError);
    expect(() => sim.scheduleCall(NaN, () => undefined, 0)).toThrow(RangeError);
    expect(() => sim.scheduleCall(Infinity, () => undefined, 0)).toThrow(RangeError);
    expect(() => sim.scheduleAt(2, () => undefined)).toThrow(RangeError);
    expect(() => sim.scheduleCall(1, () => undefined, 0, 0.5)).toThrow(RangeError);
    expect(() => sim.scheduleCall(1, () => undefined, 0, 5000)).toThrow(RangeError);
    expect(() => sim.runUntil(1)).toThrow(RangeError);
    expect(() => sim.runUntil(Infinity)).toThrow(RangeError);
  });

  it('refuses a run started from inside a handler', () => {
    const sim = new Simulation();
    sim.scheduleCall(1, (s) => s.runUntil(5), 0, 0, 'nested');
    expect(() => sim.runUntil(2)).toThrow(/inside an event handler/);
  });

  it('passes the numeric argument of scheduleCall to the handler', () => {
    const sim = new Simulation();
    const got: number[] = [];
    const handler = (_s: Simulation, arg: number): void => {
      got.push(arg);
    };
    sim.scheduleCall(1, handler, 42);
    sim.scheduleCall(0.5, handler, 7);
    sim.runUntil(2);
    expect(got).toEqual([7, 42]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as eventQueue from './EventQueue.ts';
import { EventQueue } from './EventQueue.ts';
import { literalPins } from './testing/literalPins.ts';

interface Pending {
  time: number;
  priority: number;
  sequence: number;
}

const before = (a: Pending, b: Pending): boolean =>
  a.time < b.time ||
  (a.time === b.time && (a.priority < b.priority || (a.priority === b.priority && a.sequence < b.sequence)));

/** A textbook binary heap of Pending: the reference for long runs. */
class ReferenceHeap {
  private readonly items: Pending[] = [];
  push(item: Pending): void {
    const items = this.items;
    items.push(item);
    for (let i = items.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (!before(items[i] as Pending, items[parent] as Pending)) break;
      [items[i], items[parent]] = [items[parent] as Pending, items[i] as Pending];
      i = parent;
    }
  }
  pop(): Pending {
    const items = this.items;
    const top = items[0] as Pending;
    const last = items.pop() as Pending;
    if (items.length > 0) {
      items[0] = last;
      for (let i = 0; ;) {
        let least = i;
        for (const child of [2 * i + 1, 2 * i + 2])
          if (child < items.length && before(items[child] as Pending, items[least] as Pending)) least = child;
        if (least === i) break;
        [items[i], items[least]] = [items[least] as Pending, items[i] as Pending];
        i = least;
      }
    }
    return top;
  }
}

/** The reference: the earliest by (time, priority, sequence), found by a linear scan. */
function takeEarliest(pending: Pending[]): Pending {
  let best = 0;
  for (let i = 1; i < pending.length; i++) {
    const a = pending[i] as Pending;
    const b = pending[best] as Pending;
    if (
      a.time < b.time ||
      (a.time === b.time &&
        (a.priority < b.priority || (a.priority === b.priority && a.sequence < b.sequence)))
    )
      best = i;
  }
  return pending.splice(best, 1)[0] as Pending;
}

// Delays as the corridor model makes them: ties at the same instant, whole hours, short
// process times, and departures or year ends far ahead.
const delay = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 0, max: 48 }),
  fc.double({ min: 0, max: 5, noNaN: true }),
  fc.double({ min: 100, max: 9000, noNaN: true }),
);
// A burst pushes `count` events; then `pops` events are taken. Bursts of hundreds push the queue
// past the switch to its calendar and the pops bring it back to the heap.
const burst = fc.record({
  delays: fc.array(fc.tuple(delay, fc.integer({ min: -2, max: 2 })), { maxLength: 600, size: 'max' }),
  pops: fc.integer({ min: 0, max: 700 }),
});

// endOnFailure: shrinking schedules of thousands of events takes minutes; the fixed seed already
// makes a failure reproducible.
describe('EventQueue', () => {
  it('pops in (time, priority, insertion) order through heap and calendar, whatever the schedule', () => {
    fc.assert(
      fc.property(fc.array(burst, { minLength: 1, maxLength: 8 }), (bursts) => {
        const queue = new EventQueue<string>();
        const reference: Pending[] = [];
        let now = 0;
        let sequence = 0;
        for (const { delays, pops } of bursts) {
          for (const [hours, priority] of delays) {
            queue.push(now + hours, priority, 'h', sequence, undefined);
            reference.push({ time: now + hours, priority, sequence: sequence++ });
          }
          for (let i = 0; i < pops && reference.length > 0; i++) {
            const expected = takeEarliest(reference);
            expect(queue.peekTime()).toBe(expected.time);
            expect(queue.slotArgs[queue.pop()]).toBe(expected.sequence);
            now = expected.time;
          }
          expect(queue.size).toBe(reference.length);
        }
        while (reference.length > 0)
          expect(queue.slotArgs[queue.pop()]).toBe(takeEarliest(reference).sequence);
        expect(queue.peekTime()).toBe(Infinity);
      }),
      { numRuns: 60, seed: 20261126, endOnFailure: true },
    );
  });

  it('keeps the order over long runs with thousands pending, near and years-ahead events mixed', () => {
    // Long enough for the calendar to recalibrate its buckets several times and for far events
    // to wrap around its year of buckets.
    const farDelay = fc.oneof(delay, fc.double({ min: 1e4, max: 1e5, noNaN: true }));
    fc.assert(
      fc.property(
        fc.integer({ min: 257, max: 3000 }),
        fc.array(fc.tuple(farDelay, fc.integer({ min: -1, max: 1 })), { minLength: 500, maxLength: 500 }),
        (pending, delays) => {
          const queue = new EventQueue<string>();
          const reference = new ReferenceHeap();
          let sequence = 0;
          const push = (time: number, priority: number): void => {
            queue.push(time, priority, 'h', sequence, undefined);
            reference.push({ time, priority, sequence: sequence++ });
          };
          for (let i = 0; i < pending; i++) push(((delays[i % 500] as [number, number])[0] * i) % 50, 0);
          for (let step = 0; step < 20_000; step++) {
            const expected = reference.pop();
            expect(queue.slotArgs[queue.pop()]).toBe(expected.sequence);
            const [hours, priority] = delays[step % 500] as [number, number];
            push(expected.time + hours, priority);
          }
        },
      ),
      { numRuns: 12, seed: 20261127, endOnFailure: true },
    );
  });

  it('lets an event a whole calendar year of buckets ahead wait for its turn', () => {
    // Dense near events set narrow buckets; every seventh event goes 50,000 h ahead, further than
    // the buckets span, so it shares a bucket with near events of a later lap.
    const queue = new EventQueue<string>();
    const reference = new ReferenceHeap();
    let sequence = 0;
    const push = (time: number): void => {
      queue.push(time, 0, 'h', sequence, undefined);
      reference.push({ time, priority: 0, sequence: sequence++ });
    };
    for (let i = 0; i < 300; i++) push(i * 0.01);
    push(1e6);
    for (let step = 0; step < 5000; step++) {
      const expected = reference.pop();
      expect(queue.peekTime()).toBe(expected.time);
      expect(queue.slotArgs[queue.pop()]).toBe(expected.sequence);
      push(expected.time + (step % 7 === 0 ? 5e4 : 0.01 * (step % 5)));
    }
  });

  it('keeps order when thousands of events share one instant and others lie years ahead', () => {
    const queue = new EventQueue<string>();
    for (let i = 0; i < 3000; i++) queue.push(i % 3 === 0 ? 87_600 + i : 24, 0, 'h', i, undefined);
    const popped: number[] = [];
    while (queue.size > 0) popped.push(queue.slotArgs[queue.pop()] as number);
    const ties = popped.slice(0, 2000);
    expect(ties).toEqual([...ties].sort((a, b) => a - b)); // insertion order among equal times
    expect(popped.slice(2000)).toEqual(Array.from({ length: 1000 }, (_, k) => 3 * k));
  });
});

describe('EventQueue literals', () => {
  it("writes each named constant it inlines with the constant's value", () => {
    const source = readFileSync(new URL('./EventQueue.ts', import.meta.url), 'utf8');
    const pins = literalPins(source);
    // 2 ** 42 twice, 1024, 256, 64: a pin dropped from a hot line would go unchecked.
    expect(pins.map((pin) => pin.constant).sort()).toEqual([
      'PRIORITY_MIN',
      'SEQUENCE_SPAN',
      'SEQUENCE_SPAN',
      'TO_CALENDAR',
      'TO_HEAP',
    ]);
    const constants = eventQueue as unknown as Record<string, number>;
    for (const pin of pins) {
      expect(pin.inCode, `line ${pin.line}: ${pin.literal} is not in the code`).toBe(true);
      const value = constants[pin.constant];
      expect(value, `line ${pin.line}: ${pin.constant} is not exported`).toBeTypeOf('number');
      expect(pin.negated ? -pin.value : pin.value, `line ${pin.line}: ${pin.literal}`).toBe(value);
    }
  });
});

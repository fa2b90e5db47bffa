import { describe, expect, it } from 'vitest';
import { RandomStreams } from './RandomStreams.ts';
import { readFileSync } from 'node:fs';
import { Resource, SLOT_STRIDE } from './Resource.ts';
import { literalPins } from './testing/literalPins.ts';
import { sampler } from './sampler.ts';
import { Simulation } from './Simulation.ts';
import { SimulationError } from './SimulationError.ts';

/**
 * Requests made at given times: [arrivalHours, serviceHours, label]. Each completion logs when its
 * service started (now less the service time; exact for these small binary fractions) and ended.
 */
function arrive(
  sim: Simulation,
  resource: Resource,
  requests: [number, number, string][],
  log: string[],
): void {
  const served = (s: Simulation, request: number, wait: number, service: number): void => {
    const label = requests[request]?.[2];
    log.push(`${label} start t=${s.now - service} wait=${wait}`);
    log.push(`${label} done t=${s.now} wait=${wait} service=${service}`);
  };
  requests.forEach(([at, service], request) => {
    sim.scheduleAt(at, () => resource.requestCall(service, served, request));
  });
}

describe('Resource', () => {
  it('serves one at a time in arrival order and reports each wait', () => {
    const sim = new Simulation();
    const berth = new Resource(sim, 'berth', 1);
    const log: string[] = [];
    arrive(
      sim,
      berth,
      [
        [0, 4, 'a'],
        [1, 2, 'b'],
        [2, 1, 'c'],
      ],
      log,
    );
    sim.runUntil(100);
    expect(log).toEqual([
      'a start t=0 wait=0',
      'a done t=4 wait=0 service=4',
      'b start t=4 wait=3',
      'b done t=6 wait=3 service=2',
      'c start t=6 wait=4',
      'c done t=7 wait=4 service=1',
    ]);
    expect(berth.stats.arrivals).toBe(3);
    expect(berth.stats.served).toBe(3);
    expect(berth.stats.waitHours.mean).toBeCloseTo(7 / 3, 12);
    expect(berth.stats.sojournHours.mean).toBeCloseTo((4 + 5 + 5) / 3, 12);
  });

  it('runs up to c requests in parallel', () => {
    const sim = new Simulation();
    const cranes = new Resource(sim, 'cranes', 2);
    const log: string[] = [];
    arrive(
      sim,
      cranes,
      [
        [0, 5, 'a'],
        [0, 3, 'b'],
        [0, 1, 'c'],
      ],
      log,
    );
    sim.runUntil(10);
    expect(log.filter((l) => l.includes('start')).sort()).toEqual([
      'a start t=0 wait=0',
      'b start t=0 wait=0',
      'c start t=3 wait=3',
    ]);
    // Busy: 2 servers for 4 h, 1 for 1 h over 10 h = 0.9 server on average.
    expect(cranes.stats.busy.mean(10)).toBeCloseTo(0.9, 12);
    // Queue: one waiting from 0 to 3 h.
    expect(cranes.stats.queueLength.mean(10)).toBeCloseTo(0.3, 12);
  });

  it('holds the queue while throttled to zero and releases it when capacity returns', () => {
    const sim = new Simulation();
    const border = new Resource(sim, 'border', 2);
    const log: string[] = [];
    sim.scheduleAt(0, () => border.setCapacityFactor(0));
    arrive(
      sim,
      border,
      [
        [1, 1, 'a'],
        [2, 1, 'b'],
        [3, 1, 'c'],
      ],
      log,
    );
    // Half speed: both servers work, each request takes 1 / 0.5 = 2 h.
    sim.scheduleAt(10, () => border.setCapacityFactor(0.5));
    sim.runUntil(20);
    expect(log.filter((l) => l.includes('start')).sort()).toEqual([
      'a start t=10 wait=9',
      'b start t=10 wait=8',
      'c start t=12 wait=9',
    ]);
    expect(log).toContain('a done t=12 wait=9 service=2');
    expect(border.effectiveServerCount).toBe(2);
  });

  it('lets requests in service finish when throttled, but starts no new ones', () => {
    const sim = new Simulation();
    const gate = new Resource(sim, 'gate', 1);
    const log: string[] = [];
    arrive(
      sim,
      gate,
      [
        [0, 5, 'a'],
        [1, 1, 'b'],
      ],
      log,
    );
    sim.scheduleAt(2, () => gate.setCapacityFactor(0));
    sim.scheduleAt(8, () => gate.setCapacityFactor(1));
    sim.runUntil(20);
    expect(log).toContain('a done t=5 wait=0 service=5');
    expect(log).toContain('b start t=8 wait=7');
  });

  it('keeps queued work but forgets statistics at resetStats (end of warm-up)', () => {
    const sim = new Simulation();
    const desk = new Resource(sim, 'desk', 1);
    const log: string[] = [];
    arrive(
      sim,
      desk,
      [
        [0, 10, 'a'],
        [1, 1, 'b'],
      ],
      log,
    );
    sim.runUntil(5);
    desk.resetStats();
    expect(desk.stats.arrivals).toBe(0);
    expect(desk.stats.waitHours.count).toBe(0);
    expect(desk.queued).toBe(1);
    expect(desk.inService).toBe(1);
    sim.runUntil(15);
    expect(desk.stats.served).toBe(2);
    expect(desk.stats.waitHours.mean).toBe(9); // only b started after the reset
    expect(desk.stats.busy.mean(15)).toBeCloseTo(6 / 10, 12);
  });

  it('queues a request made from a completion behind those already waiting', () => {
    const sim = new Simulation();
    const lane = new Resource(sim, 'lane', 1);
    const order: string[] = [];
    sim.scheduleAt(0, () => {
      lane.requestCall(
        1,
        () => {
          order.push('first');
          lane.requestCall(1, () => order.push('again'), 0);
        },
        0,
      );
      lane.requestCall(1, () => order.push('second'), 0);
    });
    sim.runUntil(10);
    expect(order).toEqual(['first', 'second', 'again']);
  });

  it('grows past its initial buffers without losing order (1000 queued requests)', () => {
    const sim = new Simulation();
    const slow = new Resource(sim, 'slow', 3);
    const done: number[] = [];
    sim.scheduleAt(0, () => {
      for (let i = 0; i < 1000; i++) slow.requestCall(1, (_s, arg) => done.push(arg), i);
    });
    sim.runUntil(1000);
    expect(done).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    expect(slow.stats.queueLength.max).toBe(997);
  });

  it('turns an exception in a completion callback into a SimulationError naming the resource', () => {
    const sim = new Simulation();
    const crane = new Resource(sim, 'crane-3', 1);
    sim.scheduleAt(1, () =>
      crane.requestCall(
        2,
        () => {
          throw new Error('no yard space');
        },
        0,
      ),
    );
    expect(() => sim.runUntil(10)).toThrow(SimulationError);
    try {
      sim.runUntil(10);
    } catch (error) {
      expect((error as SimulationError).entity).toBe('crane-3');
      expect((error as SimulationError).simTimeHours).toBe(3);
    }
  });

  it('rejects bad service times, server counts and capacity factors', () => {
    const sim = new Simulation();
    expect(() => new Resource(sim, 'x', 0)).toThrow(/servers must be an integer >= 1/);
    const r = new Resource(sim, 'x', 1);
    expect(() => r.requestCall(-1, () => undefined, 0)).toThrow(/service time/);
    expect(() => r.requestCall(NaN, () => undefined, 0)).toThrow(/service time/);
    expect(() => r.setCapacityFactor(-0.5)).toThrow(/capacity factor/);
  });
});

describe('Resource.requestCall', () => {
  it('gives one shared handler the argument, wait and service of each request, in FIFO order', () => {
    const sim = new Simulation();
    const desk = new Resource(sim, 'desk', 1);
    const log: string[] = [];
    const handler = (s: Simulation, arg: number, wait: number, service: number): void => {
      log.push(`call ${arg} t=${s.now} wait=${wait} service=${service}`);
    };
    sim.scheduleAt(0, () => {
      desk.requestCall(2, handler, 7);
      desk.requestCall(1, handler, 9);
      desk.requestCall(3, handler, 8);
    });
    sim.runUntil(10);
    expect(log).toEqual([
      'call 7 t=2 wait=0 service=2',
      'call 9 t=3 wait=2 service=1',
      'call 8 t=6 wait=3 service=3',
    ]);
    expect(desk.stats.served).toBe(3);
    expect(desk.stats.waitHours.mean).toBeCloseTo(5 / 3, 12);
  });

  it('keeps each request argument through queue growth', () => {
    const sim = new Simulation();
    const desk = new Resource(sim, 'desk', 2);
    const seen: number[] = [];
    const handler = (_s: Simulation, arg: number): void => {
      seen.push(arg);
    };
    sim.scheduleAt(0, () => {
      for (let i = 0; i < 300; i++) desk.requestCall(1, handler, i * 1.5);
    });
    sim.runUntil(1000);
    expect(seen).toEqual(Array.from({ length: 300 }, (_, i) => i * 1.5));
  });
});

describe('Resource determinism', () => {
  function run(seed: number): number[] {
    const sim = new Simulation();
    const streams = new RandomStreams(seed);
    const interarrival = sampler({ kind: 'exponential', mean: 1 }, streams.stream('arrivals'));
    const service = sampler({ kind: 'lognormal', median: 1.2, p90: 3 }, streams.stream('service'));
    const dock = new Resource(sim, 'dock', 2);
    const waits: number[] = [];
    const served = (_s: Simulation, _arg: number, wait: number): void => {
      waits.push(wait);
    };
    const arrive = (s: Simulation): void => {
      dock.requestCall(service(), served, 0);
      s.scheduleCall(interarrival(), arrive, 0);
    };
    sim.scheduleCall(interarrival(), arrive, 0);
    sim.runUntil(2_000);
    return [
      ...waits,
      dock.stats.queueLength.mean(sim.now),
      dock.stats.busy.mean(sim.now),
      sim.eventsProcessed,
    ];
  }

  it('replays a run bit for bit from the same seed, and differs with another seed', () => {
    const first = run(77);
    expect(first.length).toBeGreaterThan(1000);
    expect(run(77)).toEqual(first);
    expect(run(78)).not.toEqual(first);
  });
});

describe('Resource literals', () => {
  it('writes the slot stride as the literal SLOT_STRIDE is', () => {
    const pins = literalPins(readFileSync(new URL('./Resource.ts', import.meta.url), 'utf8'));
    expect(pins.length).toBeGreaterThanOrEqual(4);
    for (const pin of pins) {
      expect(pin.constant).toBe('SLOT_STRIDE');
      expect(pin.inCode, `line ${pin.line}`).toBe(true);
      expect(pin.value, `line ${pin.line}`).toBe(SLOT_STRIDE);
    }
    // Every `N * slot` index in the file is a pinned stride.
    const strides = readFileSync(new URL('./Resource.ts', import.meta.url), 'utf8').match(/\b\d+ \* slot\b/g);
    expect(strides?.length).toBe(pins.length);
  });
});

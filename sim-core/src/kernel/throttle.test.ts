/**
 * A throttle factor acts exactly: a Resource throttled to f serves f times as much work an hour as
 * it does unthrottled, whatever its server count (a rounded server count made 30 % of three
 * servers one server, 33 %, and 30 % of two servers one server, 50 %).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { confidenceInterval95 } from '../vocabulary/confidenceInterval.ts';
import { RandomStreams } from './RandomStreams.ts';
import { Resource } from './Resource.ts';
import { sampler } from './sampler.ts';
import { Simulation } from './Simulation.ts';

/** Requests served in `hours` by a resource that never runs dry (all work queued at time 0). */
function servedWhenSaturated(servers: number, factor: number, serviceHours: number, hours: number): number {
  const sim = new Simulation();
  const r = new Resource(sim, 'border', servers);
  r.setCapacityFactor(factor);
  let served = 0;
  const demand = Math.ceil((servers * hours) / serviceHours) + servers;
  for (let i = 0; i < demand; i++) r.requestCall(serviceHours, () => served++, i);
  sim.runUntil(hours);
  return served;
}

/** Erlang C: probability that an arrival waits in M/M/c with offered load a = lambda / mu. */
function erlangC(servers: number, offeredLoad: number): number {
  let term = 1;
  let sumBelow = 0;
  for (let k = 0; k < servers; k++) {
    sumBelow += term;
    term *= offeredLoad / (k + 1);
  }
  const top = term * (servers / (servers - offeredLoad));
  return top / (sumBelow + top);
}

function meanWaitThrottled(servers: number, factor: number, lambda: number, seed: number): number {
  const sim = new Simulation();
  const streams = new RandomStreams(seed);
  const gap = sampler({ kind: 'exponential', mean: 1 / lambda }, streams.stream('arrivals'));
  const service = sampler({ kind: 'exponential', mean: 1 }, streams.stream('service'));
  const r = new Resource(sim, 'border', servers);
  r.setCapacityFactor(factor);
  const arrive = (s: Simulation): void => {
    r.requestCall(service(), () => undefined, 0);
    s.scheduleCall(gap(), arrive, 0);
  };
  sim.scheduleCall(gap(), arrive, 0);
  sim.runUntil(1_000);
  r.resetStats();
  sim.runUntil(31_000);
  return r.stats.waitHours.mean;
}

describe('capacity throttle', () => {
  it('serves exactly the throttled share of the work, for any server count and factor', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 20 }).map((k) => k / 20),
        fc.constantFrom(0.5, 1, 1.5, 4),
        (servers, factor, serviceHours) => {
          // Each server completes a request every serviceHours / factor: n of them by (n + 1/2) of those.
          const perServer = Math.floor((2_000 * factor) / serviceHours);
          const hours = ((perServer + 0.5) * serviceHours) / factor;
          expect(servedWhenSaturated(servers, factor, serviceHours, hours)).toBe(servers * perServer);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('30 % of three servers is 30 %, not one server (33 %)', () => {
    const full = servedWhenSaturated(3, 1, 1, 1_000);
    const throttled = servedWhenSaturated(3, 0.3, 1, 1_000);
    expect(throttled / full).toBeCloseTo(0.3, 2);
  });

  // M/M/c whose servers run at speed f: service rate f mu, so Wq = C(c, lambda / (f mu)) / (c f mu - lambda).
  const cases = [
    { servers: 3, factor: 0.3, rho: 0.7 },
    { servers: 2, factor: 0.45, rho: 0.6 },
    { servers: 4, factor: 0.8, rho: 0.5 },
  ];
  for (const [i, { servers, factor, rho }] of cases.entries()) {
    it(`matches Erlang C with c = ${servers} throttled to ${factor} at rho = ${rho}`, () => {
      const lambda = rho * servers * factor;
      const formula = erlangC(servers, lambda / factor) / (servers * factor - lambda);
      const waits = Array.from({ length: 8 }, (_, r) =>
        meanWaitThrottled(servers, factor, lambda, 700 + 10 * i + r),
      );
      const ci = confidenceInterval95(waits);
      expect(ci.low).toBeLessThanOrEqual(formula);
      expect(ci.high).toBeGreaterThanOrEqual(formula);
      expect(Math.abs(ci.mean - formula) / formula).toBeLessThan(0.06);
    });
  }
});

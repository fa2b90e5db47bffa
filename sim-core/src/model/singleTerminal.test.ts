import { describe, expect, it } from 'vitest';
import type { Distribution } from '../scenario/schema.ts';
import { ScenarioBuilder } from './testing/ScenarioBuilder.ts';
import { TestSim } from './testing/TestSim.ts';

/** Erlang C: mean wait in queue of M/M/c with arrival rate lambda and service rate mu (per hour). */
function erlangCWaitHours(lambda: number, mu: number, c: number): number {
  const a = lambda / mu;
  const rho = a / c;
  let term = 1;
  let sum = 1;
  for (let k = 1; k < c; k++) {
    term *= a / k;
    sum += term;
  }
  const last = (term * a) / c / (1 - rho);
  const pWait = last / (sum + last);
  return pWait / (c * mu - lambda);
}

/**
 * A single terminal as a scenario: one node with one process of c servers, Poisson arrivals of
 * consignments whose origin is their destination, no services. Two years after a 30-day warm-up
 * give tens of thousands of customers; the kernel's own tests hold the strict tolerances, here
 * 12 % on the mean wait covers the sampling error of one replication at these loads.
 */
function terminal(servers: number, perHour: number, service: Distribution): ScenarioBuilder {
  return new ScenarioBuilder({ durationDays: 760, warmupDays: 30 })
    .node('terminal', {
      kind: 'seaport',
      processes: [
        { id: 'berth', kind: 'port-handling', servers, unit: 'consignment', serviceHours: service },
      ],
    })
    .demand('boxes', 'terminal', 'terminal', { perWeek: perHour * 168 });
}

describe('a single terminal', () => {
  it('matches Erlang C for M/M/3 at 80 % load', () => {
    const lambda = 2.4;
    const sim = TestSim.run(terminal(3, lambda, { kind: 'exponential', mean: 1 }));
    const berth = sim.resource('terminal/berth');
    expect(Math.abs(berth.meanWaitHours / erlangCWaitHours(lambda, 1, 3) - 1)).toBeLessThan(0.12);
    expect(berth.utilisation).toBeCloseTo(0.8, 1);
  });

  it('matches Pollaczek–Khinchine for deterministic service (M/D/1 at 70 % load)', () => {
    const lambda = 0.7;
    const sim = TestSim.run(terminal(1, lambda, { kind: 'deterministic', value: 1 }));
    const expected = (lambda * 1) / (2 * (1 - lambda)); // Wq = lambda E[S^2] / (2 (1 - rho))
    expect(Math.abs(sim.resource('terminal/berth').meanWaitHours / expected - 1)).toBeLessThan(0.12);
  });

  it('matches Pollaczek–Khinchine for lognormal service (M/G/1 at 60 % load)', () => {
    const median = 1;
    const p90 = 2;
    const sigma = Math.log(p90 / median) / 1.2815515655446004;
    const mean = median * Math.exp((sigma * sigma) / 2);
    const secondMoment = median * median * Math.exp(2 * sigma * sigma);
    const lambda = 0.6 / mean;
    const sim = TestSim.run(terminal(1, lambda, { kind: 'lognormal', median, p90 }));
    const expected = (lambda * secondMoment) / (2 * (1 - lambda * mean));
    expect(Math.abs(sim.resource('terminal/berth').meanWaitHours / expected - 1)).toBeLessThan(0.12);
  });

  it('delivers each consignment after its time at the terminal', () => {
    const sim = TestSim.run(terminal(3, 2.4, { kind: 'exponential', mean: 1 }));
    const berth = sim.resource('terminal/berth');
    const transit = sim.transit('boxes');
    expect(transit.meanDays * 24).toBeCloseTo(berth.meanSojournHours, 1);
  });
});

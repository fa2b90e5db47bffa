import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRandomScenario, scenarioParams } from './testing/randomScenario.ts';
import { TestSim } from './testing/TestSim.ts';

/**
 * Little's law L = lambda W for every resource: the time-average number in system against the
 * arrival rate times the mean sojourn. Over a finite run the two differ by the customers still in
 * the system at the end; with hundreds of arrivals and no interventions (a node closed at the end
 * would leave a long queue) that edge effect is a few per cent. Tolerance: 10 % + 0.05.
 */
describe("Little's law", () => {
  it('holds for every busy resource in random scenarios', () => {
    let checked = 0;
    fc.assert(
      fc.property(scenarioParams, (params) => {
        // A terminal at n0 that local cargo always passes, so every run has a busy resource.
        const terminal = {
          kind: 'port-handling' as const,
          servers: 2,
          unit: 'consignment' as const,
          serviceHours: { kind: 'exponential' as const, mean: 1 },
          inspectionProbability: 0 as const,
        };
        const scenario = buildRandomScenario({
          ...params,
          processes: [[0, terminal], ...params.processes],
          interventions: [],
          durationDays: 200,
        })
          .demand('local', 'n0', 'n0', { perWeek: 60 })
          .build();
        const sim = TestSim.run(scenario);
        const r = sim.result.resources;
        const observedHours = (scenario.durationDays - scenario.warmupDays) * 24;
        r.ids.forEach((_, i) => {
          const arrivals = r.arrivals[i] as number;
          if (arrivals < 300) return;
          const lambda = arrivals / observedHours;
          const lw = lambda * (r.meanSojournHours[i] as number);
          const l = r.meanInSystem[i] as number;
          if ((r.utilisation[i] as number) > 0.95) return; // unstable queue: no steady state to speak of
          expect(Math.abs(l - lw)).toBeLessThan(0.1 * Math.max(l, lw) + 0.05);
          checked++;
        });
      }),
      { numRuns: 40 },
    );
    // The property must have met enough busy resources to mean something.
    expect(checked).toBeGreaterThanOrEqual(40);
  });
});

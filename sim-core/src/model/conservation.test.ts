import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VEHICLE_KINDS } from '../vocabulary/modes.ts';
import { buildRandomScenario, scenarioParams } from './testing/randomScenario.ts';
import { TestSim } from './testing/TestSim.ts';

describe('cargo conservation', () => {
  it('accounts for every TEU generated as delivered, in transit or waiting, exactly, at every week end', () => {
    fc.assert(
      fc.property(scenarioParams, (params) => {
        const sim = TestSim.run(buildRandomScenario(params));
        expect(sim.balanceViolations()).toEqual([]);
        const b = sim.result.balance;
        for (let w = 1; w < b.generatedTeu.length; w++) {
          expect(b.generatedTeu[w]).toBeGreaterThanOrEqual(b.generatedTeu[w - 1] as number);
          expect(b.deliveredTeu[w]).toBeGreaterThanOrEqual(b.deliveredTeu[w - 1] as number);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('never carries more than a vehicle holds, except one oversize consignment alone', () => {
    fc.assert(
      fc.property(scenarioParams, (params) => {
        const trips = TestSim.run(buildRandomScenario(params)).result.trips;
        for (let i = 0; i < trips.count; i++) {
          const load = trips.load[i] as number;
          const capacity = trips.capacity[i] as number;
          // Random consignments are at most 3 TEU (30 t in an aircraft's tonnes).
          const largestConsignment = trips.vehicleKind[i] === VEHICLE_KINDS.indexOf('aircraft') ? 30.1 : 3.01;
          expect(load <= capacity * (1 + 1e-6) || load <= largestConsignment).toBe(true);
        }
      }),
      { numRuns: 30 },
    );
  });
});

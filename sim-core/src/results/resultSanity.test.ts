import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRandomScenario, scenarioParams } from '../model/testing/randomScenario.ts';
import { TestSim } from '../model/testing/TestSim.ts';

describe('results of random scenarios', () => {
  it('are finite, non-negative and within physical bounds everywhere', () => {
    fc.assert(
      fc.property(scenarioParams, (params) => {
        const r = TestSim.run(buildRandomScenario(params)).result;
        // Week lengths: full weeks, then a last one the run's end may cut short; together they
        // cover the run after its warm-up exactly.
        const hours = [...r.weeks.hours];
        expect(hours.length).toBe(r.weeks.startHours.length);
        hours.slice(0, -1).forEach((h) => expect(h).toBe(168));
        expect(hours.at(-1)).toBeGreaterThan(0);
        expect(hours.at(-1)).toBeLessThanOrEqual(168);
        const reported = params.durationDays * 24 - (r.weeks.startHours[0] as number);
        expect(hours.reduce((sum, h) => sum + h, 0)).toBeCloseTo(reported, 9);
        const groups = [r.nodes, r.links, r.modes, r.corridors];
        for (const group of groups) {
          for (const [metric, matrix] of Object.entries(group)) {
            expect(matrix.values.length, metric).toBe(matrix.periods * matrix.entities);
            expect(matrix.periods, metric).toBe(r.weeks.startHours.length);
            for (const v of matrix.values) {
              expect(Number.isFinite(v), metric).toBe(true);
              expect(v, metric).toBeGreaterThanOrEqual(-1e-9);
            }
          }
        }
        // Utilisation is a share of the servers (allowing for rounding in the time integrals).
        for (const u of r.nodes.utilisation.values) expect(u).toBeLessThanOrEqual(1 + 1e-9);
        for (const u of r.resources.utilisation) expect(u).toBeLessThanOrEqual(1 + 1e-9);
        // Trips arrive after they leave.
        const t = r.trips;
        for (let i = 0; i < t.count; i++)
          expect(t.arriveHours[i]).toBeGreaterThanOrEqual(t.departHours[i] as number);
        // Transit times: p50 <= p95, and the histogram counts every delivery.
        const tt = r.transitTimes;
        tt.demandIds.forEach((_, d) => {
          const n = tt.delivered[d] as number;
          let binned = 0;
          for (let b = 0; b < tt.histogram.bins; b++)
            binned += tt.histogram.counts[d * tt.histogram.bins + b] as number;
          expect(binned).toBe(n);
          // Exact quantiles: ordered whenever there is a delivery.
          if (n > 0) expect(tt.p50Days[d] as number).toBeLessThanOrEqual(tt.p95Days[d] as number);
          if (n > 0)
            expect(tt.meanDays[d] as number).toBeGreaterThanOrEqual(
              (tt.meanDocumentDays[d] as number) - 1e-9,
            );
        });
        // KPI years are consecutive calendar years.
        r.kpis.years.forEach((y, i) => i > 0 && expect(y).toBe((r.kpis.years[i - 1] as number) + 1));
      }),
      { numRuns: 40 },
    );
  });
});

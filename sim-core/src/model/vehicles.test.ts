import { describe, expect, it } from 'vitest';
import { VEHICLE_KINDS } from '../vocabulary/modes.ts';
import { ScenarioBuilder } from './testing/ScenarioBuilder.ts';
import { TestSim } from './testing/TestSim.ts';

/** Jiaozhou (1435 mm) to Khorgos border (gauge change, 2 tracks, 10 h a train) to Almaty (1520 mm). */
function sco(
  opts: { returnShare?: number; gaugeHours?: number; cutoffHours?: number } = {},
): ScenarioBuilder {
  return new ScenarioBuilder({ durationDays: 364 })
    .node('jiaozhou', { gaugeMm: 1435 })
    .node('khorgos', {
      kind: 'border-crossing',
      gaugeMm: 1435,
      processes: [
        {
          id: 'bogie-exchange',
          kind: 'gauge-change',
          servers: 2,
          unit: 'vehicle',
          serviceHours: { kind: 'deterministic', value: opts.gaugeHours ?? 10 },
        },
      ],
    })
    .node('almaty', { gaugeMm: 1520, country: 'KZ' })
    .link('jiaozhou', 'khorgos', 'rail', { km: 4000, id: 'jiaozhou-khorgos' })
    .link('khorgos', 'almaty', 'rail', { km: 380, id: 'khorgos-almaty' })
    .service('sco-express', ['jiaozhou', 'khorgos', 'almaty'], {
      perWeek: 4,
      capacityTeu: 50,
      legHours: [100, 20],
      returnShare: opts.returnShare ?? 0,
      cutoffHours: opts.cutoffHours ?? 0,
    })
    .demand('machinery', 'jiaozhou', 'almaty', { perWeek: 100 })
    .kpi({ trainHubNode: 'jiaozhou' });
}

describe('vehicles', () => {
  it('holds a train at the border until its gauge change is done', () => {
    const sim = TestSim.run(sco());
    const trips = sim.result.trips;
    const legs = Array.from({ length: trips.count }, (_, i) => i);
    const endHours = 364 * 24;
    // Trains still on their way to the border at the end of the run never reached it.
    const intoBorder = legs.filter(
      (i) => trips.linkIndex[i] === 0 && (trips.arriveHours[i] as number) <= endHours,
    );
    const outOfBorder = legs.filter((i) => trips.linkIndex[i] === 1);
    // Each train leaves the border 10 h (the exchange) after it arrived: no queue at 4 trains a week.
    outOfBorder.forEach((i, k) => {
      const arrived = trips.arriveHours[intoBorder[k] as number] as number;
      expect(trips.departHours[i]).toBeCloseTo(arrived + 10, 6);
    });
    expect(sim.resource('khorgos/bogie-exchange').arrivals).toBe(intoBorder.length);
    // The riders' dwell at the border is the gauge change.
    const gauge = sim.node('khorgos', 'dwellGaugeHours').filter((h) => h > 0);
    expect(gauge.every((h) => Math.abs(h - 10) < 1e-9)).toBe(true);
  });

  it('keeps an ad hoc train longer at the border than a fixed-timetable one', () => {
    const adHoc = TestSim.run(
      sco().service('ad-hoc', ['jiaozhou', 'khorgos', 'almaty'], { legHours: [100, 20], scheduled: false }),
    );
    const trips = adHoc.result.trips;
    const holds = new Map<number, number[]>();
    const arrivals: number[][] = [[], []];
    for (let i = 0; i < trips.count; i++) {
      const s = trips.serviceIndex[i] as number;
      if (trips.linkIndex[i] === 0) (arrivals[s] as number[]).push(trips.arriveHours[i] as number);
      else {
        const k = (holds.get(s) ?? []).length;
        holds.set(s, [
          ...(holds.get(s) ?? []),
          (trips.departHours[i] as number) - ((arrivals[s] as number[])[k] as number),
        ]);
      }
    }
    // 10 h for a scheduled train; 10 / 0.7 h for an ad hoc one (when no other train is ahead of it).
    expect(Math.min(...(holds.get(0) ?? []))).toBeCloseTo(10, 6);
    expect(Math.min(...(holds.get(1) ?? []))).toBeCloseTo(10 / 0.7, 6);
  });

  it('changes gauge only where the gauge changes', () => {
    const sim = TestSim.run(
      sco()
        .node('urumqi', { gaugeMm: 1435 })
        .link('jiaozhou', 'urumqi', 'rail')
        .service('domestic', ['jiaozhou', 'khorgos', 'urumqi'], { legHours: [100, 20] }),
    );
    // Only sco-express trains change gauge; the domestic service stays on 1435 mm.
    const trips = sim.result.trips;
    let scoExpressAtBorder = 0;
    let domesticAtBorder = 0;
    for (let i = 0; i < trips.count; i++) {
      if (trips.linkIndex[i] !== 0 || (trips.arriveHours[i] as number) > 364 * 24) continue;
      if (trips.serviceIndex[i] === 0) scoExpressAtBorder++;
      else domesticAtBorder++;
    }
    expect(domesticAtBorder).toBeGreaterThan(40);
    expect(sim.resource('khorgos/bogie-exchange').arrivals).toBe(scoExpressAtBorder);
  });

  it('runs a share of the trains back and draws them reversed along the links', () => {
    const sim = TestSim.run(sco({ returnShare: 0.5 }));
    const trips = sim.result.trips;
    const reversed = trips.reversed.filter((r) => r === 1).length;
    const forward = trips.reversed.filter((r) => r === 0).length;
    // 4 trains a week out, every second one back: half as many reversed legs (give or take the
    // last few trains, still on their way out or back at the end).
    expect(Array.from(trips.linkIndex).filter((l, i) => l === 0 && trips.reversed[i] === 0)).toHaveLength(
      208,
    );
    expect(Math.abs(reversed - forward / 2)).toBeLessThanOrEqual(6);
    for (let i = 0; i < trips.count; i++) expect(trips.vehicleKind[i]).toBe(VEHICLE_KINDS.indexOf('train'));
  });

  it('counts arrivals and departures of trains at the hub toward the trains-a-year KPI', () => {
    const out = TestSim.run(sco()).result.kpis;
    const both = TestSim.run(sco({ returnShare: 1 })).result.kpis;
    // The run, 52 weeks from 2025-01-06, reaches into 2026 by four days.
    expect(out.years).toEqual([2025, 2026]);
    expect((out.trainsPerYear[0] as number) + (out.trainsPerYear[1] as number)).toBe(208); // 4 a week, departures only
    expect((both.trainsPerYear[0] as number) + (both.trainsPerYear[1] as number)).toBeGreaterThanOrEqual(400); // plus arrivals back
  });

  it('counts a train passing through the hub once arriving and once departing', () => {
    const through = TestSim.run(sco().kpi({ trainHubNode: 'khorgos' }));
    const trips = through.result.trips;
    let atHub = 0;
    for (let i = 0; i < trips.count; i++) {
      if (trips.linkIndex[i] === 0 && (trips.arriveHours[i] as number) <= 364 * 24) atHub++; // arrived at Khorgos
      if (trips.linkIndex[i] === 1) atHub++; // left Khorgos
    }
    const kpi = through.result.kpis.trainsPerYear;
    expect((kpi[0] as number) + (kpi[1] as number)).toBe(atHub);
  });

  it('takes only cargo that was ready before the cut-off', () => {
    const late = TestSim.run(sco({ cutoffHours: 24 })).transit('machinery').meanDays;
    const early = TestSim.run(sco()).transit('machinery').meanDays;
    expect(late).toBeGreaterThan(early + 0.5);
  });

  it('moves cargo whose time is dear to a dearer train before the cheap one’s queue is long', () => {
    const twoTrains = (valueOfTimeUsdPerDay: number): TestSim =>
      TestSim.run(
        new ScenarioBuilder({ durationDays: 182 })
          .node('jiaozhou')
          .node('almaty', { country: 'KZ' })
          .link('jiaozhou', 'almaty', 'rail')
          .service('cheap', ['jiaozhou', 'almaty'], {
            perWeek: 2,
            capacityTeu: 50,
            legHours: [200],
            rateUsd: 1000,
          })
          .service('dear', ['jiaozhou', 'almaty'], {
            perWeek: 2,
            capacityTeu: 50,
            firstDepartureHour: 42,
            legHours: [200],
            rateUsd: 1200,
          })
          .demand('machinery', 'jiaozhou', 'almaty', { perWeek: 120, valueOfTimeUsdPerDay }),
      );
    const onDear = (sim: TestSim): number => {
      const t = sim.result.trips;
      return Array.from(t.load).reduce((sum, load, i) => sum + (t.serviceIndex[i] === 1 ? load : 0), 0);
    };
    const patient = twoTrains(0);
    const hurried = twoTrains(500);
    // A queue of one train-load on the cheap train costs 3.5 days x 500 USD, far more than the
    // 200 USD fare difference: hurried cargo takes the dear train well before the spill threshold.
    expect(onDear(hurried)).toBeGreaterThan(onDear(patient) * 1.2);
    expect(hurried.transit('machinery').meanDays).toBeLessThan(patient.transit('machinery').meanDays);
  });

  it('spills cargo to the next-best itinerary when the first one’s queue is long', () => {
    const sim = TestSim.run(
      sco()
        .service('slow-train', ['jiaozhou', 'khorgos', 'almaty'], {
          perWeek: 4,
          capacityTeu: 50,
          legHours: [150, 30],
          rateUsd: 1200,
        })
        .demand('surge', 'jiaozhou', 'almaty', { perWeek: 300 }),
    );
    const trips = sim.result.trips;
    const slowLoad = Array.from(trips.load).filter((_, i) => trips.serviceIndex[i] === 1);
    // The cheaper sco-express cannot take 400 TEU a week; the rest rides the dearer slow train.
    expect(slowLoad.reduce((a, b) => a + b, 0)).toBeGreaterThan(1000);
  });
});

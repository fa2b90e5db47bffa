import { describe, expect, it } from 'vitest';
import type { DocumentStep } from '../scenario/schema.ts';
import { ScenarioBuilder } from './testing/ScenarioBuilder.ts';
import { TestSim } from './testing/TestSim.ts';

const step = (hours: number, feeUsd = 100): DocumentStep => ({
  hours: { kind: 'exponential', mean: hours },
  feeUsd,
});

/** Sea from Busan to Qingdao, rail from Qingdao to Almaty: one change of mode at Qingdao. */
function seaRail(singleDocumentShare: number, withDocumentsDesk = false): ScenarioBuilder {
  return new ScenarioBuilder({ durationDays: 182, warmupDays: 14 })
    .node('busan', { kind: 'seaport', country: 'KR' })
    .node('qingdao', {
      kind: 'seaport',
      processes: withDocumentsDesk
        ? [
            {
              id: 'desk',
              kind: 'documents',
              servers: 2,
              unit: 'consignment',
              serviceHours: { kind: 'deterministic', value: 0 },
            },
          ]
        : [],
    })
    .node('almaty', { country: 'KZ' })
    .link('busan', 'qingdao', 'sea', { km: 900 })
    .link('qingdao', 'almaty', 'rail', { km: 4500 })
    .service('busan-qingdao', ['busan', 'qingdao'], {
      mode: 'sea',
      perWeek: 3,
      capacityTeu: 500,
      legHours: [30],
    })
    .service('sco-express', ['qingdao', 'almaty'], { perWeek: 5, capacityTeu: 100, legHours: [150] })
    .corridor('main', { singleDocumentShare })
    .demand('electronics', 'busan', 'almaty', { perWeek: 40 })
    .documents({
      multi: {
        billOfLading: step(24),
        transitDeclaration: step(36),
        inspectionProbability: 0.3,
        inspection: step(48),
      },
      single: { declarationAtOrigin: step(24), sealedTransfer: step(2, 10) },
    });
}

describe('documents', () => {
  const multi = TestSim.run(seaRail(0));
  const single = TestSim.run(seaRail(1));

  it('makes single-document cargo spend less time on documents than multi-document cargo', () => {
    // Multi: 2 x (24 + 36 + 0.3 x 48) h = 148.8 h; single: 24 + 2 h = 26 h (expected values;
    // about 900 consignments, standard error about 2 % of the mean, tolerance 8 %).
    expect(Math.abs((multi.transit('electronics').documentDays * 24) / 148.8 - 1)).toBeLessThan(0.08);
    expect(Math.abs((single.transit('electronics').documentDays * 24) / 26 - 1)).toBeLessThan(0.08);
    expect(single.transit('electronics').documentDays).toBeLessThan(
      multi.transit('electronics').documentDays,
    );
  });

  it('shortens the door-to-door transit of sea–rail cargo under a single document', () => {
    expect(single.transit('electronics').meanDays).toBeLessThan(multi.transit('electronics').meanDays);
    const kpiSingle = single.result.kpis.meanSeaRailTransitDays[0] as number;
    const kpiMulti = multi.result.kpis.meanSeaRailTransitDays[0] as number;
    expect(kpiSingle).toBeLessThan(kpiMulti);
  });

  it('shows the documents dwell at the transfer port', () => {
    const dwell = (sim: TestSim): number => {
      const weeks = sim.node('qingdao', 'dwellDocumentsHours');
      return weeks.reduce((a, b) => a + b, 0) / weeks.length;
    };
    expect(dwell(single)).toBeLessThan(dwell(multi));
    expect(dwell(multi)).toBeGreaterThan(50);
  });

  it('mixes the two modes by the corridor’s single-document share', () => {
    const half = TestSim.run(seaRail(0.5)).transit('electronics').documentDays;
    expect(half).toBeGreaterThan(single.transit('electronics').documentDays);
    expect(half).toBeLessThan(multi.transit('electronics').documentDays);
  });

  it('passes document steps through a node’s documents desk when it has one (capacity applies)', () => {
    const sim = TestSim.run(seaRail(0, true));
    const desk = sim.resource('qingdao/desk');
    expect(desk.arrivals).toBeGreaterThan(0);
    // At Qingdao (a change of mode) every consignment needs a bill of lading and a transit declaration.
    expect(desk.arrivals).toBeGreaterThanOrEqual(2 * sim.transit('electronics').delivered);
  });
});

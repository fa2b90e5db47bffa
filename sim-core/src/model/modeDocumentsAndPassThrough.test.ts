/**
 * Documents by mode and corridor, single-document share, pass-through counts and the single
 * terminal, each on a small scenario built here.
 */
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../scenario/validate.ts';
import type { DocumentStep } from '../scenario/schema.ts';
import { ScenarioBuilder } from './testing/ScenarioBuilder.ts';
import { TestSim } from './testing/TestSim.ts';

const step = (hours: number, feeUsd = 50): DocumentStep => ({
  hours: { kind: 'deterministic', value: hours },
  feeUsd,
});
/** A document set: multi-document bill + declaration of `hours` each; single 60 % of both. */
const set = (hours: number) => ({
  multi: {
    billOfLading: step(hours),
    transitDeclaration: step(hours),
    inspectionProbability: 0,
    inspection: step(0),
  },
  single: { declarationAtOrigin: step(1.2 * hours), sealedTransfer: step(1.2 * hours) },
});

/** An airport pair with daily flights, and a port -> hub -> border -> far rail line beside it. */
function network(): ScenarioBuilder {
  return new ScenarioBuilder({ durationDays: 120, warmupDays: 14 })
    .node('apt-a', { kind: 'airport' })
    .node('apt-b', { kind: 'airport', country: 'KR' })
    .link('apt-a', 'apt-b', 'air', { km: 600 })
    .service('flight', ['apt-a', 'apt-b'], { mode: 'air', perWeek: 14, legHours: [1.5], capacityTonnes: 200 })
    .demand('parcels', 'apt-a', 'apt-b', { unit: 'tonnes', perWeek: 50, corridor: 'main' });
}

describe('documents by mode', () => {
  it('clears air cargo in hours when an air rule applies, not in the sea set’s days', () => {
    const seaSetForAll = TestSim.run(network().documents({ ...set(24) }));
    const withAirRule = TestSim.run(
      network().documents({ ...set(24), rules: [{ id: 'air', modes: ['air'], ...set(1) }] }),
    );
    // Without a rule the air cargo waits 48 h for paperwork; with it, 2 h.
    expect(seaSetForAll.transit('parcels').documentDays * 24).toBeCloseTo(48, 6);
    expect(withAirRule.transit('parcels').documentDays * 24).toBeCloseTo(2, 6);
    // Door to door: a 1.5 h flight, a departure every 12 h, 2 h of paperwork: well under a day.
    expect(withAirRule.transit('parcels').meanDays).toBeLessThan(1);
    expect(seaSetForAll.transit('parcels').meanDays).toBeGreaterThan(2);
  });

  it('applies a corridor rule to that corridor’s cargo only', () => {
    const sim = TestSim.run(
      network()
        .corridor('express')
        .demand('express-parcels', 'apt-a', 'apt-b', { unit: 'tonnes', perWeek: 20, corridor: 'express' })
        .documents({ ...set(1), rules: [{ id: 'express', corridors: ['express'], ...set(10) }] }),
    );
    expect(sim.transit('parcels').documentDays * 24).toBeCloseTo(2, 6);
    expect(sim.transit('express-parcels').documentDays * 24).toBeCloseTo(20, 6);
  });
});

/** Sea from a foreign port to the hub's port, then rail through a border crossing to the far end. */
function seaRail(singleShare: number): ScenarioBuilder {
  return new ScenarioBuilder({ durationDays: 150, warmupDays: 21, seed: 5 })
    .corridor('main', { singleDocumentShare: singleShare })
    .node('overseas', { kind: 'seaport', country: 'KR' })
    .node('port', { kind: 'seaport' })
    .node('border', { kind: 'border-crossing' })
    .node('far', { country: 'KZ' })
    .link('overseas', 'port', 'sea')
    .link('port', 'border', 'rail')
    .link('border', 'far', 'rail')
    .service('ship', ['overseas', 'port'], { mode: 'sea', perWeek: 7, capacityTeu: 500 })
    .service('train', ['port', 'border', 'far'], { perWeek: 3, capacityTeu: 200 })
    .demand('boxes', 'overseas', 'far', { perWeek: 60 })
    .documents(set(20));
}

describe('the single-document share', () => {
  it('never lengthens the corridor’s transit as it rises', () => {
    const days = [0, 0.25, 0.5, 0.75, 1].map(
      (share) => TestSim.run(seaRail(share)).transit('boxes').meanDays,
    );
    for (let i = 1; i < days.length; i++) expect(days[i]).toBeLessThanOrEqual((days[i - 1] as number) + 1e-9);
    expect(days[4]).toBeLessThan(days[0] as number);
  });
});

describe('pass-through at a border crossing', () => {
  it('counts every train that crossed and the TEU on board, and no cargo handled there', () => {
    const sim = TestSim.run(seaRail(0));
    const trainsThrough = sim.node('border', 'passThroughVehicles').reduce((a, b) => a + b, 0);
    const teuThrough = sim.node('border', 'passThroughTeu').reduce((a, b) => a + b, 0);
    const onLinkAfter = sim.link('border-far-rail', 'vehicles').reduce((a, b) => a + b, 0);
    const teuAfter = sim.link('border-far-rail', 'teu').reduce((a, b) => a + b, 0);
    // Every train leaving the crossing towards the far end passed it; so did all its cargo.
    expect(trainsThrough).toBe(onLinkAfter);
    expect(teuThrough).toBeCloseTo(teuAfter, 6);
    expect(trainsThrough).toBeGreaterThan(0);
    expect(sim.node('border', 'teu').reduce((a, b) => a + b, 0)).toBe(0);
    // The trains' first stop is where they start, not a stop passed.
    expect(sim.node('port', 'passThroughVehicles').reduce((a, b) => a + b, 0)).toBe(0);
  });
});

describe('a single terminal', () => {
  const terminal = () =>
    new ScenarioBuilder({ durationDays: 60 })
      .node('terminal', {
        kind: 'seaport',
        processes: [
          {
            id: 'berth',
            kind: 'port-handling',
            servers: 2,
            unit: 'consignment',
            serviceHours: { kind: 'deterministic', value: 3 },
          },
        ],
      })
      .demand('boxes', 'terminal', 'terminal', { perWeek: 20 });

  it('is accepted by the validator, as the model README says', () => {
    const outcome = validateScenario(terminal().input());
    expect(outcome.ok).toBe(true);
  });

  it('delivers its cargo after the terminal’s process, never departing', () => {
    const sim = TestSim.run(terminal());
    const boxes = sim.transit('boxes');
    expect(boxes.delivered).toBeGreaterThan(100);
    expect(boxes.meanDays * 24).toBeGreaterThanOrEqual(3 - 1e-9);
    expect(sim.result.transitTimes.meanFromDepartureDays[0]).toBe(0);
  });
});

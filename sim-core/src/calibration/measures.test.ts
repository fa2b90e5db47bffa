import { describe, expect, it } from 'vitest';
import type { ReplicationResult, TripTable } from '../vocabulary/runResult.ts';
import { SCHEMA_VERSION, Scenario } from '../scenario/schema.ts';
import { parseCalibrationTargets, type CalibrationTarget } from './CalibrationTarget.ts';
import { compareTarget } from './evaluateCalibration.ts';
import { measureValue } from './measures.ts';

const text = { en: 'x', zh: '叉', ru: 'х' };
const node = (id: string, lon: number) => ({ id, kind: 'city', name: text, lon, lat: 40, country: 'CN' });
const link = (from: string, to: string, mode: string, lon0: number, lon1: number) => ({
  id: `${from}-${to}`,
  from,
  to,
  mode,
  distanceKm: 100,
  geometry: [
    [lon0, 40],
    [lon1, 40],
  ],
});
const service = (id: string, stops: string[], mode: string, vehicle: string) => ({
  id,
  name: text,
  mode,
  vehicle,
  stops,
  legHours: stops.slice(1).map(() => ({ kind: 'deterministic', value: 10 })),
  timetable: { departuresPerWeek: 1 },
  capacity: mode === 'air' ? { tonnes: 50 } : { teu: 100 },
  ratePerUnitUsd: 1,
  corridor: 'c',
});
const step = { hours: { kind: 'deterministic', value: 1 }, feeUsd: 0 };

/** Port -> hub -> border -> far; an airport beside the hub. Warm-up 1 day, then a year. */
const scenario = Scenario.parse({
  schemaVersion: SCHEMA_VERSION,
  id: 't',
  name: text,
  description: text,
  startDate: '2025-01-01',
  durationDays: 400,
  warmupDays: 1,
  nodes: [
    node('port', 0),
    node('hub', 1),
    node('border', 2),
    node('far', 3),
    node('apt', 1.1),
    node('away', 5),
  ],
  links: [
    link('port', 'hub', 'rail', 0, 1),
    link('hub', 'border', 'rail', 1, 2),
    link('border', 'far', 'rail', 2, 3),
    link('apt', 'away', 'air', 1.1, 5),
  ],
  services: [
    service('from-hub', ['hub', 'border', 'far'], 'rail', 'train'),
    service('from-port', ['port', 'hub', 'border'], 'rail', 'train'),
    service('flight', ['apt', 'away'], 'air', 'aircraft'),
  ],
  corridors: [{ id: 'c', name: text }],
  demand: [],
  documents: {
    multi: { billOfLading: step, transitDeclaration: step, inspectionProbability: 0, inspection: step },
    single: { declarationAtOrigin: step, sealedTransfer: step },
    rules: [],
  },
  kpi: { trainHubNode: 'hub' },
});

/** Trip rows: [service, link, reversed, departHours, load, vehicle kind]. */
function trips(rows: [number, number, 0 | 1, number, number, number][]): TripTable {
  return {
    count: rows.length,
    vehicleKind: Uint8Array.from(rows.map((r) => r[5])),
    serviceIndex: Uint32Array.from(rows.map((r) => r[0])),
    linkIndex: Uint32Array.from(rows.map((r) => r[1])),
    reversed: Uint8Array.from(rows.map((r) => r[2])),
    departHours: Float64Array.from(rows.map((r) => r[3])),
    arriveHours: Float64Array.from(rows.map((r) => r[3] + 10)),
    load: Float32Array.from(rows.map((r) => r[4])),
    capacity: Float32Array.from(rows.map(() => 100)),
  };
}

const TRAIN = 1;
const AIRCRAFT = 2;
const result = {
  kpis: { years: [2025], trainsPerYear: Float64Array.of(1234) },
  trips: trips([
    [0, 1, 0, 100, 90, TRAIN], // from-hub leaves the hub: counts
    [0, 2, 0, 110, 90, TRAIN], // its next leg: not at the hub
    [0, 2, 1, 300, 60, TRAIN], // return run, far -> border
    [0, 1, 1, 310, 60, TRAIN], // return run reaches the hub: counts (an arrival)
    [1, 0, 0, 400, 80, TRAIN], // from-port reaches the hub from the port side: not counted
    [1, 1, 0, 410, 80, TRAIN], // ... and leaves it towards the border: counts
    [0, 1, 0, 10, 99, TRAIN], // during warm-up: not counted
    [2, 3, 0, 500, 40, AIRCRAFT], // leaves the airport
    [2, 3, 1, 600, 30, AIRCRAFT], // comes back
  ]),
} as unknown as ReplicationResult;

describe('calibration measures', () => {
  it("takes the trains a year from the engine's KPI for the first reported year", () => {
    expect(measureValue({ kind: 'hub-trains-per-year' }, result, scenario)).toBe(1234);
  });

  it('reads containers per train leaving the hub on its corridor-side leg, after the warm-up', () => {
    // Trains leaving: from-hub out (90), from-port leaving the hub (80); the return run into the
    // hub (60) counts towards the return share only (launch reports count departing trains).
    expect(measureValue({ kind: 'hub-teu-per-train' }, result, scenario)).toBeCloseTo((90 + 80) / 2);
    expect(measureValue({ kind: 'hub-return-share' }, result, scenario)).toBeCloseTo(1 / 3);
  });

  it('adds air cargo flown out of and into the airport', () => {
    expect(measureValue({ kind: 'air-tonnes-at-node', node: 'apt' }, result, scenario)).toBe(70);
  });
});

const target: CalibrationTarget = {
  id: 'x',
  label: 'x',
  unit: 'days',
  observed: 10,
  tolerance: 0.1,
  source: 's',
  year: 2025,
  confidence: 'A',
  howMeasured: 'h',
  measure: { kind: 'hub-trains-per-year' },
};

describe('comparison with the observed figure', () => {
  it('passes a figure only when the whole 95 % interval of the mean lies inside the band', () => {
    // Ten replications around 10.5 with a small spread: CI about 10.5 +/- 0.07, inside 9..11.
    const tight = [10.4, 10.6, 10.5, 10.45, 10.55, 10.5, 10.4, 10.6, 10.5, 10.5];
    expect(compareTarget(target, tight).verdict).toBe('pass');
    // The same mean with a wide spread: the interval crosses 11, so the run cannot tell.
    const wide = [9.0, 12.0, 10.5, 9.5, 11.5, 10.0, 11.0, 9.8, 11.2, 10.5];
    const row = compareTarget(target, wide);
    expect(row.model).toBeCloseTo(10.5, 12);
    expect(row.ciHigh).toBeGreaterThan(11);
    expect(row.verdict).toBe('undecided');
    expect(row.pass).toBe(false);
  });

  it('fails a figure whose whole interval lies outside the band', () => {
    // The Budapest case: 21.2 days [20.4, 22.0] against 17.1..20.9 (19 +/- 10 %).
    const row = compareTarget(
      { ...target, observed: 19 },
      [21.2, 21.9, 20.6, 21.4, 20.9, 21.6, 20.8, 21.5, 21.0, 21.1],
    );
    expect(row.ciLow).toBeGreaterThan(20.9);
    expect(row.verdict).toBe('fail');
  });

  it('cannot pass on one replication: its interval is unbounded', () => {
    const row = compareTarget(target, [10]);
    expect(row.ciHigh).toBe(Infinity);
    expect(row.verdict).toBe('undecided');
  });

  it('averages replications and fails when a figure cannot be measured', () => {
    expect(compareTarget(target, [9, 11]).model).toBe(10);
    expect(compareTarget(target, [Number.NaN, 10]).verdict).toBe('fail');
  });

  it('names the JSON path of a bad targets file', () => {
    expect(() =>
      parseCalibrationTargets({ scenario: 'b', description: 'd', targets: [{ ...target, tolerance: 2 }] }),
    ).toThrow(/targets\.0\.tolerance/);
  });
});

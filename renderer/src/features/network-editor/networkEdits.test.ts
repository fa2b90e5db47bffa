import baselineJson from '../../../../assets/scenarios/baseline-2025.json';
import { describe, expect, it } from 'vitest';
import { copyDemand, demandRows, shownDemandRows } from './demandRows.ts';
import {
  addLink,
  addNode,
  addService,
  missingLegs,
  parseWeekdays,
  pauseService,
  removeService,
  scaleDistribution,
  scaledLegHours,
  servicePath,
  serviceIds,
  serviceTiming,
  typicalHours,
  type ServiceDraft,
} from './networkEdits.ts';
import { getAt, setAt } from '../../state/scenarioPath.ts';

const baseline = baselineJson as unknown as Record<string, unknown>;

const karachi: ServiceDraft = {
  name: 'Qingdao–Karachi direct',
  mode: 'sea',
  stops: ['qingdao-port', 'karachi'],
  departuresPerWeek: 1,
  capacity: 1800,
  speedKmh: 28,
  cutoffHours: 24,
  ratePerUnitUsd: 900,
  scheduled: true,
  returnShare: 0,
  corridor: 'south-asia-sea',
  from: '2025-03-01',
};

describe('network edits', () => {
  it('finds the legs of a new service that have no link of its mode yet', () => {
    expect(missingLegs(baseline, ['qingdao-port', 'port-klang', 'karachi'], 'sea')).toEqual([]);
    expect(missingLegs(baseline, ['qingdao-port', 'karachi'], 'sea')).toEqual([['qingdao-port', 'karachi']]);
  });

  it('adds a service that starts on a date as an add-service intervention, leg time from the link length', () => {
    const route = {
      geometry: [
        [120.2, 36],
        [67, 24.8],
      ] as Array<[number, number]>,
      distanceKm: 11200,
      placeholder: false,
    };
    const linked = addLink(baseline, 'qingdao-port', 'karachi', 'sea', route).scenario;
    const { scenario, id } = addService(linked, karachi);
    const interventions = scenario['interventions'] as Array<Record<string, unknown>>;
    const added = interventions.at(-1) as {
      kind: string;
      from: string;
      service: { legHours: Array<{ mode: number }> };
    };
    expect(added.kind).toBe('add-service');
    expect(added.from).toBe('2025-03-01');
    expect(added.service.legHours[0]?.mode).toBe(400); // 11,200 km at 28 km/h
    expect(serviceIds(scenario).has(id)).toBe(true);
    expect(baseline['interventions']).not.toBe(scenario['interventions']);
  });

  it('pauses with a drop-service from–until, and removing a service removes what names it', () => {
    const paused = pauseService(baseline, 'sea-busan', '2025-06-01', '2025-07-01');
    expect((paused['interventions'] as unknown[]).at(-1)).toEqual({
      kind: 'drop-service',
      service: 'sea-busan',
      from: '2025-06-01',
      to: '2025-07-01',
    });
    const removed = removeService(paused, 'sea-busan');
    expect(serviceIds(removed).has('sea-busan')).toBe(false);
    expect(
      (removed['interventions'] as Array<{ service?: unknown }>).some((i) => i.service === 'sea-busan'),
    ).toBe(false);
  });

  it('gives a new node a unique id and its kind’s default processes', () => {
    const first = addNode(baseline, { name: 'Karachi', kind: 'seaport', lon: 67, lat: 24.8, country: 'pk' });
    expect(first.id).toBe('karachi-2');
    const node = (first.scenario['nodes'] as Array<Record<string, unknown>>).at(-1);
    expect(node?.['country']).toBe('PK');
    expect((node?.['processes'] as unknown[]).length).toBeGreaterThan(0);
  });

  it('sorts and filters the demand table, and copies a flow under a new id', () => {
    const rows = shownDemandRows(demandRows(baseline), 'karachi', 'annualVolume', true);
    expect(rows.length).toBe(4);
    expect(Number(rows[0]?.cells.annualVolume)).toBeGreaterThanOrEqual(Number(rows[3]?.cells.annualVolume));
    const copied = copyDemand(baseline, rows[0]!.index);
    expect((copied['demand'] as unknown[]).length).toBe((baseline['demand'] as unknown[]).length + 1);
  });
});

describe('editing a service after it was made', () => {
  const services = (baseline['services'] as Array<{ id: string }>).map((s) => s.id);

  it.each(services)('%s: a speed x k makes every leg 1/k as long and the days on the way 1/k', (id) => {
    const path = servicePath(baseline, id) as Array<string | number>;
    const service = getAt(baseline, path);
    const before = serviceTiming(baseline, service);
    expect(before?.speedKmh).toBeGreaterThan(0);
    for (const k of [0.5, 1.25, 2]) {
      const edited = setAt(baseline, [...path, 'legHours'], scaledLegHours(service, 1 / k));
      const after = serviceTiming(edited, getAt(edited, path));
      expect(after?.speedKmh).toBeCloseTo((before?.speedKmh ?? 0) * k, 0);
      expect(after?.hours).toBeCloseTo((before?.hours ?? 0) / k, 0);
    }
    // The scenario itself is untouched.
    expect(getAt(baseline, [...path, 'legHours'])).toEqual((service as { legHours: unknown }).legHours);
  });

  it('scales each distribution kind in its time parameters only, keeping its shape', () => {
    const cases = [
      { kind: 'deterministic', value: 10 },
      { kind: 'exponential', mean: 10 },
      { kind: 'uniform', min: 8, max: 12 },
      { kind: 'triangular', min: 8, mode: 10, max: 14 },
      { kind: 'normal', mean: 10, sd: 2 },
      { kind: 'lognormal', median: 10, p90: 15 },
      { kind: 'empirical', values: [8, 10, 12], weights: [1, 2, 1] },
    ];
    for (const d of cases) {
      const scaled = scaleDistribution(d, 3) as Record<string, unknown>;
      expect(typicalHours(scaled)).toBeCloseTo(3 * (typicalHours(d) ?? NaN));
      expect(scaled['kind']).toBe(d.kind);
      if ('weights' in d) expect(scaled['weights']).toEqual(d.weights);
    }
    expect(scaleDistribution({ kind: 'unknown', x: 1 }, 2)).toEqual({ kind: 'unknown', x: 1 });
  });

  it('reads weekdays typed as text, refusing what is not a weekday', () => {
    expect(parseWeekdays('4, 1 4')).toEqual([1, 4]);
    expect(parseWeekdays('7')).toEqual([7]);
    for (const bad of ['', '0', '8', '1.5', 'mon', '1,,x']) expect(parseWeekdays(bad), bad).toBeUndefined();
  });
});

/**
 * Small random scenarios for property tests: a few nodes on a line joined by links of every mode,
 * services over consecutive stops (some with return runs), processes at nodes (handling, customs
 * with inspection, documents, gauge change per train), demand between random node pairs (some
 * with origin === destination), document steps, and interventions on random dates.
 */
import fc from 'fast-check';
import type { Distribution, Intervention, Mode } from '../../scenario/schema.ts';
import { MODE_COUNT, MODES } from '../../vocabulary/modes.ts';
import { isoDateOfDays, parseIsoDate } from '../calendar.ts';
import { ScenarioBuilder } from './ScenarioBuilder.ts';

const START_DATE = '2025-01-06';

const hours = (maxMean: number): fc.Arbitrary<Distribution> =>
  fc.oneof(
    fc.integer({ min: 0, max: maxMean * 2 }).map((v) => ({ kind: 'deterministic', value: v / 2 }) as const),
    fc.integer({ min: 1, max: maxMean * 2 }).map((v) => ({ kind: 'exponential', mean: v / 2 }) as const),
    fc.integer({ min: 1, max: maxMean }).map((v) => ({ kind: 'uniform', min: v / 2, max: v }) as const),
  );

const processSpec = fc.record({
  kind: fc.constantFrom('port-handling', 'customs', 'documents', 'gauge-change', 'rail-loading'),
  servers: fc.integer({ min: 1, max: 3 }),
  unit: fc.constantFrom('vehicle', 'consignment'),
  serviceHours: hours(4),
  inspectionProbability: fc.constantFrom(0, 0.2, 0.5),
});

const serviceSpec = fc.record({
  mode: fc.constantFrom(...MODES),
  start: fc.nat(4),
  stops: fc.integer({ min: 2, max: 3 }),
  backward: fc.boolean(),
  halfDeparturesPerWeek: fc.integer({ min: 1, max: 10 }),
  capacity: fc.integer({ min: 5, max: 80 }),
  cutoffHours: fc.constantFrom(0, 6, 24),
  legHours: hours(48),
  returnShare: fc.constantFrom(0, 0.5, 1),
});

const demandSpec = fc.record({
  origin: fc.nat(4),
  destination: fc.nat(4),
  perWeek: fc.integer({ min: 1, max: 40 }),
  tonnes: fc.boolean(),
  size: fc.oneof(
    fc.constant<Distribution>({ kind: 'deterministic', value: 1 }),
    fc.constant<Distribution>({ kind: 'uniform', min: 0.5, max: 3 }),
  ),
  valueOfTime: fc.constantFrom(0, 50, 500),
});

const interventionSpec = fc.record({
  kind: fc.constantFrom(
    'throttle-node',
    'scale-frequency',
    'scale-capacity',
    'demand-shock',
    'drop-service',
    'throttle-link',
  ),
  fromDay: fc.nat(60),
  days: fc.integer({ min: 1, max: 60 }),
  factor: fc.constantFrom(0, 0.5, 2),
  target: fc.nat(10),
});

export const scenarioParams = fc.record({
  nodes: fc.integer({ min: 2, max: 5 }),
  processes: fc.array(fc.tuple(fc.nat(4), processSpec), { maxLength: 4 }),
  services: fc.array(serviceSpec, { minLength: 1, maxLength: 4 }),
  demands: fc.array(demandSpec, { minLength: 1, maxLength: 4 }),
  docHours: hours(12),
  inspectionProbability: fc.constantFrom(0, 0.3),
  singleDocumentShare: fc.constantFrom(0, 0.5, 1),
  durationDays: fc.integer({ min: 14, max: 120 }),
  warmupDays: fc.constantFrom(0, 0, 7, 10),
  interventions: fc.array(interventionSpec, { maxLength: 2 }),
  seed: fc.nat(1000),
});

export type ScenarioParams = typeof scenarioParams extends fc.Arbitrary<infer T> ? T : never;

/** A builder for the scenario these parameters describe (always valid under the schema). */
export function buildRandomScenario(p: ScenarioParams): ScenarioBuilder {
  const b = new ScenarioBuilder({
    startDate: START_DATE,
    durationDays: p.durationDays,
    warmupDays: Math.min(p.warmupDays, p.durationDays - 7),
    seed: p.seed,
  });
  const name = (i: number): string => `n${i % p.nodes}`;
  for (let i = 0; i < p.nodes; i++) {
    const processes = p.processes
      .filter(([node]) => node % p.nodes === i)
      .map(([, spec], k) => ({
        id: `p${k}`,
        kind: spec.kind,
        servers: spec.servers,
        unit:
          spec.kind === 'gauge-change' ? 'vehicle' : spec.kind === 'documents' ? 'consignment' : spec.unit,
        serviceHours: spec.serviceHours,
        ...(spec.kind === 'customs'
          ? {
              inspectionProbability: spec.inspectionProbability,
              inspectionHours: { kind: 'exponential', mean: 5 },
            }
          : {}),
      }));
    b.node(name(i), {
      gaugeMm: i % 2 === 0 ? 1435 : 1520,
      country: i === p.nodes - 1 ? 'KZ' : 'CN',
      processes,
    });
  }
  for (let i = 0; i + 1 < p.nodes; i++)
    for (const mode of MODES) b.link(name(i), name(i + 1), mode, { km: 500 + 100 * i });
  p.services.forEach((s, k) => {
    const first = Math.min(s.start, p.nodes - 2);
    const last = Math.min(first + s.stops - 1, p.nodes - 1);
    const stops = Array.from({ length: last - first + 1 }, (_, i) => name(first + i));
    if (s.backward) stops.reverse();
    b.service(`s${k}`, stops, {
      mode: s.mode,
      legHours: stops.slice(1).map(() => s.legHours),
      perWeek: s.halfDeparturesPerWeek / 2,
      capacityTeu: s.capacity,
      capacityTonnes: s.capacity * 10,
      cutoffHours: s.cutoffHours,
      returnShare: s.returnShare,
    });
  });
  p.demands.forEach((d, k) => {
    b.demand(`d${k}`, name(d.origin), name(d.destination), {
      perWeek: d.perWeek,
      unit: d.tonnes ? 'tonnes' : 'teu',
      consignmentSize: d.size,
      valueOfTimeUsdPerDay: d.valueOfTime,
    });
  });
  const step = { hours: p.docHours, feeUsd: 50 };
  b.documents({
    multi: {
      billOfLading: step,
      transitDeclaration: step,
      inspectionProbability: p.inspectionProbability,
      inspection: step,
    },
    single: {
      declarationAtOrigin: step,
      sealedTransfer: { hours: { kind: 'deterministic', value: 1 }, feeUsd: 10 },
    },
  });
  b.corridor('main', { singleDocumentShare: p.singleDocumentShare, growthPerYear: 0.1 });
  for (const iv of p.interventions) {
    const intervention = toIntervention(iv, p);
    if (intervention !== undefined) b.intervention(intervention);
  }
  return b;
}

function toIntervention(
  iv: ScenarioParams['interventions'][number],
  p: ScenarioParams,
): Intervention | undefined {
  // Dates counted from the builder's start date.
  const day = (d: number): string => isoDateOfDays(parseIsoDate(START_DATE) + d);
  const from = day(iv.fromDay);
  const to = day(iv.fromDay + iv.days);
  const service = `s${iv.target % p.services.length}`;
  switch (iv.kind) {
    case 'throttle-node':
      return { kind: iv.kind, from, to, node: `n${iv.target % p.nodes}`, factor: iv.factor };
    case 'scale-frequency':
    case 'scale-capacity':
      return { kind: iv.kind, from, to, service, factor: iv.factor };
    case 'drop-service':
      return { kind: iv.kind, from, to, service };
    case 'demand-shock':
      return { kind: iv.kind, from, to, factor: iv.factor };
    case 'throttle-link': {
      const i = iv.target % (p.nodes - 1);
      const mode = MODES[iv.target % MODE_COUNT] as Mode;
      return { kind: iv.kind, from, to, link: `n${i}-n${i + 1}-${mode}`, factor: iv.factor };
    }
    default:
      return undefined;
  }
}

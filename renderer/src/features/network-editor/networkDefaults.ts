// Sensible starting values for what the planner adds from the map: a node's processes by kind,
// a service's vehicle, capacity and speed by mode. All are estimates (confidence C) and say so in
// their provenance; the planner replaces them with the operator's figures.
import type { Scenario } from '../../../../sim-core/src/api/types.ts';

type NodeInput = Scenario['nodes'][number];
export type NodeKind = NodeInput['kind'];
export type NodeProcess = NodeInput['processes'][number];
export type Mode = Scenario['services'][number]['mode'];
export type Vehicle = Scenario['services'][number]['vehicle'];

export { NODE_KINDS } from '../../../../sim-core/src/vocabulary/nodeKinds.ts';
export { MODES } from '../../../../sim-core/src/vocabulary/modes.ts';

export const VEHICLE_OF_MODE: Record<Mode, Vehicle> = {
  sea: 'vessel',
  rail: 'train',
  air: 'aircraft',
  road: 'truck',
};

/** The year the editor's defaults were set, for their provenance. */
const DEFAULTS_YEAR = 2025;

export function editorEstimate(note: string): NonNullable<NodeInput['provenance']> {
  return {
    source: 'network editor default',
    year: DEFAULTS_YEAR,
    confidence: 'C',
    note: `estimate: ${note}`,
  };
}

const tri = (min: number, mode: number, max: number) => ({ kind: 'triangular' as const, min, mode, max });

function customs(unit: 'vehicle' | 'consignment'): NodeProcess {
  return {
    id: 'customs',
    kind: 'customs',
    servers: unit === 'vehicle' ? 2 : 20,
    unit,
    serviceHours: unit === 'vehicle' ? tri(0.25, 0.5, 1.5) : tri(0.5, 1, 4),
    inspectionProbability: 0.05,
    inspectionHours: tri(2, 4, 12),
    provenance: editorEstimate('customs clearance, 5 % inspected; replace with the office figures'),
  };
}

/**
 * Customs bonded: goods enter the warehouse under customs control and are cleared as they leave,
 * so the check is short and few are inspected (risk-profiled e-commerce parcels).
 */
function bondedCustoms(): NodeProcess {
  return {
    id: 'bonded-customs',
    kind: 'customs',
    servers: 10,
    unit: 'consignment',
    serviceHours: tri(0.5, 2, 6),
    inspectionProbability: 0.02,
    inspectionHours: tri(2, 6, 24),
    provenance: editorEstimate(
      'customs bonded: cleared on release from the warehouse, 2 % inspected; replace with the office figures',
    ),
  };
}

/**
 * Default processes for a new node of `kind` (handling, customs); a city has none. An overseas
 * warehouse holds cargo to consolidate it (days, not hours) and clears it bonded on release.
 */
export function defaultProcesses(kind: NodeKind): NodeProcess[] {
  const handling = (
    id: string,
    processKind: NodeProcess['kind'],
    servers: number,
    unit: 'vehicle' | 'consignment',
    hours: [number, number, number],
    note: string,
  ): NodeProcess => ({
    id,
    kind: processKind,
    servers,
    unit,
    serviceHours: tri(...hours),
    provenance: editorEstimate(note),
  });
  switch (kind) {
    case 'seaport':
      return [
        handling('quay-handling', 'port-handling', 100, 'consignment', [4, 12, 36], 'quay and yard dwell'),
        customs('consignment'),
      ];
    case 'airport':
      return [
        handling('air-handling', 'air-handling', 20, 'consignment', [1, 3, 8], 'cargo terminal handling'),
        customs('consignment'),
      ];
    case 'rail-terminal':
      return [
        handling('rail-loading', 'rail-loading', 2, 'vehicle', [2, 4, 8], 'loading one train'),
        customs('consignment'),
      ];
    case 'border-crossing':
      return [customs('vehicle')];
    case 'inland-depot':
      return [
        handling(
          'depot-handling',
          'rail-loading',
          20,
          'consignment',
          [6, 24, 72],
          'depot dwell, consolidation and pick-up',
        ),
      ];
    case 'overseas-warehouse':
      return [
        handling(
          'warehouse-consolidation',
          'port-handling',
          30,
          'consignment',
          [24, 72, 240],
          'consolidation and storage dwell: 1 to 10 days until the outbound load is made up',
        ),
        bondedCustoms(),
      ];
    case 'city':
      return [];
  }
}

/** Capacity per vehicle, commercial speed (km/h, stops included) and rate by mode: estimates. */
export const MODE_DEFAULTS: Record<
  Mode,
  { capacity: { teu: number } | { tonnes: number }; speedKmh: number; rateUsd: number; note: string }
> = {
  sea: {
    capacity: { teu: 1800 },
    speedKmh: 28,
    rateUsd: 900,
    note: 'feeder/regional vessel at about 15 knots',
  },
  rail: {
    capacity: { teu: 100 },
    speedKmh: 45,
    rateUsd: 3000,
    note: '50 wagons of 2 TEU, corridor average speed',
  },
  air: { capacity: { tonnes: 100 }, speedKmh: 750, rateUsd: 3000, note: 'main-deck freighter, block speed' },
  road: { capacity: { teu: 2 }, speedKmh: 55, rateUsd: 600, note: 'one truck of 2 TEU' },
};

/** A leg's travel time: triangular around distance / speed, longer delays more likely than early arrival. */
export function legHoursFor(distanceKm: number, speedKmh: number) {
  const hours = Math.max(0.5, distanceKm / speedKmh);
  const round = (value: number) => Math.round(value * 10) / 10;
  return tri(round(hours * 0.95), round(hours), round(hours * 1.25));
}

/** A kebab-case id from a name, unique among `taken`. */
export function uniqueId(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'new';
  let id = /^[a-z0-9]/.test(base) ? base : `n-${base}`;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return id;
}

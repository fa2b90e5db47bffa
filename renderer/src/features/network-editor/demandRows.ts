// The demand table's rows: origin–destination flows read from the scenario JSON, sorted and
// filtered as the planner asks; and the edits (add, copy, delete) as pure functions.
import { getAt } from '../../state/scenarioPath.ts';
import { uniqueId } from './networkDefaults.ts';
import { ids, records } from './networkEdits.ts';

export const DEMAND_COLUMNS = [
  'id',
  'origin',
  'destination',
  'commodity',
  'unit',
  'annualVolume',
  'valuePerUnitUsd',
  'growth',
  'corridor',
  'size',
] as const;
export type DemandColumn = (typeof DEMAND_COLUMNS)[number];

export interface DemandRow {
  /** Index in scenario.demand. */
  index: number;
  cells: Record<DemandColumn, string | number>;
}

/** A consignment-size distribution in a few characters ("2", "1–4 (empirical)"). */
export function sizeText(size: unknown): string {
  const kind = getAt(size, ['kind']);
  if (kind === 'deterministic') return String(getAt(size, ['value']));
  const values = getAt(size, ['values']);
  if (Array.isArray(values) && values.length > 0)
    return `${Math.min(...values)}–${Math.max(...values)} (${String(kind)})`;
  return typeof kind === 'string' ? kind : '1';
}

export function demandRows(scenario: unknown): DemandRow[] {
  const growth = new Map(records(scenario, 'corridors').map((c) => [c['id'], c['growthPerYear']]));
  return records(scenario, 'demand').map((item, index) => ({
    index,
    cells: {
      id: String(item['id'] ?? ''),
      origin: String(item['origin'] ?? ''),
      destination: String(item['destination'] ?? ''),
      commodity: String(item['commodity'] ?? ''),
      unit: String(item['unit'] ?? ''),
      annualVolume: typeof item['annualVolume'] === 'number' ? item['annualVolume'] : NaN,
      valuePerUnitUsd: typeof item['valuePerUnitUsd'] === 'number' ? item['valuePerUnitUsd'] : NaN,
      growth: typeof growth.get(item['corridor']) === 'number' ? (growth.get(item['corridor']) as number) : 0,
      corridor: String(item['corridor'] ?? ''),
      size: sizeText(item['consignmentSize']),
    },
  }));
}

/** Rows containing `filter` in any text cell, sorted by `column` (numbers numerically). */
export function shownDemandRows(
  rows: readonly DemandRow[],
  filter: string,
  column: DemandColumn,
  descending: boolean,
): DemandRow[] {
  const q = filter.trim().toLowerCase();
  const kept = q
    ? rows.filter((row) =>
        Object.values(row.cells).some((cell) => typeof cell === 'string' && cell.toLowerCase().includes(q)),
      )
    : [...rows];
  const sign = descending ? -1 : 1;
  return kept.sort((a, b) => {
    const x = a.cells[column];
    const y = b.cells[column];
    if (typeof x === 'number' && typeof y === 'number') return sign * (x - y);
    return sign * String(x).localeCompare(String(y));
  });
}

type Json = Record<string, unknown>;

/** Copies flow `index` under a new id, right after it. */
export function copyDemand(scenario: unknown, index: number): Json {
  const list = records(scenario, 'demand');
  const source = list[index];
  if (!source) return scenario as Json;
  const copy = { ...source, id: uniqueId(`${String(source['id'])}-copy`, ids(scenario, 'demand')) };
  return { ...(scenario as Json), demand: [...list.slice(0, index + 1), copy, ...list.slice(index + 1)] };
}

export function deleteDemand(scenario: unknown, index: number): Json {
  return { ...(scenario as Json), demand: records(scenario, 'demand').filter((_, i) => i !== index) };
}

/** A new flow between the first two nodes, on the first corridor: a valid start to edit. */
export function newDemand(scenario: unknown): Json {
  const nodes = records(scenario, 'nodes');
  const corridor = records(scenario, 'corridors')[0]?.['id'] ?? '';
  const flow = {
    id: uniqueId('new-flow', ids(scenario, 'demand')),
    origin: nodes[0]?.['id'] ?? '',
    destination: nodes[1]?.['id'] ?? '',
    commodity: 'general-cargo',
    unit: 'teu',
    annualVolume: 100,
    valuePerUnitUsd: 30000,
    direction: 'export',
    corridor,
    consignmentSize: { kind: 'deterministic', value: 1 },
    provenance: {
      source: 'network editor default',
      year: 2025,
      confidence: 'C',
      note: 'estimate: entered in the demand table',
    },
  };
  return { ...(scenario as Json), demand: [...records(scenario, 'demand'), flow] };
}

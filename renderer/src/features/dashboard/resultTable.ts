// The rows of the node and link table: totals over the run's weeks, from the mean over
// replications (RunResult.bands). Shared by the table on screen and its CSV export.
import type { RunResult, Scenario } from '../../../../sim-core/src/api/types.ts';
import type { Language } from '../../state/useSettingsStore.ts';
import { columnMean, columnSum } from './matrixColumns.ts';
import { DWELL_PARTS } from './transitHistogram.ts';

export interface TableRow {
  type: 'node' | 'link';
  id: string;
  name: string;
  /** Node kind or link mode. */
  category: string;
  teu: number;
  /** Vehicles over the run (links only). */
  vehicles: number | undefined;
  /** Mean utilisation of the busiest process, 0..1 (nodes only). */
  utilisation: number | undefined;
  /** Mean dwell, hours, all causes (nodes only). */
  dwellHours: number | undefined;
  /** TEU and vehicles passing through on vehicles calling at the node (nodes only). */
  passThroughTeu: number | undefined;
  passThroughVehicles: number | undefined;
}

export type TableColumn = Exclude<keyof TableRow, 'type'> | 'type';
export const TABLE_COLUMNS: readonly TableColumn[] = [
  'type',
  'name',
  'category',
  'teu',
  'vehicles',
  'utilisation',
  'dwellHours',
  'passThroughTeu',
  'passThroughVehicles',
];

function nodeRows(result: RunResult, scenario: Scenario, language: Language): TableRow[] {
  const nodes = result.bands.nodes;
  const ids = result.replications[0]?.nodeIds ?? [];
  const byId = new Map(scenario.nodes.map((node) => [node.id, node]));
  return ids.map((id, index) => {
    const node = byId.get(id);
    const dwell = DWELL_PARTS.reduce((sum, metric) => sum + (columnMean(nodes[metric].mean, index) || 0), 0);
    return {
      type: 'node',
      id,
      name: node?.name[language] ?? id,
      category: node?.kind ?? '',
      teu: columnSum(nodes.teu.mean, index),
      vehicles: undefined,
      utilisation: columnMean(nodes.utilisation.mean, index),
      dwellHours: dwell,
      passThroughTeu: columnSum(nodes.passThroughTeu.mean, index),
      passThroughVehicles: columnSum(nodes.passThroughVehicles.mean, index),
    };
  });
}

function linkRows(result: RunResult, scenario: Scenario, language: Language): TableRow[] {
  const links = result.bands.links;
  const ids = result.replications[0]?.linkIds ?? [];
  const linkById = new Map(scenario.links.map((link) => [link.id, link]));
  const nodeName = new Map(scenario.nodes.map((node) => [node.id, node.name[language]]));
  return ids.map((id, index) => {
    const link = linkById.get(id);
    const name = link ? `${nodeName.get(link.from) ?? link.from} – ${nodeName.get(link.to) ?? link.to}` : id;
    return {
      type: 'link',
      id,
      name,
      category: link?.mode ?? '',
      teu: columnSum(links.teu.mean, index),
      vehicles: columnSum(links.vehicles.mean, index),
      utilisation: undefined,
      dwellHours: undefined,
      passThroughTeu: undefined,
      passThroughVehicles: undefined,
    };
  });
}

/** Every node and link with its totals, in scenario order. */
export function resultTableRows(result: RunResult, scenario: Scenario, language: Language): TableRow[] {
  return [...nodeRows(result, scenario, language), ...linkRows(result, scenario, language)];
}

/** Rows sorted by a column (missing values last), stable. */
export function sortRows(rows: readonly TableRow[], column: TableColumn, descending: boolean): TableRow[] {
  const direction = descending ? -1 : 1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((x, y) => {
      const a = x.row[column];
      const b = y.row[column];
      const aMissing = a === undefined || (typeof a === 'number' && Number.isNaN(a));
      const bMissing = b === undefined || (typeof b === 'number' && Number.isNaN(b));
      if (aMissing || bMissing) return aMissing === bMissing ? x.index - y.index : aMissing ? 1 : -1;
      const order =
        typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));
      return order !== 0 ? order * direction : x.index - y.index;
    })
    .map(({ row }) => row);
}

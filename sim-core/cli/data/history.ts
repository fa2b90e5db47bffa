/**
 * Yearly train counts at the Jiaozhou hub (arrivals + departures, 到发) behind the multi-year
 * scenarios, read from assets/data/hub-trains.json. Published figures cite their source; the
 * rest are estimates (C) interpolated from the partial-year figures of the sources trains2020 to
 * trains2025 (assets/sources/sources.json).
 */
import { z } from 'zod';
import type { Provenance } from '../../src/scenario/schema.ts';
import { failAt, loadData, provenanceOf, RecordProvenance, rowMeta, tableOf } from './tables.ts';

export interface YearTrains {
  trains: number;
  provenance: Provenance;
}

const FILE = 'hub-trains.json';
const YearRow = z.strictObject({
  year: z.number().int().min(1900).max(2100),
  trains: z.number().int().nonnegative(),
  provenance: RecordProvenance,
  ...rowMeta,
});

export const HUB_TRAINS_BY_YEAR: Record<number, YearTrains> = {};
/** The schema of assets/data/hub-trains.json. */
export const HubTrainsFile = tableOf(YearRow);
loadData(FILE, HubTrainsFile).rows.forEach((row, i) => {
  if (HUB_TRAINS_BY_YEAR[row.year] !== undefined)
    failAt(FILE, ['rows', i, 'year'], `expected each year once, ${row.year} is repeated`);
  HUB_TRAINS_BY_YEAR[row.year] = { trains: row.trains, provenance: provenanceOf(row.provenance) };
});

export function hubTrains(year: number): number {
  const y = HUB_TRAINS_BY_YEAR[year];
  if (y === undefined) throw new Error(`no hub train count for ${year} in assets/data/${FILE}`);
  return y.trains;
}

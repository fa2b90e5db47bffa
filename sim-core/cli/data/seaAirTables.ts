/**
 * Qingdao Port's trunk sailings and Jiaodong's cargo flights as of 2025, read from
 * assets/data/sea-services.json and air-services.json with their sources. Capacities are what the
 * modelled corridor subset can use of each sailing or flight (C).
 */
import { z } from 'zod';
import type { Provenance } from '../../src/scenario/schema.ts';
import { Id, loadData, Names, provenanceOf, RecordProvenance, rowMeta, tableOf } from './tables.ts';

export interface SeaSpec {
  id: string;
  corridor: string;
  stops: string[];
  perWeek: number;
  /** TEU a sailing available to the corridor subset modelled (not the whole ship). */
  capacityTeu: number;
  ratePerTeuUsd: number;
  since?: string | undefined;
  name: [string, string, string];
  provenance: Provenance;
}

const SeaRow = z.strictObject({
  id: Id,
  corridor: Id,
  stops: z.array(Id).min(2),
  perWeek: z.number().positive(),
  capacityTeu: z.number().positive(),
  ratePerTeuUsd: z.number().nonnegative(),
  since: z.iso.date().optional(),
  name: Names,
  provenance: RecordProvenance,
  ...rowMeta,
});

/** The schema of assets/data/sea-services.json. */
export const SeaServicesFile = tableOf(SeaRow);

export const SEA: SeaSpec[] = loadData('sea-services.json', SeaServicesFile).rows.map(
  ({ cells: _cells, provenance, name, ...row }) => ({
    ...row,
    name: [name.en, name.zh, name.ru],
    provenance: provenanceOf(provenance),
  }),
);

export interface AirSpec {
  id: string;
  corridor: string;
  to: string;
  perWeek: number;
  tonnes: number;
  ratePerTonneUsd: number;
  belly: boolean;
  since?: string | undefined;
  provenance: Provenance;
}

const AirRow = z.strictObject({
  id: Id,
  corridor: Id,
  to: Id,
  perWeek: z.number().positive(),
  tonnes: z.number().positive(),
  ratePerTonneUsd: z.number().nonnegative(),
  belly: z.boolean(),
  since: z.iso.date().optional(),
  provenance: RecordProvenance,
  ...rowMeta,
});

/** The schema of assets/data/air-services.json. */
export const AirServicesFile = tableOf(AirRow);

export const AIR: AirSpec[] = loadData('air-services.json', AirServicesFile).rows.map(
  ({ cells: _cells, provenance, ...row }) => ({ ...row, provenance: provenanceOf(provenance) }),
);

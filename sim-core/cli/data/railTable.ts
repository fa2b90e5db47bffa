/**
 * The train services, 2025, read from assets/data/rail-services.json. Each origin-destination pair
 * has one main train (the engine sends cargo to the cheapest itinerary and spills to others only
 * when two train-loads already wait), so every train's load is the demand of its own destination:
 * Almaty via Alashankou; Bishkek via Khorgos; Moscow (Selyatino) via Manzhouli; Moscow region
 * (Vorsino) via Tongjiang from 2024; Europe via Kazakhstan and Vorsino, or via Manzhouli for Minsk;
 * Ulaanbaatar via Erenhot. Frequencies are estimates (C) scaled so that the hub sees 1,225 trains
 * in 2025 (scenarioBuilder.ts); the Land-Sea Express's 2.5 a week is reasoned in its row's note.
 */
import { z } from 'zod';
import type { Provenance } from '../../src/scenario/schema.ts';
import { Id, loadData, provenanceOf, RecordProvenance, rowMeta, tableOf } from './tables.ts';

export interface RailSpec {
  id: string;
  corridor: string;
  stops: string[];
  /** Departures a week from the first stop in 2025, before scaling to the year's train count. */
  perWeek: number;
  /** Share of runs that come back (return trains; 40 % of all trains in 2024). */
  returnShare: number;
  /** Fixed weekdays (1 = Monday) instead of an even spread. */
  weekdays?: number[] | undefined;
  /** How the outbound load splits over destinations (the demand's origin is the first stop). */
  outbound: Record<string, number>;
  /** How the return load splits over the origins it picks up at. */
  inbound: Record<string, number>;
  ratePerTeuUsd: number;
  /** First date it runs (absent: before 2018). */
  since?: string | undefined;
  brand: 'sco' | 'europe' | 'land-sea' | 'vladivostok' | 'background';
  scheduled: boolean;
  /** Extra trains on demand: when a train-load waits, at most this many a week (Service.adHoc). */
  adHocPerWeek?: number | undefined;
  provenance: Provenance;
}

const shares = z.record(Id, z.number().min(0).max(1));
const RailRow = z.strictObject({
  id: Id,
  corridor: Id,
  stops: z.array(Id).min(2),
  perWeek: z.number().positive(),
  returnShare: z.number().min(0).max(1),
  weekdays: z.array(z.number().int().min(1).max(7)).min(1).optional(),
  outbound: shares,
  inbound: shares,
  ratePerTeuUsd: z.number().nonnegative(),
  since: z.iso.date().optional(),
  brand: z.enum(['sco', 'europe', 'land-sea', 'vladivostok', 'background']),
  scheduled: z.boolean(),
  adHocPerWeek: z.number().positive().optional(),
  provenance: RecordProvenance,
  ...rowMeta,
});

/** The schema of assets/data/rail-services.json. */
export const RailServicesFile = tableOf(RailRow);

export const RAIL: RailSpec[] = loadData('rail-services.json', RailServicesFile).rows.map(
  ({ cells: _cells, provenance, ...row }) => ({ ...row, provenance: provenanceOf(provenance) }),
);

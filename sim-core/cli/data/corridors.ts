/**
 * Reporting corridors, read from assets/data/corridors.json, with the demand growth a year used
 * when a scenario runs several years (all C; the file's description gives the reasoning).
 */
import { z } from 'zod';
import type { Corridor } from '../../src/scenario/schema.ts';
import { Id, loadData, Names, rowMeta, tableOf } from './tables.ts';

const CorridorRow = z.strictObject({ id: Id, name: Names, growthPerYear: z.number().min(-1), ...rowMeta });
/** The schema of assets/data/corridors.json. */
export const CorridorsFile = tableOf(CorridorRow);
const ROWS = loadData('corridors.json', CorridorsFile).rows;

/** The corridors, each with its single-document share (default none). */
export function buildCorridors(singleDocument: Record<string, number> = {}): Corridor[] {
  return ROWS.map(({ id, name, growthPerYear }) => ({
    id,
    name: { en: name.en, zh: name.zh, ru: name.ru },
    singleDocumentShare: singleDocument[id] ?? 0,
    growthPerYear,
  }));
}

/**
 * Where the corridor figures come from. The sources table, assets/sources/sources.json, has one
 * row per source (publisher, date, address, what it says, confidence: A official or a state
 * outlet quoting an official, B trade press, C derived or estimated); every provenance the
 * builders write starts with its row's `[id]`. An estimate goes through `estimate()` and an
 * assumption through `assumption()`, so that each says what it is. The corridor tables in
 * assets/data/ cite rows by id, per record and per number (tables.ts).
 */
import { readFileSync } from 'node:fs';
import type { Provenance } from '../../src/scenario/schema.ts';

/** One row of assets/sources/sources.json. */
export interface SourceRow {
  id: string;
  publisher: string;
  date: string;
  /** The year the figures describe. */
  year: number;
  url: string | null;
  urlKind: 'page' | 'site' | 'none';
  topic: string;
  says: string;
  confidence: 'A' | 'B' | 'C';
}

const SOURCES_FILE = new URL('../../../assets/sources/sources.json', import.meta.url);

/** The sources table, in file order. */
export const SOURCES: readonly SourceRow[] = (
  JSON.parse(readFileSync(SOURCES_FILE, 'utf8')) as { sources: SourceRow[] }
).sources;

const byId = new Map(SOURCES.map((row) => [row.id, row]));

/** The id a provenance cites: the `[id]` its source starts with. */
export function sourceIdOf(provenance: Pick<Provenance, 'source'>): string | undefined {
  return /^\[([A-Za-z0-9-]+)\] /.exec(provenance.source)?.[1];
}

function row(id: string): SourceRow {
  const found = byId.get(id);
  if (!found) throw new Error(`sources.ts: no source "${id}" in assets/sources/sources.json`);
  return found;
}

/** The provenance of a figure taken from source `id`: its citation, year, confidence and what it says. */
export function cite(id: string): Provenance {
  const source = row(id);
  const p: Provenance = {
    source: `[${id}] ${source.publisher}`,
    year: source.year,
    confidence: source.confidence,
  };
  if (source.says !== '') p.note = source.says;
  return p;
}

/**
 * A figure the sources do not give: confidence C and a note that starts with "estimate:".
 * `sourceId` names how it was derived (by default the project's own estimate).
 */
export function estimate(year: number, reasoning: string, sourceId = 'projectEstimate'): Provenance {
  return {
    source: `[${sourceId}] ${row(sourceId).publisher}`,
    year,
    confidence: 'C',
    note: `estimate: ${reasoning}`,
  };
}

/** An assumption the model needs and no source gives. */
export function assumption(year: number, reasoning: string): Provenance {
  return {
    source: `[modellingAssumption] ${row('modellingAssumption').publisher}`,
    year,
    confidence: 'C',
    note: `assumption: ${reasoning}`,
  };
}

/** The same provenance with a note added (keeps the source and tag). */
export function withNote(p: Provenance, note: string): Provenance {
  return { ...p, note: p.note === undefined ? note : `${p.note}; ${note}` };
}

function citeAll<const Id extends string>(ids: readonly Id[]): Record<Id, Provenance> {
  return Object.fromEntries(ids.map((id) => [id, cite(id)])) as Record<Id, Provenance>;
}

/** Sources the builder's TS cites by name, as provenances (each id is a row of the sources table). */
export const SRC = citeAll([
  'coordinates',
  'jiaoDongOpened',
  'airport2023',
  'airport2024',
  'airportClearance',
  'almatyFlight',
  'osakaFlight',
  'tokyoFlight',
  'japanAir2025',
  'incheonFlight',
  'liegeFlight',
  'intercontinentalAir',
  'airTransshipment',
  'japanKoreaDaily',
  'busanShuttle',
  'incheonFerry',
  'vladivostok',
  'mscClan',
  'sinotransIndia',
  'nlcPakistan',
  'gulfService',
  'seaDaysEstimate',
  'trains2025',
  'trains2022',
  'trains2024',
  'trains2023',
  'trains2020',
  'trains2025Aug',
  'trainSize',
  'almatyDays',
  'bishkekDays',
  'dushanbeDays',
  'moscowDays',
  'tongjiang',
  'budapestDays',
  'erenhot',
  'minskProxy',
  'duisburgProxy',
  'crossings',
  'gaugeAlashankou',
  'alashankouDepot',
  'dostyk',
  'customsAlashankou',
  'customsQingdao',
  'scheduledTrains',
  'borderVolumes',
  'landSea',
  'landSeaTrains',
  'yantai',
  'lianyungang',
  'qingdaoSingleDoc',
  'targets',
  'scoTradeGrowth',
  'portGrowth',
  'jiaozhouLoading',
  'glecDefaults',
]);

/**
 * The planner's workbook: one sheet per part of the scenario a planner edits in a spreadsheet
 * (nodes, links, services, demand, interventions). Each column names its unit in the header and
 * says where its value lives in the scenario JSON, so the same table drives the export, the
 * import and the mapping of a validation message back to its cell.
 *
 * Nested values a spreadsheet has no type for (a distribution, a list of processes, a polyline)
 * sit in one cell as JSON; lists of ids as "a; b; c".
 */

/** One cell as a spreadsheet holds it; blank is null. */
export type WorkbookCell = string | number | boolean | null;

/** A sheet: the header row, then one row per entity. */
export interface WorkbookSheet {
  header: string[];
  rows: WorkbookCell[][];
}

/** Sheet name -> sheet, in {@link SHEET_NAMES} order. */
export type WorkbookTables = Record<string, WorkbookSheet>;

/**
 * How a cell is read: `text` (a number is read as its digits), `number`, `integer`, `boolean`
 * (TRUE/FALSE, yes/no, 1/0), `date` (YYYY-MM-DD), `list` (ids separated by ";"), `integers`
 * (whole numbers separated by "," or ";"), `json` (any JSON value).
 */
export type ColumnKind = 'text' | 'number' | 'integer' | 'boolean' | 'date' | 'list' | 'integers' | 'json';

export interface WorkbookColumn {
  /** The header as written, with its unit. */
  header: string;
  /** Where the value lives inside the entity (object keys). */
  path: readonly string[];
  kind: ColumnKind;
}

export type SheetName = 'Nodes' | 'Links' | 'Services' | 'Demand' | 'Interventions';

export const SHEET_NAMES: readonly SheetName[] = ['Nodes', 'Links', 'Services', 'Demand', 'Interventions'];

/** The scenario array each sheet stands for. */
export const SHEET_ARRAY: Record<SheetName, string> = {
  Nodes: 'nodes',
  Links: 'links',
  Services: 'services',
  Demand: 'demand',
  Interventions: 'interventions',
};

const col = (header: string, path: string, kind: ColumnKind): WorkbookColumn => ({
  header,
  path: path.split('.'),
  kind,
});

/** Every entity's provenance, the "sources" columns. */
const SOURCE_COLUMNS: WorkbookColumn[] = [
  col('source', 'provenance.source', 'text'),
  col('source year', 'provenance.year', 'integer'),
  col('confidence (A official, B press, C estimate)', 'provenance.confidence', 'text'),
  col('source note', 'provenance.note', 'text'),
];

const NAME_COLUMNS: WorkbookColumn[] = [
  col('name (en)', 'name.en', 'text'),
  col('name (zh)', 'name.zh', 'text'),
  col('name (ru)', 'name.ru', 'text'),
];

export const SHEET_COLUMNS: Record<SheetName, readonly WorkbookColumn[]> = {
  Nodes: [
    col('id', 'id', 'text'),
    col('kind', 'kind', 'text'),
    ...NAME_COLUMNS,
    col('lon (° E, WGS84)', 'lon', 'number'),
    col('lat (° N, WGS84)', 'lat', 'number'),
    col('country (ISO 3166 alpha-2)', 'country', 'text'),
    col('rail gauge (mm)', 'gaugeMm', 'integer'),
    col('processes (JSON; service hours in h)', 'processes', 'json'),
    ...SOURCE_COLUMNS,
  ],
  Links: [
    col('id', 'id', 'text'),
    col('from (node id)', 'from', 'text'),
    col('to (node id)', 'to', 'text'),
    col('mode', 'mode', 'text'),
    col('distance (km)', 'distanceKm', 'number'),
    col('capacity (vehicles/week; blank = unlimited)', 'capacityVehiclesPerWeek', 'number'),
    col('geometry (JSON [lon, lat] pairs)', 'geometry', 'json'),
    ...SOURCE_COLUMNS,
  ],
  Services: [
    col('id', 'id', 'text'),
    ...NAME_COLUMNS,
    col('mode', 'mode', 'text'),
    col('vehicle', 'vehicle', 'text'),
    col('stops (node ids in order, "; ")', 'stops', 'list'),
    col('leg hours (h; JSON list of distributions)', 'legHours', 'json'),
    col('departures (per week)', 'timetable.departuresPerWeek', 'number'),
    col('first departure (h into the week)', 'timetable.firstDepartureHour', 'number'),
    col('weekdays (1 = Monday; "1, 4")', 'timetable.weekdays', 'integers'),
    col('hour of day (h)', 'timetable.hourOfDay', 'number'),
    col('capacity (TEU per vehicle)', 'capacity.teu', 'number'),
    col('capacity (tonnes per vehicle)', 'capacity.tonnes', 'number'),
    col('cut-off (h before departure)', 'cutoffHours', 'number'),
    col('rate (USD per TEU or tonne)', 'ratePerUnitUsd', 'number'),
    col('scheduled (TRUE/FALSE)', 'scheduled', 'boolean'),
    col('ad hoc departures (JSON: maxPerWeek, minLoadShare)', 'adHoc', 'json'),
    col('return share (0-1)', 'returnShare', 'number'),
    col('corridor (id)', 'corridor', 'text'),
    ...SOURCE_COLUMNS,
  ],
  Demand: [
    col('id', 'id', 'text'),
    col('origin (node id)', 'origin', 'text'),
    col('destination (node id)', 'destination', 'text'),
    col('commodity', 'commodity', 'text'),
    col('unit (teu or tonnes)', 'unit', 'text'),
    col('annual volume (unit/year)', 'annualVolume', 'number'),
    col('value (USD/unit)', 'valuePerUnitUsd', 'number'),
    col('value of time (USD/unit/day)', 'valueOfTimeUsdPerDay', 'number'),
    col('direction (import, export, transit)', 'direction', 'text'),
    col('corridor (id)', 'corridor', 'text'),
    col('seasonality (JSON, 12 monthly weights)', 'seasonality', 'json'),
    col('consignment size (unit; JSON distribution)', 'consignmentSize', 'json'),
    ...SOURCE_COLUMNS,
  ],
  Interventions: [
    col('kind', 'kind', 'text'),
    col('from (date)', 'from', 'date'),
    col('until (date; blank = to the end)', 'to', 'date'),
    col('service (id; add-service: its row on Services)', 'service', 'text'),
    col('node (id)', 'node', 'text'),
    col('link (id)', 'link', 'text'),
    col('corridor (id)', 'corridor', 'text'),
    col('factor (x)', 'factor', 'number'),
  ],
};

/** "A", "B", ..., "Z", "AA": the spreadsheet's letter for a 0-based column index. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** Headers compare without case, spacing or punctuation differences ("Distance (km)" = "distance(km)"). */
export function headerKey(header: string): string {
  return header.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The scenario format (version: SCHEMA_VERSION below): everything a run needs, as JSON. Validated with zod (strict
 * objects: an unknown key is an error, so a typo never silently drops a setting). Times are in
 * hours unless a name says days; volumes in TEU (containers) or tonnes (air cargo); money in USD.
 *
 * The JSON Schema for editors is generated from this file into assets/ (see scenario/jsonSchema.ts).
 */
import { z } from 'zod';
import { MODES, VEHICLE_KINDS } from '../vocabulary/modes.ts';
import { NODE_KINDS } from '../vocabulary/nodeKinds.ts';

/**
 * The current scenario format version. Older files are migrated forward (scenario/migrations.ts).
 * Version 2: document rules by mode and corridor (`documents.rules`).
 * Version 3: the `overseas-warehouse` node kind (version 2 drew warehouses as `inland-depot`).
 */
export const SCHEMA_VERSION = 3;

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a kebab-case id (a-z, 0-9, -)')
  .max(80);
const nonNegative = z.number().finite().nonnegative();
const positive = z.number().finite().positive();
const share = z.number().min(0).max(1);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

/**
 * Longest texts, in characters: a name is shown in lists and titles, a description in a panel, a
 * source or note beside a number. Far above any real one (the built-ins' longest: 82, 641, 174,
 * 389), they keep a hostile file from filling menus, titles and messages.
 */
export const MAX_TEXT_CHARS = { name: 200, description: 10_000, provenance: 2_000 } as const;

function localized(maxChars: number) {
  return z.strictObject({
    en: z.string().min(1).max(maxChars),
    zh: z.string().min(1).max(maxChars),
    ru: z.string().min(1).max(maxChars),
  });
}

/** A name in the app's three languages. */
export const LocalizedText = localized(MAX_TEXT_CHARS.name);
/** A longer text (a scenario's description) in the app's three languages. */
export const LocalizedDescription = localized(MAX_TEXT_CHARS.description);

/**
 * Where a number came from: a source (the built-in scenarios start it with the `[id]` of a row in
 * assets/sources/sources.json), its year and a confidence tag (A official, B trade press, C
 * derived or estimated). An estimate or an assumption says so in `note`.
 */
export const Provenance = z.strictObject({
  source: z.string().min(1).max(MAX_TEXT_CHARS.provenance),
  year: z.number().int().min(1900).max(2100),
  confidence: z.enum(['A', 'B', 'C']),
  note: z.string().max(MAX_TEXT_CHARS.provenance).optional(),
});

/** A random duration or size. Units come from the field that holds it. */
export const Distribution = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('deterministic'), value: nonNegative }),
  z.strictObject({ kind: z.literal('exponential'), mean: positive }),
  z.strictObject({ kind: z.literal('uniform'), min: nonNegative, max: nonNegative }),
  z.strictObject({ kind: z.literal('triangular'), min: nonNegative, mode: nonNegative, max: nonNegative }),
  /** Normal, truncated at zero. */
  z.strictObject({ kind: z.literal('normal'), mean: nonNegative, sd: nonNegative }),
  /** Lognormal given by its median and 90th percentile (p90 >= median). */
  z.strictObject({ kind: z.literal('lognormal'), median: positive, p90: positive }),
  /** Draws one of `values`, with `weights` (default equal). */
  z.strictObject({
    kind: z.literal('empirical'),
    values: z.array(nonNegative).min(1).max(10_000),
    weights: z.array(nonNegative).max(10_000).optional(),
  }),
]);

export const Mode = z.enum(MODES);
export const NodeKind = z.enum(NODE_KINDS);

/** What a node's process does; each kind counts as one cause of dwell (model/dwellCauses.ts). */
export const PROCESS_KINDS = [
  'port-handling',
  'rail-loading',
  'air-handling',
  'gauge-change',
  'customs',
  'documents',
] as const;
export type ProcessKind = (typeof PROCESS_KINDS)[number];

/**
 * A capacity-limited process at a node: `servers` identical servers with a FIFO queue. `unit`
 * says what one service handles: a whole vehicle (a train's gauge change) or one consignment.
 */
export const NodeProcess = z.strictObject({
  id,
  kind: z.enum(PROCESS_KINDS),
  servers: z.number().int().min(1).max(10_000),
  unit: z.enum(['vehicle', 'consignment']),
  /** Service time per unit, in hours. */
  serviceHours: Distribution,
  /** Customs: the chance that a unit is inspected, and how long inspection takes (hours). */
  inspectionProbability: share.optional(),
  inspectionHours: Distribution.optional(),
  /** Which modes' traffic passes this process (default: all). */
  modes: z.array(Mode).optional(),
  provenance: Provenance.optional(),
});

export const Node = z.strictObject({
  id,
  kind: NodeKind,
  name: LocalizedText,
  /** WGS84 degrees. */
  lon: z.number().min(-180).max(180),
  lat: z.number().min(-90).max(90),
  /** ISO 3166-1 alpha-2. */
  country: z.string().regex(/^[A-Z]{2}$/, 'expected an ISO country code such as "CN"'),
  /** Rail gauge in mm at a rail node; a border crossing between gauges changes gauge per train. */
  gaugeMm: z.union([z.literal(1435), z.literal(1520)]).optional(),
  processes: z.array(NodeProcess).max(50).default([]),
  provenance: Provenance.optional(),
});

export const Link = z.strictObject({
  id,
  from: id,
  to: id,
  mode: Mode,
  distanceKm: positive,
  /** The line drawn on the map, [lon, lat] pairs from `from` to `to`. */
  geometry: z
    .array(z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]))
    .min(2)
    .max(5_000),
  /** Vehicles a week the link can take (a border slot limit, say); absent means unlimited. */
  capacityVehiclesPerWeek: nonNegative.optional(),
  provenance: Provenance.optional(),
});

/** When a service departs: so many a week, evenly spread, or on fixed weekdays (1 = Monday). */
export const Timetable = z.union([
  z.strictObject({ departuresPerWeek: nonNegative, firstDepartureHour: nonNegative.max(167.99).default(0) }),
  z.strictObject({
    weekdays: z.array(z.number().int().min(1).max(7)).min(1).max(7),
    hourOfDay: nonNegative.max(23.99).default(0),
  }),
]);

/**
 * A timetabled service: a vessel loop, a flight, a train path or a truck run. It calls at `stops`
 * in order, travelling the links between them; each leg's travel time is `legHours[i]`.
 */
export const Service = z.strictObject({
  id,
  name: LocalizedText,
  mode: Mode,
  vehicle: z.enum(VEHICLE_KINDS),
  /** Node ids called at, in order (at least two). */
  stops: z.array(id).min(2).max(50),
  /** Travel time per leg (stops.length - 1 entries), in hours. */
  legHours: z.array(Distribution).min(1).max(49),
  timetable: Timetable,
  /** What one vehicle carries: TEU for sea, rail and road; tonnes for air. */
  capacity: z.union([z.strictObject({ teu: positive }), z.strictObject({ tonnes: positive })]),
  /** Cargo must be ready this long before departure, in hours. */
  cutoffHours: nonNegative.default(0),
  /** Freight rate charged per TEU (or per tonne for air), USD, for the whole service. */
  ratePerUnitUsd: nonNegative,
  /** Fixed-timetable train (faster border handling) or ad hoc. */
  scheduled: z.boolean().default(true),
  /**
   * Extra (ad hoc) departures on demand: when the cargo waiting at the route's stops for its
   * forward run reaches `minLoadShare` of a vehicle, an extra vehicle leaves the first stop, at
   * most `maxPerWeek` a sim week (2: only when more waits than the next departure can take).
   * Ad hoc vehicles handle at borders like unscheduled trains.
   */
  adHoc: z
    .strictObject({
      maxPerWeek: z.number().finite().positive().max(100),
      minLoadShare: z.number().positive().max(10).default(1),
      provenance: Provenance.optional(),
    })
    .optional(),
  /** Share of departures that also run back from the last stop to the first (return trains). */
  returnShare: share.default(0),
  /** Corridor this service belongs to (for reporting and single-document share). */
  corridor: id,
  provenance: Provenance.optional(),
});

export const Corridor = z.strictObject({
  id,
  name: LocalizedText,
  /** Share of consignments on this corridor that travel under a single multimodal document. */
  singleDocumentShare: share.default(0),
  /** Demand growth a year (0.1 = +10 %). */
  growthPerYear: z.number().min(-0.9).max(10).default(0),
});

/** Annual demand between an origin and a destination for one commodity. */
export const Demand = z.strictObject({
  id,
  origin: id,
  destination: id,
  commodity: z.string().min(1).max(80),
  unit: z.enum(['teu', 'tonnes']),
  /** Volume a year in the scenario's first year, in `unit`. */
  annualVolume: nonNegative,
  /** Trade value per unit, USD. */
  valuePerUnitUsd: nonNegative,
  /** Value of time per unit per day, USD (for routing by generalised cost). */
  valueOfTimeUsdPerDay: nonNegative.default(0),
  direction: z.enum(['import', 'export', 'transit']),
  corridor: id,
  /** Monthly weights (12 numbers, January first); they are normalised. Default flat. */
  seasonality: z.array(nonNegative).length(12).optional(),
  /** Size of one consignment in `unit`. Arrivals are Poisson with mean annualVolume / mean size. */
  consignmentSize: Distribution.default({ kind: 'deterministic', value: 1 }),
  provenance: Provenance.optional(),
});

/** One document step: how long it takes (hours) and what it costs (USD per consignment). */
export const DocumentStep = z.strictObject({
  hours: Distribution,
  feeUsd: nonNegative,
  provenance: Provenance.optional(),
});

export const MultiDocumentSteps = z.strictObject({
  billOfLading: DocumentStep,
  transitDeclaration: DocumentStep,
  inspectionProbability: share,
  inspection: DocumentStep,
});
export const SingleDocumentSteps = z.strictObject({
  declarationAtOrigin: DocumentStep,
  sealedTransfer: DocumentStep,
});

/**
 * A document rule: the steps for cargo departing on one of `modes` (all when absent) on one of
 * `corridors` (all when absent). Air cargo clears in hours, a sea-rail transit in days: each
 * mode and corridor can have its own paperwork.
 */
export const DocumentRule = z.strictObject({
  id,
  modes: z.array(Mode).min(1).max(4).optional(),
  corridors: z.array(id).min(1).max(500).optional(),
  multi: MultiDocumentSteps,
  single: SingleDocumentSteps,
  provenance: Provenance.optional(),
});

/**
 * Documents at the origin and at a change of mode. Multi-document: a new bill of lading, a
 * transit declaration and a chance of inspection. Single-document: one declaration at origin, a
 * sealed transfer at each change of mode, the next leg booked ahead. `multi` and `single` are the
 * default; the first of `rules` that matches the departing leg's mode and the consignment's
 * corridor replaces them.
 */
export const Documents = z.strictObject({
  multi: MultiDocumentSteps,
  single: SingleDocumentSteps,
  rules: z.array(DocumentRule).max(100),
});

const dateRange = { from: isoDate, to: isoDate.optional() };

/** A change on a date (or for a period): the planner's what-if levers. */
export const Intervention = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('add-service'), ...dateRange, service: Service }),
  z.strictObject({ kind: z.literal('drop-service'), ...dateRange, service: id }),
  z.strictObject({ kind: z.literal('scale-frequency'), ...dateRange, service: id, factor: nonNegative }),
  z.strictObject({ kind: z.literal('scale-capacity'), ...dateRange, service: id, factor: nonNegative }),
  /** A node's processes at `factor` of their capacity (0 closes it). */
  z.strictObject({ kind: z.literal('throttle-node'), ...dateRange, node: id, factor: nonNegative }),
  /** A link's vehicles a week at `factor` (0 closes it). */
  z.strictObject({ kind: z.literal('throttle-link'), ...dateRange, link: id, factor: nonNegative }),
  /** Demand on matching pairs multiplied by `factor` (all when no corridor is named). */
  z.strictObject({
    kind: z.literal('demand-shock'),
    ...dateRange,
    corridor: id.optional(),
    factor: nonNegative,
  }),
]);

/**
 * How the SCODA targets are measured. SCO member states as of 2024 (Belarus joined in July 2024),
 * without China itself: trade "with SCO countries" is Qingdao's foreign trade with them.
 */
export const KpiSettings = z.strictObject({
  /** The node whose train arrivals + departures (到发) count toward the trains-a-year target. */
  trainHubNode: id.optional(),
  scoCountries: z
    .array(z.string().regex(/^[A-Z]{2}$/, 'expected an ISO country code such as "KZ"'))
    .default(['IN', 'IR', 'KZ', 'KG', 'PK', 'RU', 'TJ', 'UZ', 'BY']),
  /** Qingdao's 2022 SCODA "Opinions": more than 800 trains a year. */
  targetTrainsPerYear: nonNegative.default(800),
  /** Qingdao's 2022 SCODA "Opinions": trade with SCO countries +10 % a year. */
  targetTradeGrowthPerYear: z.number().min(-1).max(10).default(0.1),
  /**
   * The stated base the first reported year's trade growth is measured against: the modelled
   * trade with SCO countries (USD) in a year before the run. Without it the first year's growth
   * has nothing to compare with.
   */
  tradeBase: z
    .strictObject({
      year: z.number().int().min(1900).max(2100),
      scoTradeValueUsd: positive,
      provenance: Provenance.optional(),
    })
    .optional(),
});

/**
 * Conversion and emission factors. Defaults are estimates (confidence C): typical well-to-wheel
 * intensities for container freight in the GLEC framework's range; replace with better data.
 */
export const Factors = z.strictObject({
  /** kg CO2 per tonne-km by mode. */
  co2KgPerTonneKm: z
    .strictObject({ sea: nonNegative, air: nonNegative, rail: nonNegative, road: nonNegative })
    .default({ sea: 0.016, air: 0.6, rail: 0.025, road: 0.09 }),
  /** Mean cargo tonnes in one loaded TEU (estimate, C), to put TEU and tonnes on one scale. */
  tonnesPerTeu: positive.default(10),
  provenance: Provenance.optional(),
});

/** Seeds are unsigned 32-bit integers (the random streams' state is derived from them). */
export const MAX_SEED = 2 ** 32 - 1;

/** The longest each top-level list may be; the validator stops walking a list above it. */
export const MAX_ITEMS = {
  nodes: 5_000,
  links: 20_000,
  services: 5_000,
  corridors: 500,
  demand: 50_000,
  interventions: 5_000,
} as const;

/** The schema of one item of each top-level list (validated one by one, within an issue budget). */
export const ITEM_SCHEMAS = {
  nodes: Node,
  links: Link,
  services: Service,
  corridors: Corridor,
  demand: Demand,
  interventions: Intervention,
} as const;

export const Scenario = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id,
  name: LocalizedText,
  description: LocalizedDescription,
  /** Day zero of the simulation clock (sim time 0 h is its midnight). */
  startDate: isoDate,
  /** How long to simulate, in days (at most 30 years). */
  durationDays: positive.max(366 * 30),
  /** Days at the start whose results are discarded (warm-up), default none. */
  warmupDays: nonNegative.default(0),
  seed: z.number().int().min(0).max(MAX_SEED).default(1),
  nodes: z.array(Node).min(1).max(MAX_ITEMS.nodes),
  links: z.array(Link).max(MAX_ITEMS.links),
  services: z.array(Service).max(MAX_ITEMS.services),
  corridors: z.array(Corridor).max(MAX_ITEMS.corridors),
  demand: z.array(Demand).max(MAX_ITEMS.demand),
  documents: Documents,
  interventions: z.array(Intervention).max(MAX_ITEMS.interventions).default([]),
  kpi: KpiSettings.default({
    scoCountries: ['IN', 'IR', 'KZ', 'KG', 'PK', 'RU', 'TJ', 'UZ', 'BY'],
    targetTrainsPerYear: 800,
    targetTradeGrowthPerYear: 0.1,
  }),
  factors: Factors.default({
    co2KgPerTonneKm: { sea: 0.016, air: 0.6, rail: 0.025, road: 0.09 },
    tonnesPerTeu: 10,
  }),
});

/**
 * The scenario with its lists left unchecked item by item: validate.ts checks the items one at a
 * time so that it can stop after enough problems (zod itself walks every item of a list it is
 * about to refuse).
 */
export const ScenarioShell = Scenario.extend({
  nodes: z.array(z.unknown()).min(1).max(MAX_ITEMS.nodes),
  links: z.array(z.unknown()).max(MAX_ITEMS.links),
  services: z.array(z.unknown()).max(MAX_ITEMS.services),
  corridors: z.array(z.unknown()).max(MAX_ITEMS.corridors),
  demand: z.array(z.unknown()).max(MAX_ITEMS.demand),
  interventions: z.array(z.unknown()).max(MAX_ITEMS.interventions).default([]),
});

export type LocalizedText = z.infer<typeof LocalizedText>;
export type Provenance = z.infer<typeof Provenance>;
export type Distribution = z.infer<typeof Distribution>;
export type Mode = z.infer<typeof Mode>;
export type NodeKind = z.infer<typeof NodeKind>;
export type NodeProcess = z.infer<typeof NodeProcess>;
export type Node = z.infer<typeof Node>;
export type Link = z.infer<typeof Link>;
export type Timetable = z.infer<typeof Timetable>;
export type Service = z.infer<typeof Service>;
export type Corridor = z.infer<typeof Corridor>;
export type Demand = z.infer<typeof Demand>;
export type DocumentStep = z.infer<typeof DocumentStep>;
export type Documents = z.infer<typeof Documents>;
export type DocumentRule = z.infer<typeof DocumentRule>;
export type Intervention = z.infer<typeof Intervention>;
export type KpiSettings = z.infer<typeof KpiSettings>;
export type Factors = z.infer<typeof Factors>;
/** A validated scenario, defaults filled in. */
export type Scenario = z.infer<typeof Scenario>;
/** A scenario as written in a file, before defaults. */
export type ScenarioInput = z.input<typeof Scenario>;

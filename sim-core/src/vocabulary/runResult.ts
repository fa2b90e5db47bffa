/**
 * What a run produces: columnar results, their provenance and progress. Part of the public
 * contract (sim-core/src/api re-exports it); at the bottom of sim-core so every layer, and the
 * renderer, can name these types.
 *
 * Conventions: sim time is in hours since the scenario's start date (midnight). Every matrix is
 * row-major `[period][entity]`: value = values[periodIndex * entities + entityIndex]. Entity order
 * is the order of the `ids` array beside it (the scenario's order).
 */
import type { Mode } from './modes.ts';

/** Reporting period lengths. Results are reported per week; KPIs per year. */
export type PeriodKind = 'day' | 'week' | 'month' | 'year';

/** What reproduces a result: the same scenario hash, seed and engine version give the same bytes. */
export interface RunProvenance {
  /** SHA-256 (hex) of the canonical JSON of the validated scenario. */
  scenarioHash: string;
  scenarioId: string;
  /** The base seed of the run. */
  seed: number;
  engineVersion: string;
  /** The seed of each replication, derived from the base seed and the replication index. */
  replicationSeeds: number[];
}

/** A series per period and entity, row-major [period][entity]. */
export interface Matrix {
  periods: number;
  entities: number;
  values: Float64Array;
}

/** The periods of a series: start of each, in sim hours and as an ISO date. */
export interface PeriodAxis {
  kind: PeriodKind;
  startHours: Float64Array;
  /** YYYY-MM-DD of each period's start. */
  startDates: string[];
  /**
   * Hours of each period that the results cover: a full week (168) except where the run's end,
   * or the end of its warm-up, cuts a week short. Flows in a short period are a share of a week's.
   */
  hours: Float64Array;
}

/** Metrics per node and period. */
export type NodeMetric =
  /** TEU (or TEU-equivalent) handled at the node. */
  | 'teu'
  | 'tonnes'
  /** Mean dwell of consignments that left the node in the period, split by cause (hours). */
  | 'dwellWaitingHours'
  | 'dwellHandlingHours'
  | 'dwellCustomsHours'
  | 'dwellDocumentsHours'
  | 'dwellGaugeHours'
  /** Time-weighted mean utilisation of the node's busiest process, 0..1. */
  | 'utilisation'
  /** Time-weighted mean number waiting at the node's processes. */
  | 'queueLength'
  /**
   * Cargo and vehicles passing through: TEU that stays on board a vehicle calling at the node
   * (a train through a border crossing, say), and such vehicles (arrived at a stop that is not
   * their last and left again).
   */
  | 'passThroughTeu'
  | 'passThroughVehicles'
  /** TEU waiting at the node for a departure at the period's end. */
  | 'backlogTeu';

/** Metrics per link and period. */
export type LinkMetric = 'teu' | 'tonnes' | 'vehicles';

/** Metrics per mode and period (entities are MODES in that order). */
export type ModeMetric = 'teu' | 'tonnes' | 'vehicles' | 'tonneKm' | 'co2Tonnes' | 'costUsd';

/** Metrics per corridor and period. */
export type CorridorMetric = 'teuDelivered' | 'tonnesDelivered' | 'tradeValueUsd' | 'backlogTeu';

/**
 * One row per vehicle per link travelled, for animation: a vehicle that calls at three stops makes
 * two rows. Positions along the link's geometry follow from the departure and arrival hours.
 */
export interface TripTable {
  count: number;
  /** Index into VEHICLE_KINDS. */
  vehicleKind: Uint8Array;
  /** Index into the scenario's services. */
  serviceIndex: Uint32Array;
  /** Index into the scenario's links; the vehicle travels it from its `from` to its `to` node. */
  linkIndex: Uint32Array;
  /** 1 when the vehicle travels the link from `to` back to `from` (return trains, for example). */
  reversed: Uint8Array;
  departHours: Float64Array;
  arriveHours: Float64Array;
  /** Load on board, TEU (vessels, trains, trucks) or tonnes (aircraft). */
  load: Float32Array;
  /** Capacity in the same unit as load. */
  capacity: Float32Array;
}

/** Transit time summary per origin–destination demand (days, door to door). */
export interface TransitTimes {
  /** Demand ids in scenario order. */
  demandIds: string[];
  /** Consignments delivered. */
  delivered: Float64Array;
  meanDays: Float64Array;
  p50Days: Float64Array;
  p95Days: Float64Array;
  /** Mean of the documents share of dwell (days) per demand. */
  meanDocumentDays: Float64Array;
  /** Mean days from the first departure (boarding the first vehicle) to delivery. */
  meanFromDepartureDays: Float64Array;
  /**
   * Per demand: the longest any consignment waited for a departure at one node (days), from
   * joining a departure queue there to boarding after the warm-up (a rerouted consignment keeps
   * its clock), or to the run's end if it never boarded.
   */
  maxServiceWaitDays: Float64Array;
  /** Histogram of transit days per demand: bins of `binDays`, `bins` bins per demand, row-major. */
  histogram: { binDays: number; bins: number; counts: Float64Array };
}

/** Statistics of one capacity-limited process over the run (after warm-up). */
export interface ResourceStats {
  /** `${nodeId}/${processId}` */
  ids: string[];
  servers: Float64Array;
  arrivals: Float64Array;
  meanWaitHours: Float64Array;
  meanQueueLength: Float64Array;
  utilisation: Float64Array;
  /** Mean time in system (wait + service), hours; with arrivals per hour, Little's law L = λW. */
  meanSojournHours: Float64Array;
  meanInSystem: Float64Array;
}

/** Key figures against the SCODA targets, per simulated calendar year. */
export interface Kpis {
  years: number[];
  /** SCO Express trains at the Jiaozhou hub, arrivals + departures (到发), per year. Target: > 800. */
  trainsPerYear: Float64Array;
  /** Trade value with SCO countries, USD per year, and its growth on the year before (target 0.10). */
  scoTradeValueUsd: Float64Array;
  scoTradeGrowth: Float64Array;
  /** Mean door-to-door days of sea–rail consignments delivered in the year (all corridors). */
  meanSeaRailTransitDays: Float64Array;
  /**
   * Sea–rail transit per corridor (the Japan–Korea Land–Sea Express, Russia via Vladivostok, ...):
   * [year][corridor] row-major over `corridorIds` (the scenario's corridors), NaN where none was
   * delivered. Door to door (from the cargo's appearance at its origin) and from its first
   * departure (port or hub to destination, the way published train and sailing times read).
   */
  seaRailByCorridor: {
    corridorIds: string[];
    delivered: Float64Array;
    doorToDoorDays: Float64Array;
    fromDepartureDays: Float64Array;
  };
  /** CO2 per TEU delivered, tonnes. */
  co2PerTeuTonnes: Float64Array;
  teuDelivered: Float64Array;
  /** TEU waiting for a departure at the year's end. */
  backlogTeu: Float64Array;
}

/** Cargo accounting: generated = delivered + in transit + waiting, exactly, at every period end. */
export interface CargoBalance {
  generatedTeu: Float64Array;
  deliveredTeu: Float64Array;
  inTransitTeu: Float64Array;
  waitingTeu: Float64Array;
}

/** Everything one replication produces. */
export interface ReplicationResult {
  replication: number;
  seed: number;
  /** Weekly periods from the start date (after warm-up). */
  weeks: PeriodAxis;
  nodeIds: string[];
  linkIds: string[];
  corridorIds: string[];
  nodes: Record<NodeMetric, Matrix>;
  links: Record<LinkMetric, Matrix>;
  modes: Record<ModeMetric, Matrix>;
  corridors: Record<CorridorMetric, Matrix>;
  /** Cargo balance per weekly period end (totals over the network, TEU-equivalent). */
  balance: CargoBalance;
  transitTimes: TransitTimes;
  resources: ResourceStats;
  kpis: Kpis;
  trips: TripTable;
  /** Events processed, for benchmarks. */
  events: number;
}

/** A value with its 95 % confidence interval over replications (Student t). */
export interface Estimate {
  mean: number;
  low: number;
  high: number;
}

/** A whole run: every replication plus the summary over them. */
export interface RunResult {
  provenance: RunProvenance;
  replications: ReplicationResult[];
  /** Mean and 95 % CI over replications for each matrix, same shapes as one replication's. */
  bands: {
    nodes: Record<NodeMetric, { mean: Matrix; low: Matrix; high: Matrix }>;
    links: Record<LinkMetric, { mean: Matrix; low: Matrix; high: Matrix }>;
    modes: Record<ModeMetric, { mean: Matrix; low: Matrix; high: Matrix }>;
    corridors: Record<CorridorMetric, { mean: Matrix; low: Matrix; high: Matrix }>;
  };
  /** Per resource: mean wait, mean queue length and utilisation with their CIs. */
  resourceSummary: {
    ids: string[];
    meanWaitHours: Estimate[];
    meanQueueLength: Estimate[];
    utilisation: Estimate[];
  };
  /**
   * Scenario facts that label the results (link modes, demand endpoints, KPI targets), so the CSV
   * and the dashboard need no scenario beside the result. Filled by aggregateReplications when it
   * is given the scenario.
   */
  labels?: ResultLabels;
}

/** Labels for the columns of a result, each array in the order of the ids it describes. */
export interface ResultLabels {
  /** Mode of each link, in `linkIds` order. */
  linkModes: Mode[];
  /** Origin, destination and corridor of each demand, in `transitTimes.demandIds` order. */
  demandOrigins: string[];
  demandDestinations: string[];
  demandCorridors: string[];
  /** The scenario's KPI targets (kpi.targetTrainsPerYear, kpi.targetTradeGrowthPerYear). */
  targetTrainsPerYear: number;
  targetTradeGrowthPerYear: number;
}

/** Progress of a run, 0..1, with what is happening. */
export interface RunProgress {
  fraction: number;
  replication: number;
  simDay: number;
}

/** CSV files, as the command line writes them (UTF-8, BOM, formula-safe). */
export interface CsvFiles {
  'throughput.csv': string;
  'kpis.csv': string;
  'transit_times.csv': string;
}

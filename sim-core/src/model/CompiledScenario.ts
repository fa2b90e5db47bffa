/**
 * The shapes of a compiled scenario (compileScenario.ts builds them). Types only, in a file of
 * their own so that helpers of the compiler (onwardCandidates.ts) can name them without an import
 * cycle.
 */
import type { RouteTable } from '../network/RouteTable.ts';
import type { Demand, NodeProcess, Scenario, Service } from '../scenario/schema.ts';
import type { SimCalendar } from './calendar.ts';
import type { CompiledDocuments } from './documentSteps.ts';
import type { Interventions } from './Interventions.ts';

export interface CompiledProcess {
  index: number;
  node: number;
  /** `${nodeId}/${processId}`, as in ResourceStats.ids. */
  id: string;
  spec: NodeProcess;
  /** Bit i set when mode MODES[i] passes (all bits when `modes` is absent). */
  modeMask: number;
  /** The dwell cause its service time counts as (DWELL_* of ConsignmentStore.ts). */
  dwellCause: number;
}

export interface CompiledDemand {
  index: number;
  spec: Demand;
  origin: number;
  destination: number;
  corridor: number;
  perTonne: boolean;
  /** Consignments per hour before seasonality, growth and shocks. */
  baseRatePerHour: number;
  /** Monthly multipliers with mean 1 (January first). */
  season: Float64Array;
  growthPerYear: number;
  /** Origin or destination lies in an SCO country (KPI trade value). */
  sco: boolean;
}

/** Candidate itineraries, flat: itinerary k has legs legStart[k] .. legStart[k] + legCount[k] - 1. */
export interface ItineraryTable {
  legStart: Int32Array;
  legCount: Int32Array;
  costUsd: Float64Array;
  expectedDays: Float64Array;
  /** 1 when the itinerary has both a sea and a rail leg (KPI sea–rail transit). */
  seaRail: Uint8Array;
  legRoute: Int32Array;
  legBoard: Int32Array;
  legAlight: Int32Array;
  /**
   * Per leg: generalised cost (per unit) of the itinerary from this leg's boarding node to the
   * end, what an onward choice at that node compares; and expected hours from the itinerary's
   * start to that node, so legs further on are checked at the time the cargo will need them.
   */
  legCostFrom: Float64Array;
  legHoursBefore: Float64Array;
  /** Demand d's candidates, cheapest first: demandStart[d] .. + demandCount[d] - 1. */
  demandStart: Int32Array;
  demandCount: Int32Array;
  /**
   * Onward candidates: for each transfer node of demand d's candidates (a node where one of them
   * boards a leg after the first), itineraries from that node to d's destination, cheapest first.
   * Entries onwardStart[d] .. + onwardCount[d] - 1, each a node (onwardNode) and its itineraries
   * onwardItStart .. + onwardItCount - 1.
   */
  onwardStart: Int32Array;
  onwardCount: Int32Array;
  onwardNode: Int32Array;
  onwardItStart: Int32Array;
  onwardItCount: Int32Array;
}

export interface CompiledScenario {
  scenario: Scenario;
  calendar: SimCalendar;
  durationHours: number;
  warmupHours: number;
  /** Weekly periods simulated (the last may be partial) and the first one reported. */
  weeks: number;
  firstReportedWeek: number;
  nodeIndex: ReadonlyMap<string, number>;
  /** Scenario services, then services added by interventions. */
  services: Service[];
  routes: RouteTable;
  processes: CompiledProcess[];
  /** Per node: consignment-unit processes other than documents, in scenario order. */
  nodeConsignmentProcesses: number[][];
  /** Per node: vehicle-unit processes. */
  nodeVehicleProcesses: number[][];
  /** Per node: its 'documents' process or -1 (document steps then are plain delays). */
  nodeDocumentsProcess: Int32Array;
  demands: CompiledDemand[];
  itineraries: ItineraryTable;
  documents: CompiledDocuments;
  interventions: Interventions;
  /** Sorted sim hours where a demand rate may change (months, growth years, interventions). */
  rateBreakHours: Float64Array;
  /** Problems that do not stop a run (a demand with no itinerary, say). */
  warnings: string[];
}

export type ItineraryInputs = Pick<
  CompiledScenario,
  'scenario' | 'routes' | 'processes' | 'nodeConsignmentProcesses' | 'documents'
>;

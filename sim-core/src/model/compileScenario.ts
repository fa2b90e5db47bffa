/**
 * Prepares a validated scenario for runs: indexes, the route table, processes and candidate
 * itineraries per demand. Pure and read-only afterwards, so one compiled scenario serves every
 * replication (and worker threads can each compile their own copy cheaply).
 */
import { distributionMean } from '../kernel/sampler.ts';
import {
  buildLegGraph,
  findItineraries,
  type Itinerary,
  type ItineraryQuery,
} from '../network/findItineraries.ts';
import { buildRouteTable, type RouteTable } from '../network/RouteTable.ts';
import type { Demand, NodeProcess, ProcessKind, Scenario, Service } from '../scenario/schema.ts';
import { ALL_MODES_MASK, MODE_COUNT, MODES } from '../vocabulary/modes.ts';
import { HOURS_PER_DAY, HOURS_PER_WEEK } from '../vocabulary/time.ts';
import { SimCalendar } from './calendar.ts';
import { DWELL_CUSTOMS, DWELL_DOCUMENTS, DWELL_GAUGE, DWELL_HANDLING } from './ConsignmentStore.ts';
import { Interventions } from './Interventions.ts';
import { onwardCandidates } from './onwardCandidates.ts';
import { compileDocuments, type CompiledDocuments } from './documentSteps.ts';

/** Candidate itineraries kept per demand. */
export const CANDIDATES_PER_DEMAND = 8;
/** Onward candidates kept per demand and transfer node (itineraries from that node). */
export const ONWARD_CANDIDATES = 4;
/** A sim year for demand growth: 365.25 days. */
export const HOURS_PER_SIM_YEAR = 8766;

/**
 * The modes whose processes a node visit passes, as a mask (bit i for MODES[i]): the arriving
 * and departing modes (indices, -1 for none), or every mode when the cargo does neither.
 */
export function visitModeMask(arrive: number, depart: number): number {
  if (arrive < 0 && depart < 0) return ALL_MODES_MASK;
  return (arrive >= 0 ? 1 << arrive : 0) | (depart >= 0 ? 1 << depart : 0);
}

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

/**
 * The dwell cause each process kind's service time counts as, for cargo and for riders on a
 * vehicle alike. Exhaustive over the schema's kinds, so a new kind does not compile until it is
 * given a cause.
 */
export const DWELL_CAUSE_OF_PROCESS: { readonly [K in ProcessKind]: number } = {
  'port-handling': DWELL_HANDLING,
  'rail-loading': DWELL_HANDLING,
  'air-handling': DWELL_HANDLING,
  'gauge-change': DWELL_GAUGE,
  customs: DWELL_CUSTOMS,
  documents: DWELL_DOCUMENTS,
};

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

export function compileScenario(scenario: Scenario): CompiledScenario {
  const calendar = new SimCalendar(scenario.startDate);
  const durationHours = scenario.durationDays * HOURS_PER_DAY;
  const warmupHours = Math.min(scenario.warmupDays * HOURS_PER_DAY, durationHours);
  const nodeIndex = new Map(scenario.nodes.map((n, i) => [n.id, i]));
  const interventions = new Interventions(scenario, calendar);
  const services = [...scenario.services, ...interventions.addedServices];
  const routes = buildRouteTable(scenario, services, nodeIndex);
  const processes = compileProcesses(scenario);
  const nodeConsignmentProcesses = scenario.nodes.map(() => [] as number[]);
  const nodeVehicleProcesses = scenario.nodes.map(() => [] as number[]);
  const nodeDocumentsProcess = new Int32Array(scenario.nodes.length).fill(-1);
  for (const p of processes) {
    if (p.spec.kind === 'documents') nodeDocumentsProcess[p.node] = p.index;
    else if (p.spec.unit === 'vehicle') (nodeVehicleProcesses[p.node] as number[]).push(p.index);
    else (nodeConsignmentProcesses[p.node] as number[]).push(p.index);
  }
  const documents = compileDocuments(scenario.documents, scenario.corridors, MODES);
  const demands = scenario.demand.map((d, i) => compileDemand(d, i, scenario, nodeIndex));
  const warnings: string[] = [];
  const partial = { scenario, routes, processes, nodeConsignmentProcesses, documents };
  const itineraries = compileItineraries(partial, demands, warnings);
  const weeks = Math.max(1, Math.ceil(durationHours / HOURS_PER_WEEK - 1e-9));
  return {
    scenario,
    calendar,
    durationHours,
    warmupHours,
    weeks,
    firstReportedWeek: Math.min(weeks - 1, Math.ceil(warmupHours / HOURS_PER_WEEK - 1e-9)),
    nodeIndex,
    services,
    routes,
    processes,
    nodeConsignmentProcesses,
    nodeVehicleProcesses,
    nodeDocumentsProcess,
    demands,
    itineraries,
    documents,
    interventions,
    rateBreakHours: rateBreaks(calendar, durationHours, interventions),
    warnings,
  };
}

function compileProcesses(scenario: Scenario): CompiledProcess[] {
  const out: CompiledProcess[] = [];
  scenario.nodes.forEach((node, n) => {
    for (const spec of node.processes) {
      const modeMask =
        spec.modes === undefined
          ? ALL_MODES_MASK
          : spec.modes.reduce((m, mode) => m | (1 << MODES.indexOf(mode)), 0);
      out.push({
        index: out.length,
        node: n,
        id: `${node.id}/${spec.id}`,
        spec,
        modeMask,
        dwellCause: DWELL_CAUSE_OF_PROCESS[spec.kind],
      });
    }
  });
  return out;
}

function compileDemand(
  spec: Demand,
  index: number,
  scenario: Scenario,
  nodeIndex: ReadonlyMap<string, number>,
): CompiledDemand {
  const origin = nodeIndex.get(spec.origin);
  const destination = nodeIndex.get(spec.destination);
  if (origin === undefined || destination === undefined) {
    throw new RangeError(`demand[${index}] (${spec.id}): unknown origin or destination node`);
  }
  const corridor = Math.max(
    0,
    scenario.corridors.findIndex((c) => c.id === spec.corridor),
  );
  const meanSize = distributionMean(spec.consignmentSize);
  const weights = spec.seasonality ?? new Array<number>(12).fill(1);
  const total = weights.reduce((a, b) => a + b, 0);
  const season = Float64Array.from(weights, (w) => (total > 0 ? (w * 12) / total : 1));
  const sco = new Set(scenario.kpi.scoCountries);
  const countryOf = (n: number): string => scenario.nodes[n]?.country ?? '';
  return {
    index,
    spec,
    origin,
    destination,
    corridor,
    perTonne: spec.unit === 'tonnes',
    baseRatePerHour: meanSize > 0 ? spec.annualVolume / meanSize / HOURS_PER_SIM_YEAR : 0,
    season,
    growthPerYear: scenario.corridors[corridor]?.growthPerYear ?? 0,
    sco: sco.has(countryOf(origin)) || sco.has(countryOf(destination)),
  };
}

export type ItineraryInputs = Pick<
  CompiledScenario,
  'scenario' | 'routes' | 'processes' | 'nodeConsignmentProcesses' | 'documents'
>;

function compileItineraries(
  c: ItineraryInputs,
  demands: CompiledDemand[],
  warnings: string[],
): ItineraryTable {
  const graph = buildLegGraph(c.routes.routes, c.scenario.nodes.length);
  const nodeHours = nodeHoursLookup(c);
  // Demands alike in everything routing looks at share one search.
  const cache = new Map<string, Itinerary[]>();
  const search = (query: ItineraryQuery): Itinerary[] => {
    const key = [
      query.origin,
      query.destination,
      query.k,
      query.perTonne,
      query.valueOfTimeUsdPerDay,
      query.docs.flatMap((docs) => Object.values(docs)),
    ].join('|');
    let found = cache.get(key);
    if (found === undefined) {
      found = findItineraries(query, c.routes.routes, graph);
      cache.set(key, found);
    }
    return found;
  };
  const all: Itinerary[] = [];
  const demandStart = new Int32Array(demands.length);
  const demandCount = new Int32Array(demands.length);
  const perDemand: Itinerary[][] = [];
  for (const d of demands) {
    const found = search(itineraryQuery(d, c, nodeHours));
    if (found.length === 0) {
      warnings.push(
        `demand ${d.spec.id}: no itinerary from ${d.spec.origin} to ${d.spec.destination}; its cargo waits at the origin`,
      );
    }
    demandStart[d.index] = all.length;
    demandCount[d.index] = found.length;
    all.push(...found);
    perDemand.push(found);
  }
  const onward = onwardCandidates(
    c,
    demands,
    perDemand,
    all,
    (d, node) => ({
      ...itineraryQuery(d, c, nodeHours),
      origin: node,
      k: ONWARD_CANDIDATES,
    }),
    search,
  );
  return { ...flatten(all, c, demandStart, demandCount), ...onward };
}

/** What the itinerary search needs to know about a demand; fees per unit of the demand. */
function itineraryQuery(
  d: CompiledDemand,
  c: ItineraryInputs,
  nodeHours: ItineraryQuery['nodeHours'],
): ItineraryQuery {
  const share = c.scenario.corridors[d.corridor]?.singleDocumentShare ?? 0;
  // Document fees are per consignment; spread over a mean consignment to compare with per-unit rates.
  const meanSize = distributionMean(d.spec.consignmentSize);
  const perUnit = meanSize > 0 ? 1 / meanSize : 1;
  // Per departing mode: the documents of the set that mode takes on the demand's corridor.
  const docs = MODES.map((_, mode) => {
    const expected = c.documents.expected(c.documents.setFor(d.corridor, mode), share);
    return {
      ...expected,
      originFeeUsd: expected.originFeeUsd * perUnit,
      transferFeeUsd: expected.transferFeeUsd * perUnit,
    };
  });
  return {
    origin: d.origin,
    destination: d.destination,
    perTonne: d.perTonne,
    tonnesPerTeu: c.scenario.factors.tonnesPerTeu,
    valueOfTimeUsdPerDay: d.spec.valueOfTimeUsdPerDay,
    k: CANDIDATES_PER_DEMAND,
    docs,
    nodeHours,
  };
}

/** Mean process hours at a node by arriving and departing mode index (-1 none), each computed once. */
function nodeHoursLookup(c: ItineraryInputs): ItineraryQuery['nodeHours'] {
  const cache = new Float64Array(c.scenario.nodes.length * (MODE_COUNT + 1) ** 2).fill(-1);
  const mean = (node: number, arrive: number, depart: number): number => {
    const mask = visitModeMask(arrive, depart);
    let hours = 0;
    for (const p of c.nodeConsignmentProcesses[node] as number[]) {
      const proc = c.processes[p];
      if (proc === undefined || (proc.modeMask & mask) === 0) continue;
      hours += distributionMean(proc.spec.serviceHours);
      const inspection = proc.spec.inspectionHours;
      if (inspection !== undefined)
        hours += (proc.spec.inspectionProbability ?? 0) * distributionMean(inspection);
    }
    return hours;
  };
  return (node, arrive, depart) => {
    const key = node * 25 + (arrive + 1) * 5 + depart + 1;
    let hours = cache[key] as number;
    if (hours < 0) {
      hours = mean(node, arrive, depart);
      cache[key] = hours;
    }
    return hours;
  };
}

function flatten(
  all: Itinerary[],
  c: ItineraryInputs,
  demandStart: Int32Array,
  demandCount: Int32Array,
): Omit<ItineraryTable, 'onwardStart' | 'onwardCount' | 'onwardNode' | 'onwardItStart' | 'onwardItCount'> {
  const legTotal = all.reduce((n, it) => n + it.legs.length, 0);
  const table = {
    legStart: new Int32Array(all.length),
    legCount: new Int32Array(all.length),
    costUsd: new Float64Array(all.length),
    expectedDays: new Float64Array(all.length),
    seaRail: new Uint8Array(all.length),
    legRoute: new Int32Array(legTotal),
    legBoard: new Int32Array(legTotal),
    legAlight: new Int32Array(legTotal),
    legCostFrom: new Float64Array(legTotal),
    legHoursBefore: new Float64Array(legTotal),
    demandStart,
    demandCount,
  };
  let leg = 0;
  all.forEach((it, k) => {
    table.legStart[k] = leg;
    table.legCount[k] = it.legs.length;
    table.costUsd[k] = it.costUsd;
    table.expectedDays[k] = it.expectedDays;
    let modes = 0;
    for (const l of it.legs) {
      table.legRoute[leg] = l.route;
      table.legBoard[leg] = l.board;
      table.legAlight[leg] = l.alight;
      table.legCostFrom[leg] = it.costUsd - l.costBefore;
      table.legHoursBefore[leg] = l.hoursBefore;
      modes |= 1 << (c.routes.routes[l.route]?.modeIndex ?? 0);
      leg++;
    }
    const sea = 1 << MODES.indexOf('sea');
    const rail = 1 << MODES.indexOf('rail');
    table.seaRail[k] = (modes & sea) !== 0 && (modes & rail) !== 0 ? 1 : 0;
  });
  return table;
}

function rateBreaks(
  calendar: SimCalendar,
  durationHours: number,
  interventions: Interventions,
): Float64Array {
  const hours = new Set<number>(calendar.monthStartsBefore(durationHours));
  for (let y = HOURS_PER_SIM_YEAR; y < durationHours; y += HOURS_PER_SIM_YEAR) hours.add(y);
  for (const h of interventions.boundaryHours) if (h > 0 && h < durationHours) hours.add(h);
  return Float64Array.from([...hours].sort((a, b) => a - b));
}

/**
 * The model's value of each calibrated figure, measured from one replication's result and the
 * scenario it ran. Pure functions over the columnar results (api/types.ts).
 */
import type { ReplicationResult } from '../vocabulary/runResult.ts';
import type { Scenario, Service } from '../scenario/schema.ts';
import type { Measure } from './CalibrationTarget.ts';

const HOURS_PER_YEAR = 365 * 24;
const TRAIN = 1;
const AIRCRAFT = 2;

/** Services in the engine's order: the scenario's, then those added by interventions. */
export function servicesInEngineOrder(scenario: Scenario): Service[] {
  const added = scenario.interventions.flatMap((i) => (i.kind === 'add-service' ? [i.service] : []));
  return [...scenario.services, ...added];
}

/** [start, end) of the first reported year, sim hours: the year after warm-up. */
export function firstReportedYear(scenario: Scenario): [number, number] {
  const start = scenario.warmupDays * 24;
  return [start, Math.min(start + HOURS_PER_YEAR, scenario.durationDays * 24)];
}

/** Travel direction of each trip row: the nodes it leaves and reaches. */
function tripEnds(result: ReplicationResult, scenario: Scenario, row: number): [string, string] {
  const link = scenario.links[result.trips.linkIndex[row] as number];
  if (link === undefined) return ['', ''];
  return result.trips.reversed[row] === 1 ? [link.to, link.from] : [link.from, link.to];
}

interface HubLegs {
  /** Trip rows of trains on the hub's corridor-side leg, in the first reported year. */
  rows: number[];
  /** 1 when the row arrives at the hub (a return run). */
  arriving: number[];
}

/**
 * Each train run that touches the hub counts once, on its corridor-side leg: the leg between the
 * hub and the stop after it (outbound: leaving the hub; return: reaching it).
 */
function hubLegs(result: ReplicationResult, scenario: Scenario): HubLegs {
  const hub = scenario.kpi.trainHubNode;
  const out: HubLegs = { rows: [], arriving: [] };
  if (hub === undefined) return out;
  const services = servicesInEngineOrder(scenario);
  const [from, to] = firstReportedYear(scenario);
  const t = result.trips;
  for (let row = 0; row < t.count; row++) {
    if (t.vehicleKind[row] !== TRAIN) continue;
    const stops = services[t.serviceIndex[row] as number]?.stops;
    if (stops === undefined) continue;
    const h = stops.indexOf(hub);
    const next = stops[h + 1];
    if (h < 0 || next === undefined) continue;
    const [a, b] = tripEnds(result, scenario, row);
    const leaving = a === hub && b === next;
    const arriving = a === next && b === hub;
    const at = leaving ? (t.departHours[row] as number) : (t.arriveHours[row] as number);
    if ((!leaving && !arriving) || at < from || at >= to) continue;
    out.rows.push(row);
    out.arriving.push(arriving ? 1 : 0);
  }
  return out;
}

/** Deliveries-weighted mean of a per-demand transit column over the demands origin -> destination. */
function transitDays(
  result: ReplicationResult,
  scenario: Scenario,
  origin: string,
  destination: string,
  column: Float64Array,
): number {
  const tt = result.transitTimes;
  const byId = new Map(scenario.demand.map((d) => [d.id, d]));
  let weight = 0;
  let sum = 0;
  tt.demandIds.forEach((id, i) => {
    const d = byId.get(id);
    const n = tt.delivered[i] as number;
    if (d === undefined || d.origin !== origin || d.destination !== destination || !(n > 0)) return;
    weight += n;
    sum += n * (column[i] as number);
  });
  return weight > 0 ? sum / weight : Number.NaN;
}

function vehicleTripDays(result: ReplicationResult, scenario: Scenario, from: string, to: string): number {
  const [start, end] = firstReportedYear(scenario);
  const t = result.trips;
  let days = 0;
  let trips = 0;
  for (let row = 0; row < t.count; row++) {
    const [a, b] = tripEnds(result, scenario, row);
    const departed = t.departHours[row] as number;
    if (a !== from || b !== to || departed < start || departed >= end) continue;
    days += ((t.arriveHours[row] as number) - departed) / 24;
    trips++;
  }
  return trips > 0 ? days / trips : Number.NaN;
}

function processServiceHours(result: ReplicationResult, node: string, process: string): number {
  const r = result.resources;
  const i = r.ids.indexOf(`${node}/${process}`);
  if (i < 0 || !((r.arrivals[i] as number) > 0)) return Number.NaN;
  return (r.meanSojournHours[i] as number) - (r.meanWaitHours[i] as number);
}

function airTonnesAtNode(result: ReplicationResult, scenario: Scenario, node: string): number {
  const [from, to] = firstReportedYear(scenario);
  const t = result.trips;
  let tonnes = 0;
  for (let row = 0; row < t.count; row++) {
    if (t.vehicleKind[row] !== AIRCRAFT) continue;
    const [a, b] = tripEnds(result, scenario, row);
    const departs =
      a === node && (t.departHours[row] as number) >= from && (t.departHours[row] as number) < to;
    const arrives =
      b === node && (t.arriveHours[row] as number) >= from && (t.arriveHours[row] as number) < to;
    if (departs || arrives) tonnes += t.load[row] as number;
  }
  return tonnes;
}

/** The model's value of `measure` in one replication (NaN when the run has nothing to measure). */
export function measureValue(measure: Measure, result: ReplicationResult, scenario: Scenario): number {
  switch (measure.kind) {
    case 'hub-trains-per-year':
      // The engine's KPI, as the app shows it against the 800-train target.
      return result.kpis.trainsPerYear[0] ?? Number.NaN;
    case 'hub-teu-per-train': {
      // Trains leaving the hub: what launch reports count (a train's boxes at its departure).
      const legs = hubLegs(result, scenario);
      const leaving = legs.rows.filter((_, i) => legs.arriving[i] === 0);
      if (leaving.length === 0) return Number.NaN;
      return leaving.reduce((sum, row) => sum + (result.trips.load[row] as number), 0) / leaving.length;
    }
    case 'hub-return-share': {
      const legs = hubLegs(result, scenario);
      if (legs.rows.length === 0) return Number.NaN;
      return legs.arriving.reduce((a, b) => a + b, 0) / legs.rows.length;
    }
    case 'transit-days-median':
      return transitDays(result, scenario, measure.origin, measure.destination, result.transitTimes.p50Days);
    case 'transit-days-from-departure':
      return transitDays(
        result,
        scenario,
        measure.origin,
        measure.destination,
        result.transitTimes.meanFromDepartureDays,
      );
    case 'vehicle-trip-days':
      return vehicleTripDays(result, scenario, measure.from, measure.to);
    case 'process-service-hours':
      return processServiceHours(result, measure.node, measure.process);
    case 'air-tonnes-at-node':
      return airTonnesAtNode(result, scenario, measure.node);
  }
}

/**
 * Limits that refuse absurd inputs with a message instead of a hang or an out-of-memory crash.
 * The caps are per replication and sized for a desktop: a year of a network the size of
 * Qingdao's baseline (about a million consignments, tens of thousands of vehicle legs) sits far
 * below each of them, a 30-year run of it too.
 */
import type { Distribution, Scenario } from './schema.ts';
import type { IssueCollector } from './IssueCollector.ts';
import { quoted } from './safeText.ts';
import { isoDateToDays } from './isoDate.ts';
import { windowMeanFactor, type FactorWindow } from './windowMeanFactor.ts';

export const LIMITS = {
  /** Size of a scenario file the command line and the app will read, bytes. */
  maxJsonBytes: 100 * 1024 * 1024,
  /**
   * Consignments generated in one replication. Each lives in memory until delivered, and its
   * transit time stays (4 bytes) for the exact p50/p95: 200 MB at this cap, up to twice that
   * while the store of one very large demand doubles.
   */
  maxConsignmentsPerReplication: 50_000_000,
  /** Vehicle departures times legs in one replication: the rows of the trip table (~40 bytes each). */
  maxVehicleLegsPerReplication: 10_000_000,
  /** Numbers in one replication's weekly matrices (8 bytes each: 25 million = 200 MB). */
  maxResultCellsPerReplication: 25_000_000,
  /** Points of all link geometries together (map lines are drawn every frame). */
  maxGeometryPoints: 2_000_000,
  /** Messages reported at most; the rest are counted in a last message. */
  maxIssues: 200,
} as const;

/** Weekly metrics per entity in a replication's result (api/types.ts). */
const CELLS_PER_NODE_WEEK = 10;
const CELLS_PER_LINK_WEEK = 3;
const CELLS_PER_CORRIDOR_WEEK = 4;
const CELLS_MODES_WEEK = 4 * 6;
const DAYS_PER_YEAR = 365.25;

export interface RunSizeEstimate {
  consignments: number;
  vehicleLegs: number;
  resultCells: number;
  geometryPoints: number;
  /** Indices of the largest contributors, to point the user at them. */
  largestDemand: number;
  largestService: number;
}

/** The mean of a distribution (the truncated normal's mean when it is truncated at zero). */
export function distributionMean(d: Distribution): number {
  switch (d.kind) {
    case 'deterministic':
      return d.value;
    case 'exponential':
      return d.mean;
    case 'uniform':
      return (d.min + d.max) / 2;
    case 'triangular':
      return (d.min + d.mode + d.max) / 3;
    case 'normal':
      return d.mean > 0 || d.sd === 0 ? Math.max(d.mean, 0) : d.sd * Math.sqrt(2 / Math.PI);
    case 'lognormal': {
      // p90 = median * exp(1.2816 sigma), 1.2816 being the standard normal's 90th percentile.
      const sigma = Math.log(d.p90 / d.median) / 1.281_551_565_5;
      return d.median * Math.exp((sigma * sigma) / 2);
    }
    case 'empirical': {
      const weights = d.weights ?? d.values.map(() => 1);
      const total = weights.reduce((sum, weight) => sum + weight, 0);
      return total > 0 ? d.values.reduce((sum, value, i) => sum + value * (weights[i] ?? 0), 0) / total : 0;
    }
  }
}

/** Growth over the run: the integral of (1 + g)^t over `years`, t in years. */
function growthYears(growthPerYear: number, years: number): number {
  if (Math.abs(growthPerYear) < 1e-12) return years;
  const rate = Math.log(1 + growthPerYear);
  return (Math.exp(rate * years) - 1) / rate;
}

/**
 * An estimate of what one replication would create: expected counts, with demand shocks and
 * frequency changes weighted by how long they last (windowMeanFactor.ts).
 */
export function estimateRunSize(scenario: Scenario): RunSizeEstimate {
  const years = scenario.durationDays / DAYS_PER_YEAR;
  const growth = new Map(scenario.corridors.map((corridor) => [corridor.id, corridor.growthPerYear]));
  const startDay = isoDateToDays(scenario.startDate) ?? 0;
  const endDay = startDay + scenario.durationDays;
  const shock = (corridor: string): number =>
    windowMeanFactor(
      scenario.interventions.filter(
        (i) => i.kind === 'demand-shock' && (i.corridor === undefined || i.corridor === corridor),
      ) as FactorWindow[],
      startDay,
      endDay,
    );
  let consignments = 0;
  let largestDemand = -1;
  let largestDemandCount = -1;
  scenario.demand.forEach((demand, index) => {
    const meanSize = distributionMean(demand.consignmentSize);
    // A mean size of 0 is reported on its own (checkLimits); it is left out of the total here.
    const count =
      demand.annualVolume === 0 || !(meanSize > 0)
        ? 0
        : (demand.annualVolume / meanSize) *
          growthYears(growth.get(demand.corridor) ?? 0, years) *
          shock(demand.corridor);
    consignments += count;
    if (count > largestDemandCount) [largestDemand, largestDemandCount] = [index, count];
  });
  const weeks = scenario.durationDays / 7;
  const services = [
    ...scenario.services,
    ...scenario.interventions.flatMap((i) => (i.kind === 'add-service' ? [i.service] : [])),
  ];
  let vehicleLegs = 0;
  let largestService = -1;
  let largestServiceLegs = -1;
  services.forEach((service, index) => {
    const perWeek =
      'weekdays' in service.timetable
        ? service.timetable.weekdays.length
        : service.timetable.departuresPerWeek;
    const scale = windowMeanFactor(
      scenario.interventions.filter(
        (i) => i.kind === 'scale-frequency' && i.service === service.id,
      ) as FactorWindow[],
      startDay,
      endDay,
    );
    const legs = perWeek * weeks * scale * (service.stops.length - 1) * (1 + service.returnShare);
    vehicleLegs += legs;
    if (index < scenario.services.length && legs > largestServiceLegs)
      [largestService, largestServiceLegs] = [index, legs];
  });
  const reportedWeeks = Math.ceil(Math.max(0, scenario.durationDays - scenario.warmupDays) / 7);
  const perWeek =
    scenario.nodes.length * CELLS_PER_NODE_WEEK +
    scenario.links.length * CELLS_PER_LINK_WEEK +
    scenario.corridors.length * CELLS_PER_CORRIDOR_WEEK +
    CELLS_MODES_WEEK;
  const geometryPoints = scenario.links.reduce((sum, link) => sum + link.geometry.length, 0);
  return {
    consignments,
    vehicleLegs,
    resultCells: reportedWeeks * perWeek,
    geometryPoints,
    largestDemand,
    largestService,
  };
}

/** Reports every cap the scenario would exceed, and a demand whose consignments have mean size 0. */
export function checkLimits(scenario: Scenario, issues: IssueCollector): void {
  scenario.demand.forEach((demand, index) => {
    if (demand.annualVolume > 0 && !(distributionMean(demand.consignmentSize) > 0)) {
      issues.error(['demand', index, 'consignmentSize'], 'consignment-size-zero');
    }
  });
  const size = estimateRunSize(scenario);
  if (size.consignments > LIMITS.maxConsignmentsPerReplication) {
    const demand = scenario.demand[size.largestDemand];
    issues.error(['demand'], 'too-many-consignments', {
      estimate: formatCount(size.consignments),
      cap: formatCount(LIMITS.maxConsignmentsPerReplication),
      index: size.largestDemand,
      id: quoted(demand?.id ?? ''),
    });
  }
  if (size.vehicleLegs > LIMITS.maxVehicleLegsPerReplication) {
    const service = scenario.services[size.largestService];
    issues.error(['services'], 'too-many-vehicle-legs', {
      estimate: formatCount(size.vehicleLegs),
      cap: formatCount(LIMITS.maxVehicleLegsPerReplication),
      index: size.largestService,
      id: quoted(service?.id ?? ''),
    });
  }
  if (size.resultCells > LIMITS.maxResultCellsPerReplication) {
    issues.error(['durationDays'], 'too-many-result-cells', {
      estimate: formatCount(size.resultCells),
      cap: formatCount(LIMITS.maxResultCellsPerReplication),
    });
  }
  if (size.geometryPoints > LIMITS.maxGeometryPoints) {
    issues.error(['links'], 'too-many-geometry-points', {
      estimate: formatCount(size.geometryPoints),
      cap: formatCount(LIMITS.maxGeometryPoints),
    });
  }
}

/** A count for a message: "1,234,567" up to a trillion, then scientific notation. Locale-free. */
export function formatCount(n: number): string {
  if (!Number.isFinite(n) || n >= 1e12) return n.toExponential(2);
  return Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

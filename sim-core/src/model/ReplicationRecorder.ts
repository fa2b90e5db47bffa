/**
 * Collects one replication's results as it runs: weekly sums per node, link, mode and corridor,
 * stock snapshots at each week's end, transit times per demand and KPIs per calendar year. The hot
 * paths only add into preallocated Float64Arrays; `finish` turns the sums into the columnar
 * ReplicationResult, dropping the warm-up weeks.
 */
import type {
  CargoBalance,
  CorridorMetric,
  Kpis,
  LinkMetric,
  Matrix,
  ModeMetric,
  NodeMetric,
  ReplicationResult,
  ResourceStats,
  TransitTimes,
} from '../vocabulary/runResult.ts';
import type { Resource } from '../kernel/Resource.ts';
import { SampleQuantiles } from '../kernel/SampleQuantiles.ts';
import type { CompiledScenario } from './compileScenario.ts';
import { MODE_COUNT } from '../vocabulary/modes.ts';
import { HOURS_PER_WEEK } from '../vocabulary/time.ts';
import { SeaRailTally, tradeGrowth } from './SeaRailTally.ts';
import { TripLog } from './TripLog.ts';

/** Transit-time histogram: one-day bins; the last bin also holds everything longer. */
export const HISTOGRAM_BIN_DAYS = 1;
export const HISTOGRAM_BINS = 90;

/** Weekly series per node: sums (dwell sums become means at the end, divided by `count`) and stocks. */
const NODE_SERIES = [
  'teu',
  'tonnes',
  'count',
  'wait',
  'handling',
  'customs',
  'documents',
  'gauge',
  'utilisation',
  'queueLength',
  'backlogTeu',
  'passThroughTeu',
  'passThroughVehicles',
] as const;

/** The same keys, each value mapped. */
function mapValues<K extends string, A, B>(record: Record<K, A>, f: (value: A) => B): Record<K, B> {
  const out = {} as Record<K, B>;
  for (const key of Object.keys(record) as K[]) out[key] = f(record[key]);
  return out;
}

/** One array per key, made by `make`. */
function allocate<K extends string>(keys: readonly K[], make: () => Float64Array): Record<K, Float64Array> {
  const out = {} as Record<K, Float64Array>;
  for (const key of keys) out[key] = make();
  return out;
}

export class ReplicationRecorder {
  readonly trips = new TripLog();
  readonly weeks: number;
  private readonly c: CompiledScenario;
  private readonly nodeCount: number;
  readonly node: Record<(typeof NODE_SERIES)[number], Float64Array>;
  readonly link: Record<LinkMetric, Float64Array>;
  readonly mode: Record<ModeMetric, Float64Array>;
  readonly corridor: Record<CorridorMetric, Float64Array>;
  readonly balance: CargoBalance;
  // Transit times per demand.
  private readonly delivered: Float64Array;
  private readonly transitSum: Float64Array;
  private readonly documentSum: Float64Array;
  /** Per demand: the longest a consignment waited in one node's departure queues (hours). */
  private readonly maxServiceWait: Float64Array;
  private readonly fromDepartureSum: Float64Array;
  private readonly seaRail: SeaRailTally;
  private readonly histogram: Float64Array;
  /** Every delivery's transit days per demand, for exact p50/p95. */
  private readonly quantiles: (SampleQuantiles | undefined)[];
  // KPIs per calendar year.
  private readonly years: number[];
  private readonly yearStart: number[];
  readonly kpi: {
    trains: Float64Array;
    scoTrade: Float64Array;
    seaRailSum: Float64Array;
    seaRailCount: Float64Array;
    co2: Float64Array;
    teu: Float64Array;
    backlog: Float64Array;
  };

  constructor(compiled: CompiledScenario) {
    this.c = compiled;
    this.weeks = compiled.weeks;
    const s = compiled.scenario;
    this.nodeCount = s.nodes.length;
    const make = (n: number): Float64Array => new Float64Array(compiled.weeks * n);
    this.node = allocate(NODE_SERIES, () => make(s.nodes.length));
    this.link = allocate(['teu', 'tonnes', 'vehicles'], () => make(s.links.length));
    this.mode = allocate(['teu', 'tonnes', 'vehicles', 'tonneKm', 'co2Tonnes', 'costUsd'], () =>
      make(MODE_COUNT),
    );
    this.corridor = allocate(['teuDelivered', 'tonnesDelivered', 'tradeValueUsd', 'backlogTeu'], () =>
      make(s.corridors.length),
    );
    this.balance = allocate(['generatedTeu', 'deliveredTeu', 'inTransitTeu', 'waitingTeu'], () => make(1));
    const demands = s.demand.length;
    this.delivered = new Float64Array(demands);
    this.transitSum = new Float64Array(demands);
    this.documentSum = new Float64Array(demands);
    this.fromDepartureSum = new Float64Array(demands);
    this.maxServiceWait = new Float64Array(demands);
    this.histogram = new Float64Array(demands * HISTOGRAM_BINS);
    this.quantiles = new Array<SampleQuantiles | undefined>(demands).fill(undefined);
    const y = compiled.calendar.yearsBefore(compiled.durationHours);
    this.years = y.years;
    this.yearStart = y.startHours;
    this.seaRail = new SeaRailTally(
      y.years.length,
      s.corridors.map((corridor) => corridor.id),
    );
    this.kpi = allocate(
      ['trains', 'scoTrade', 'seaRailSum', 'seaRailCount', 'co2', 'teu', 'backlog'],
      () => new Float64Array(y.years.length),
    );
  }

  /**
   * The week and calendar year now running. The replication's bookkeeping events move them on at
   * each week's and year's end, before any other event at that instant, so every flow recorded at
   * time t lands in week floor(t / 168) and t's calendar year without a division per record.
   */
  week = 0;
  year = 0;

  /** Week `week` has ended (the replication's week-end event). */
  weekEnded(week: number): void {
    this.week = Math.min(week + 1, this.weeks - 1);
  }

  /** Calendar year `year` has ended. */
  yearEnded(year: number): void {
    this.year = Math.min(year + 1, this.years.length - 1);
  }

  /** A consignment (or `count` of them on a vehicle) left `node` after these dwell hours. */
  nodeDwell(
    node: number,
    count: number,
    totalHours: number,
    handling: number,
    customs: number,
    documents: number,
    gauge: number,
  ): void {
    const i = this.week * this.nodeCount + node;
    const n = this.node;
    n.count[i] = (n.count[i] as number) + count;
    n.handling[i] = (n.handling[i] as number) + handling;
    n.customs[i] = (n.customs[i] as number) + customs;
    n.documents[i] = (n.documents[i] as number) + documents;
    n.gauge[i] = (n.gauge[i] as number) + gauge;
    n.wait[i] = (n.wait[i] as number) + Math.max(0, totalHours - handling - customs - documents - gauge);
  }

  /** Adds to this week's cell of `entity` in a [week][entity] matrix. */
  add(matrix: Float64Array, entities: number, entity: number, value: number): void {
    const i = this.week * entities + entity;
    matrix[i] = (matrix[i] as number) + value;
  }

  transit(demand: number, days: number, documentDays: number, fromDepartureDays: number): void {
    this.delivered[demand] = (this.delivered[demand] as number) + 1;
    this.fromDepartureSum[demand] = (this.fromDepartureSum[demand] as number) + fromDepartureDays;
    this.transitSum[demand] = (this.transitSum[demand] as number) + days;
    this.documentSum[demand] = (this.documentSum[demand] as number) + documentDays;
    const bin = Math.min(HISTOGRAM_BINS - 1, Math.floor(days / HISTOGRAM_BIN_DAYS));
    const h = demand * HISTOGRAM_BINS + bin;
    this.histogram[h] = (this.histogram[h] as number) + 1;
    let q = this.quantiles[demand];
    if (q === undefined) {
      q = new SampleQuantiles();
      this.quantiles[demand] = q;
    }
    q.add(days);
  }

  /**
   * A consignment of `demand` waited `hours` for a departure at one node: it boarded after the
   * warm-up (its whole wait counts, as a delivery's whole transit does), or the run ended.
   */
  /** A sea–rail consignment of `corridor` was delivered this year. */
  seaRailDelivered(corridor: number, doorToDoorDays: number, fromDepartureDays: number): void {
    this.seaRail.add(this.year, corridor, doorToDoorDays, fromDepartureDays);
  }

  serviceWait(demand: number, hours: number): void {
    if (hours > (this.maxServiceWait[demand] as number)) this.maxServiceWait[demand] = hours;
  }

  /** Adds to this calendar year's entry of a KPI series. */
  addYear(series: Float64Array, value: number): void {
    const y = this.year;
    series[y] = (series[y] as number) + value;
  }

  /** Stocks at the end of week `week`: cargo balance and backlogs. */
  snapshot(week: number, stocks: WeekEndStocks): void {
    const b = this.balance;
    b.generatedTeu[week] = stocks.generatedTeu;
    b.deliveredTeu[week] = stocks.deliveredTeu;
    b.inTransitTeu[week] = stocks.inTransitTeu;
    b.waitingTeu[week] = stocks.waitingTeu;
    this.node.backlogTeu.set(stocks.nodeBacklogTeu, week * this.nodeCount);
    this.corridor.backlogTeu.set(stocks.corridorBacklogTeu, week * stocks.corridorBacklogTeu.length);
  }

  finish(
    opts: { replication: number; seed: number; events: number },
    resources: readonly Resource[],
    endHours: number,
  ): ReplicationResult {
    const c = this.c;
    const s = c.scenario;
    const first = c.firstReportedWeek;
    const periods = this.weeks - first;
    const cut = (values: Float64Array, entities: number): Matrix => ({
      periods,
      entities,
      values: values.slice(first * entities, this.weeks * entities),
    });
    return {
      replication: opts.replication,
      seed: opts.seed,
      weeks: this.weekAxis(first, periods),
      nodeIds: s.nodes.map((n) => n.id),
      linkIds: s.links.map((l) => l.id),
      corridorIds: s.corridors.map((x) => x.id),
      nodes: this.nodeMatrices(cut),
      links: mapValues(this.link, (v) => cut(v, s.links.length)),
      modes: mapValues(this.mode, (v) => cut(v, MODE_COUNT)),
      corridors: mapValues(this.corridor, (v) => cut(v, s.corridors.length)),
      balance: mapValues(this.balance, (v) => v.slice(first)),
      transitTimes: this.transitTimes(),
      resources: resourceStats(c, resources, endHours),
      kpis: this.kpis(),
      trips: this.trips.table(c.warmupHours),
      events: opts.events,
    };
  }

  private weekAxis(first: number, periods: number): ReplicationResult['weeks'] {
    const startHours = new Float64Array(periods);
    const hours = new Float64Array(periods);
    const startDates: string[] = [];
    for (let w = 0; w < periods; w++) {
      const start = (first + w) * HOURS_PER_WEEK;
      startHours[w] = start;
      startDates.push(this.c.calendar.isoDateAt(start));
      const covered =
        Math.min(start + HOURS_PER_WEEK, this.c.durationHours) - Math.max(start, this.c.warmupHours);
      hours[w] = Math.max(0, covered);
    }
    return { kind: 'week', startHours, startDates, hours };
  }

  private nodeMatrices(cut: (v: Float64Array, e: number) => Matrix): Record<NodeMetric, Matrix> {
    const n = this.node;
    const count = n.count;
    const mean = (sum: Float64Array): Float64Array =>
      sum.map((v, i) => ((count[i] as number) > 0 ? v / (count[i] as number) : 0));
    const e = this.nodeCount;
    return {
      teu: cut(n.teu, e),
      tonnes: cut(n.tonnes, e),
      dwellWaitingHours: cut(mean(n.wait), e),
      dwellHandlingHours: cut(mean(n.handling), e),
      dwellCustomsHours: cut(mean(n.customs), e),
      dwellDocumentsHours: cut(mean(n.documents), e),
      dwellGaugeHours: cut(mean(n.gauge), e),
      utilisation: cut(n.utilisation, e),
      queueLength: cut(n.queueLength, e),
      backlogTeu: cut(n.backlogTeu, e),
      passThroughTeu: cut(n.passThroughTeu, e),
      passThroughVehicles: cut(n.passThroughVehicles, e),
    };
  }

  private transitTimes(): TransitTimes {
    const d = this.delivered;
    const per = (sum: Float64Array): Float64Array =>
      sum.map((v, i) => ((d[i] as number) > 0 ? v / (d[i] as number) : NaN));
    const q = (p: number): Float64Array =>
      Float64Array.from(this.quantiles, (x) => (x === undefined ? NaN : x.quantile(p)));
    return {
      demandIds: this.c.scenario.demand.map((x) => x.id),
      delivered: d.slice(),
      meanDays: per(this.transitSum),
      p50Days: q(0.5),
      p95Days: q(0.95),
      meanDocumentDays: per(this.documentSum),
      meanFromDepartureDays: per(this.fromDepartureSum),
      maxServiceWaitDays: this.maxServiceWait.map((h) => h / 24),
      histogram: { binDays: HISTOGRAM_BIN_DAYS, bins: HISTOGRAM_BINS, counts: this.histogram.slice() },
    };
  }

  /** The share of the first reported calendar year the run records (after warm-up, before its end). */
  private firstYearCoveredShare(keep: readonly boolean[]): number {
    const first = keep.indexOf(true);
    const start = this.yearStart[first];
    const end = this.yearStart[first + 1];
    if (first < 0 || start === undefined || end === undefined || end <= start) return Number.NaN;
    const covered = Math.min(end, this.c.durationHours) - Math.max(start, this.c.warmupHours);
    return Math.max(0, covered) / (end - start);
  }

  private kpis(): Kpis {
    const warm = this.c.warmupHours;
    const keep = this.years.map((_, i) => (this.yearStart[i + 1] as number) > warm);
    const pick = (a: Float64Array): Float64Array => Float64Array.from(a.filter((_, i) => keep[i]));
    const k = this.kpi;
    const trade = pick(k.scoTrade);
    const teu = pick(k.teu);
    const co2 = pick(k.co2);
    const seaRail = pick(k.seaRailSum);
    const seaRailCount = pick(k.seaRailCount);
    const years = this.years.filter((_, i) => keep[i]);
    return {
      years,
      trainsPerYear: pick(k.trains),
      scoTradeValueUsd: trade,
      scoTradeGrowth: tradeGrowth(
        trade,
        years,
        this.firstYearCoveredShare(keep),
        this.c.scenario.kpi.tradeBase,
      ),
      meanSeaRailTransitDays: seaRail.map((v, i) =>
        (seaRailCount[i] as number) > 0 ? v / (seaRailCount[i] as number) : NaN,
      ),
      co2PerTeuTonnes: co2.map((v, i) => ((teu[i] as number) > 0 ? v / (teu[i] as number) : NaN)),
      teuDelivered: teu,
      backlogTeu: pick(k.backlog),
      seaRailByCorridor: this.seaRail.result(keep),
    };
  }
}

export interface WeekEndStocks {
  generatedTeu: number;
  deliveredTeu: number;
  inTransitTeu: number;
  waitingTeu: number;
  nodeBacklogTeu: Float64Array;
  corridorBacklogTeu: Float64Array;
}

function resourceStats(c: CompiledScenario, resources: readonly Resource[], now: number): ResourceStats {
  const n = resources.length;
  const out: ResourceStats = {
    ids: c.processes.map((p) => p.id),
    servers: new Float64Array(n),
    arrivals: new Float64Array(n),
    meanWaitHours: new Float64Array(n),
    meanQueueLength: new Float64Array(n),
    utilisation: new Float64Array(n),
    meanSojournHours: new Float64Array(n),
    meanInSystem: new Float64Array(n),
  };
  resources.forEach((r, i) => {
    const st = r.stats;
    out.servers[i] = r.servers;
    out.arrivals[i] = st.arrivals;
    out.meanWaitHours[i] = st.waitHours.count > 0 ? st.waitHours.mean : 0;
    out.meanQueueLength[i] = st.queueLength.mean(now);
    out.utilisation[i] = st.busy.mean(now) / r.servers;
    out.meanSojournHours[i] = st.sojournHours.count > 0 ? st.sojournHours.mean : 0;
    out.meanInSystem[i] = st.queueLength.mean(now) + st.busy.mean(now);
  });
  return out;
}

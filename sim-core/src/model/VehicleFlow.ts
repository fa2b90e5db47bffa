/**
 * Vehicles: timetabled departures (scaled, dropped or added by interventions), loading at each
 * stop from the departure queue (FIFO; only cargo ready by the cut-off; a vehicle takes what fits
 * and the rest rolls to the next departure), travel, vehicle-unit processes on arrival (a train
 * holds at a border until its gauge change is done), unloading, return runs, and link slot limits
 * (vehicles a week; a vehicle over the limit waits at the node for next week's slots).
 */
import { sampler } from '../kernel/sampler.ts';
import type { ServedCall } from '../kernel/Resource.ts';
import type { Simulation } from '../kernel/Simulation.ts';
import { departuresPerWeek, NO_LINK, type Route } from '../network/RouteTable.ts';
import { MODE_COUNT, VEHICLE_KINDS } from '../vocabulary/modes.ts';
import type { Service } from '../scenario/schema.ts';
import type { CargoFlow } from './CargoFlow.ts';
import { DWELL_CUSTOMS, DWELL_DOCUMENTS, DWELL_GAUGE, DWELL_HANDLING } from './ConsignmentStore.ts';
import { capacityTeu } from './CargoFlow.ts';
import { linkAllowancePerWeek } from './CargoIndex.ts';
import { HOURS_PER_WEEK } from '../vocabulary/time.ts';
import { PATIENCE_HOURS } from './OnwardChoice.ts';
import { SLOT_SHARE_HEADROOM } from './slotShares.ts';
import { vehicleProcessPlans } from './vehicleProcessPlans.ts';
import type { World } from './World.ts';

interface Vehicle {
  id: number;
  route: Route;
  /** Index of the stop the vehicle is at (or last left). */
  stop: number;
  loadTeu: number;
  capacityTeu: number;
  onboard: number[];
  /** Next vehicle process at the current stop. */
  processPos: number;
  /** An extra departure on demand (Service.adHoc): handled as an unscheduled train, no return run. */
  adHoc: boolean;
}

const EPSILON = 1e-9;
const TRAIN = VEHICLE_KINDS.indexOf('train');

/**
 * Ad hoc trains take longer at vehicle processes (border handling, gauge change) than
 * fixed-timetable ones: "scheduled trains are more than 30 % faster than ordinary trains" at
 * Alashankou and Khorgos (People's Daily, 2025-07-29, confidence A). A process's serviceHours are
 * read as a scheduled train's; an ad hoc train takes 1 / (1 - 0.3) times as long (estimate, C).
 */
export const AD_HOC_PROCESS_FACTOR = 1 / (1 - 0.3);
/**
 * How many waiting consignments that do not fit a vehicle's room its loading passes over to
 * find ones that do (a bound on the work per stop; a model choice).
 */
export const LOAD_LOOKAHEAD = 64;
/** How often services with ad hoc capacity look at their waiting cargo: daily (a model choice). */
export const AD_HOC_CHECK_HOURS = 24;
/**
 * A vehicle that does not run back at once (the share 1 - returnShare of a service's runs) stands
 * by at its last stop and runs back when the oldest cargo waiting for the return run has waited
 * this long (3 weeks, a model choice: how long a consolidator holds boxes before it sends a
 * part-loaded train rather than wait for the next planned return). It runs besides the planned
 * returns: at least returnShare of the runs come back, more when the cargo needs them, never more
 * than went out.
 */
export const STANDBY_RETURN_WAIT_HOURS = 21 * 24;

export class VehicleFlow {
  private readonly vehicles: (Vehicle | undefined)[] = [];
  private readonly freeIds: number[] = [];
  private readonly credit: Float64Array;
  private readonly returnCredit: Float64Array;
  private readonly legHours: (() => number)[][];
  /** Vehicle processes per route stop: processPlans[route][stop]. */
  private readonly processPlans: number[][][];
  /** Per process: the dwell cause its service time counts as (CompiledProcess.dwellCause). */
  private readonly dwellCause: Uint8Array;
  private readonly linkWeek: Float64Array;
  private readonly linkUsed: Float64Array;
  /** Per link: the fraction of a slot carried from the week before, and the last allowance seen. */
  private readonly linkCarry: Float64Array;
  private readonly linkAllowance: Float64Array;
  private readonly held: Vehicle[] = [];
  /**
   * Consignments getting off at the current stop: one scratch buffer, reused at every stop (a
   * fresh array per stop grew and was dropped hundreds of times per year for each vessel).
   */
  private alighting = new Int32Array(256);
  /** Entity names for errors, made once per service and route (not a string per event). */
  private readonly serviceLabels: string[];
  private readonly vehicleLabels: string[];
  private readonly hub: number;
  /**
   * Per departure queue (route stop): expected TEU a week that boards there (each demand's
   * cheapest candidate, at its first-year volume), and the sum of it over that stop and the later
   * ones before the last: the per-stop slot share.
   */
  private readonly boardingTeu: Float64Array;
  private readonly boardingAheadTeu: Float64Array;
  /** Services with ad hoc departures, their forward route, and the departures used this week. */
  private readonly adHocServices: number[];
  private readonly adHocWeek: Float64Array;
  private readonly adHocUsed: Float64Array;
  private readonly adHocHandler = (sim: Simulation): void => this.onAdHocCheck(sim);
  /** Per service: vehicles standing by at its last stop (runs that did not go back at once). */
  private readonly standby: Float64Array;
  /** Services whose runs may stand by (a return route and returnShare < 1). */
  private readonly standbyServices: number[];
  private readonly standbyHandler = (sim: Simulation): void => this.onStandbyCheck(sim);
  private readonly slotHandler = (sim: Simulation, s: number): void => this.onSlot(sim, s);
  private readonly launchHandler = (_sim: Simulation, r: number): void => this.launch(r);
  private readonly arriveHandler = (_sim: Simulation, id: number): void => this.arrive(this.vehicle(id));
  private readonly processDone: ServedCall = (_sim, id, wait, service) =>
    this.onProcessDone(this.vehicle(id), wait, service);

  constructor(
    private readonly w: World,
    private readonly cargo: CargoFlow,
  ) {
    const compiled = w.c;
    this.credit = new Float64Array(compiled.services.length);
    this.returnCredit = new Float64Array(compiled.services.length);
    this.legHours = compiled.routes.routes.map((r) => {
      const stream = w.streams.stream(`legs/${r.service.id}${r.isReturn ? '/return' : ''}`);
      return r.legHours.map((d) => sampler(d, stream));
    });
    this.processPlans = vehicleProcessPlans(compiled);
    this.dwellCause = Uint8Array.from(compiled.processes, (p) => p.dwellCause);
    this.serviceLabels = compiled.services.map((service) => `service ${service.id}`);
    this.vehicleLabels = compiled.routes.routes.map(
      (r) => `vehicle of ${r.service.id}${r.isReturn ? ' (return)' : ''}`,
    );
    this.linkWeek = new Float64Array(compiled.scenario.links.length).fill(-1);
    this.linkUsed = new Float64Array(compiled.scenario.links.length);
    this.linkCarry = new Float64Array(compiled.scenario.links.length);
    this.linkAllowance = new Float64Array(compiled.scenario.links.length);
    this.hub =
      compiled.scenario.kpi.trainHubNode === undefined
        ? -1
        : (compiled.nodeIndex.get(compiled.scenario.kpi.trainHubNode) ?? -1);
    const share = cargo.index.slotShares;
    this.boardingTeu = share.boarding;
    this.boardingAheadTeu = share.ahead;
    this.adHocServices = compiled.services.flatMap((service, s) => (service.adHoc === undefined ? [] : [s]));
    this.adHocWeek = new Float64Array(compiled.services.length).fill(-1);
    this.adHocUsed = new Float64Array(compiled.services.length);
    this.standby = new Float64Array(compiled.services.length);
    this.standbyServices = compiled.services.flatMap((service, s) =>
      (compiled.routes.returnRoute[s] as number) >= 0 && service.returnShare < 1 ? [s] : [],
    );
  }

  /** Schedules the first timetable slot of every service. */
  start(): void {
    this.w.c.services.forEach((service, s) => {
      const first = nextSlot(service, -1, this.w.c.calendar.weekdayOfDay.bind(this.w.c.calendar));
      if (first < this.w.c.durationHours)
        this.w.sim.scheduleCall(first, this.slotHandler, s, 0, this.serviceLabels[s]);
    });
    if (this.adHocServices.length > 0)
      this.w.sim.scheduleCall(AD_HOC_CHECK_HOURS, this.adHocHandler, 0, 0, 'ad hoc departures');
    if (this.standbyServices.length > 0)
      this.w.sim.scheduleCall(AD_HOC_CHECK_HOURS, this.standbyHandler, 0, 0, 'standby returns');
  }

  /**
   * Every AD_HOC_CHECK_HOURS: a service with a vehicle standing by at its last stop sends it back
   * when the oldest cargo waiting at the stops of its return run has waited
   * STANDBY_RETURN_WAIT_HOURS or more, one per service per check, while the service runs.
   */
  private onStandbyCheck(sim: Simulation): void {
    const w = this.w;
    for (const s of this.standbyServices) {
      if ((this.standby[s] as number) < 1 || w.c.interventions.frequencyFactor(s, sim.now) <= 0) continue;
      const back = w.c.routes.returnRoute[s] as number;
      const route = w.c.routes.routes[back] as Route;
      const readyBefore = sim.now - STANDBY_RETURN_WAIT_HOURS;
      let due = false;
      for (let stop = 0; stop < route.stops.length - 1 && !due; stop++) {
        const queue = w.queues[route.queueBase + stop] as (typeof w.queues)[number];
        due = queue.size > 0 && w.cons.ready(queue.peek()) <= readyBefore;
      }
      if (!due) continue;
      this.standby[s] = (this.standby[s] as number) - 1;
      this.launch(back);
    }
    if (sim.now + AD_HOC_CHECK_HOURS < w.c.durationHours)
      sim.scheduleCall(AD_HOC_CHECK_HOURS, this.standbyHandler, 0, 0, 'standby returns');
  }

  /**
   * Every AD_HOC_CHECK_HOURS: a service with ad hoc capacity sends an extra vehicle from its first
   * stop when the cargo waiting at its stops for the forward run is at least `minLoadShare` of a
   * vehicle and fewer than `maxPerWeek` extras left this sim week (one per check).
   */
  private onAdHocCheck(sim: Simulation): void {
    const w = this.w;
    const week = Math.floor(sim.now / HOURS_PER_WEEK);
    for (const s of this.adHocServices) {
      const service = w.c.services[s] as Service;
      const adHoc = service.adHoc;
      if (adHoc === undefined || w.c.interventions.frequencyFactor(s, sim.now) <= 0) continue;
      if (this.adHocWeek[s] !== week) {
        this.adHocWeek[s] = week;
        this.adHocUsed[s] = 0;
      }
      if ((this.adHocUsed[s] as number) + 1 > adHoc.maxPerWeek + EPSILON) continue;
      const r = w.c.routes.forwardRoute[s] as number;
      const route = w.c.routes.routes[r] as Route;
      let waiting = 0;
      for (let stop = 0; stop < route.stops.length - 1; stop++)
        waiting += w.queueTeu[route.queueBase + stop] as number;
      const vehicle = capacityTeu(route, w.tonnesPerTeu) * w.c.interventions.capacityFactor(s, sim.now);
      if (vehicle <= 0 || waiting + EPSILON < adHoc.minLoadShare * vehicle) continue;
      this.adHocUsed[s] = (this.adHocUsed[s] as number) + 1;
      this.launch(r, true);
    }
    if (sim.now + AD_HOC_CHECK_HOURS < w.c.durationHours)
      sim.scheduleCall(AD_HOC_CHECK_HOURS, this.adHocHandler, 0, 0, 'ad hoc departures');
  }

  /** A timetable slot of service s: run as many departures as the frequency factor has earned. */
  private onSlot(sim: Simulation, s: number): void {
    const w = this.w;
    const service = w.c.services[s] as Service;
    const now = sim.now;
    const next = nextSlot(service, now, w.c.calendar.weekdayOfDay.bind(w.c.calendar));
    let credit = (this.credit[s] as number) + w.c.interventions.frequencyFactor(s, now);
    const n = Math.floor(credit + EPSILON);
    credit -= n;
    this.credit[s] = Math.max(0, credit);
    const route = w.c.routes.forwardRoute[s] as number;
    // Extra departures (factor > 1) are spread evenly until the next slot.
    const gap = Number.isFinite(next) ? (next - now) / Math.max(1, n) : 0;
    for (let k = 0; k < n; k++) {
      if (k === 0) this.launch(route);
      else sim.scheduleCall(gap * k, this.launchHandler, route, 0, this.serviceLabels[s]);
    }
    if (next < w.c.durationHours) sim.scheduleCall(next - now, this.slotHandler, s, 0, this.serviceLabels[s]);
  }

  private launch(r: number, adHoc = false): void {
    const w = this.w;
    const route = w.c.routes.routes[r] as Route;
    const factor = w.c.interventions.capacityFactor(route.serviceIndex, w.sim.now);
    const id = this.freeIds.pop() ?? this.vehicles.length;
    const v: Vehicle = {
      id,
      route,
      stop: 0,
      loadTeu: 0,
      capacityTeu: capacityTeu(route, w.tonnesPerTeu) * factor,
      onboard: [],
      processPos: 0,
      adHoc,
    };
    this.vehicles[id] = v;
    if (w.afterWarmup) w.rec.add(w.rec.mode.vehicles, MODE_COUNT, route.modeIndex, 1);
    this.departFromStop(v);
  }

  private vehicle(id: number): Vehicle {
    const v = this.vehicles[id];
    if (v === undefined) throw new Error(`vehicle ${id} is not on the road`);
    return v;
  }

  /** Loads what is ready and fits, then takes the next leg (or waits for a link slot). */
  private departFromStop(v: Vehicle): void {
    const w = this.w;
    const route = v.route;
    const node = route.stops[v.stop] as number;
    if ((w.nodeFactor[node] as number) > 0) this.load(v);
    const link = route.legLink[v.stop] as number;
    if (link !== NO_LINK && !this.takeLinkSlot(link)) {
      this.held.push(v);
      w.linkHeldVehicles[link] = (w.linkHeldVehicles[link] as number) + 1;
      return;
    }
    this.travel(v, link);
  }

  private load(v: Vehicle): void {
    const w = this.w;
    const route = v.route;
    const q = route.queueBase + v.stop;
    const queue = w.queues[q];
    if (queue === undefined) return;
    w.lastLoadHours[q] = w.sim.now;
    const readyBy = w.sim.now - route.cutoffHours;
    const cons = w.cons;
    const room = v.capacityTeu - this.reservedDownstream(v);
    if (v.capacityTeu <= 0) return;
    // First fit, oldest first: a consignment that does not fit waits at the head of the queue for
    // the next vehicle, and the ones behind it that fit board (as a forwarder fills a train or an
    // aircraft); at most LOAD_LOOKAHEAD are passed over. The first one a vehicle takes always
    // boards, even when larger than a whole vehicle (it rides alone).
    let passed = 0;
    for (let i = 0; i < queue.size && passed <= LOAD_LOOKAHEAD;) {
      const c = queue.at(i);
      if (cons.ready(c) > readyBy) break;
      const size = cons.sizeTeu(c);
      if (v.loadTeu + size > room + EPSILON && v.loadTeu > 0) {
        passed++;
        i++;
        continue;
      }
      queue.removeAt(i);
      v.loadTeu += this.cargo.board(c, route, q);
      v.onboard.push(c);
      if (v.loadTeu >= room - EPSILON) break;
    }
  }

  /**
   * A slot on a limited link this sim week. Slots earned = the week's allowance plus the fraction
   * of a slot left over from the week before, so a throttle acts exactly on average (30 % of 7
   * trains is 2.1 a week: 2, 2, ..., 3 every tenth week), not rounded down each week.
   */
  /**
   * Room kept at the vehicle's later stops (before the last), so vehicles that come full from the
   * first stops do not starve the stops after them. For each later stop the larger of its slot
   * share, the vehicle's free room x that stop's expected boarding TEU / the expected boarding TEU
   * of this stop and the later ones, at most SLOT_SHARE_HEADROOM x what it is expected to board
   * (a stop's share is released when the vehicle gets there), and the cargo that has waited
   * PATIENCE_HOURS or more there (the oldest first in each queue).
   */
  private reservedDownstream(v: Vehicle): number {
    const w = this.w;
    const route = v.route;
    const cons = w.cons;
    const oldBefore = w.sim.now - PATIENCE_HOURS;
    const ahead = this.boardingAheadTeu[route.queueBase + v.stop] as number;
    const free = v.capacityTeu - v.loadTeu;
    let reserved = 0;
    for (let stop = v.stop + 1; stop < route.stops.length - 1 && reserved < v.capacityTeu; stop++) {
      const q = route.queueBase + stop;
      const expected = this.boardingTeu[q] as number;
      const share =
        ahead > 0 && free > 0 ? Math.min((free * expected) / ahead, SLOT_SHARE_HEADROOM * expected) : 0;
      const queue = w.queues[q] as (typeof w.queues)[number];
      let old = 0;
      for (let i = 0; i < queue.size && reserved + old < v.capacityTeu; i++) {
        const c = queue.at(i);
        if (cons.ready(c) > oldBefore) break;
        old += cons.sizeTeu(c);
      }
      reserved += Math.max(share, old);
    }
    return Math.min(reserved, v.capacityTeu);
  }

  private takeLinkSlot(link: number): boolean {
    const w = this.w;
    const now = w.sim.now;
    const allowance = linkAllowancePerWeek(w.c, link, now);
    if (allowance === Infinity) return true;
    const week = Math.floor(now / HOURS_PER_WEEK);
    if (this.linkWeek[link] !== week) {
      const earned = (this.linkCarry[link] as number) + (this.linkAllowance[link] as number);
      const carry = earned - Math.floor(earned + EPSILON);
      this.linkCarry[link] = this.linkWeek[link] === week - 1 && carry > EPSILON ? carry : 0;
      this.linkWeek[link] = week;
      this.linkUsed[link] = 0;
    }
    this.linkAllowance[link] = allowance;
    const earned = (this.linkCarry[link] as number) + allowance;
    if ((this.linkUsed[link] as number) + 1 > Math.floor(earned + EPSILON)) return false;
    this.linkUsed[link] = (this.linkUsed[link] as number) + 1;
    return true;
  }

  /** At each week's start: vehicles held for link slots try again, in the order they stopped. */
  releaseHeld(): void {
    const waiting = this.held.splice(0, this.held.length);
    this.w.linkHeldVehicles.fill(0);
    for (const v of waiting) this.departFromStop(v);
  }

  private travel(v: Vehicle, link: number): void {
    const w = this.w;
    const route = v.route;
    const now = w.sim.now;
    const leg = v.stop;
    // 到发: a train leaving the hub counts, from its first stop or passing through.
    if (route.stops[leg] === this.hub && route.vehicleKind === TRAIN && w.afterWarmup)
      w.rec.addYear(w.rec.kpi.trains, 1);
    const hours = (this.legHours[route.index]?.[leg] as () => number)();
    const tonnes = v.loadTeu * w.tonnesPerTeu;
    const perUnit = route.perTonne ? w.tonnesPerTeu : 1;
    w.rec.trips.add(
      route.vehicleKind,
      route.serviceIndex,
      link,
      route.legReversed[leg] as number,
      now,
      now + hours,
      v.loadTeu * perUnit,
      v.capacityTeu * perUnit,
    );
    const rec = w.rec;
    if (w.afterWarmup) {
      const links = w.c.scenario.links.length;
      if (link !== NO_LINK) {
        rec.add(rec.link.teu, links, link, v.loadTeu);
        rec.add(rec.link.tonnes, links, link, tonnes);
        rec.add(rec.link.vehicles, links, link, 1);
      }
      const tonneKm = tonnes * (route.legKm[leg] as number);
      const co2Tonnes = (tonneKm * (w.c.scenario.factors.co2KgPerTonneKm[route.service.mode] ?? 0)) / 1000;
      rec.add(rec.mode.tonneKm, MODE_COUNT, route.modeIndex, tonneKm);
      rec.add(rec.mode.co2Tonnes, MODE_COUNT, route.modeIndex, co2Tonnes);
      rec.addYear(rec.kpi.co2, co2Tonnes);
    }
    w.sim.scheduleCall(hours, this.arriveHandler, v.id, 0, this.vehicleLabels[route.index]);
  }

  private arrive(v: Vehicle): void {
    const w = this.w;
    v.stop++;
    v.processPos = 0;
    const node = v.route.stops[v.stop] as number;
    if (node === this.hub && v.route.vehicleKind === TRAIN && w.afterWarmup)
      w.rec.addYear(w.rec.kpi.trains, 1);
    this.nextVehicleProcess(v);
  }

  /** Vehicle-unit processes at the stop, one after another; then unload and go on. */
  private nextVehicleProcess(v: Vehicle): void {
    const w = this.w;
    const plan = this.processPlans[v.route.index]?.[v.stop] ?? [];
    const p = plan[v.processPos];
    if (p === undefined) {
      this.unloadAndContinue(v);
      return;
    }
    v.processPos++;
    let hours = (w.processHours[p] as () => number)();
    if ((w.inspected[p] as () => boolean)()) hours += (w.inspectionHours[p] as () => number)();
    if (!v.route.service.scheduled || v.adHoc) hours *= AD_HOC_PROCESS_FACTOR;
    (w.resources[p] as (typeof w.resources)[number]).requestCall(hours, this.processDone, v.id);
  }

  /** A vehicle process is done: the riders' dwell at the node grows by it, by kind. */
  private onProcessDone(v: Vehicle, wait: number, service: number): void {
    const w = this.w;
    const riders = v.onboard.length;
    if (riders > 0 && w.afterWarmup) {
      const p = (this.processPlans[v.route.index]?.[v.stop] ?? [])[v.processPos - 1] as number;
      const cause = this.dwellCause[p];
      const held = service * riders;
      w.rec.nodeDwell(
        v.route.stops[v.stop] as number,
        riders,
        (wait + service) * riders,
        cause === DWELL_HANDLING ? held : 0,
        cause === DWELL_CUSTOMS ? held : 0,
        cause === DWELL_DOCUMENTS ? held : 0,
        cause === DWELL_GAUGE ? held : 0,
      );
    }
    this.nextVehicleProcess(v);
  }

  private unloadAndContinue(v: Vehicle): void {
    const w = this.w;
    const cons = w.cons;
    const table = w.c.itineraries;
    const route = v.route;
    let kept = 0;
    const onboard = v.onboard;
    let alighting = this.alighting;
    if (alighting.length < onboard.length) {
      alighting = new Int32Array(2 * onboard.length);
      this.alighting = alighting;
    }
    let off = 0;
    for (const c of onboard) {
      const leg = (table.legStart[cons.itinerary(c)] as number) + cons.legPos(c);
      if ((table.legAlight[leg] as number) === v.stop) {
        alighting[off++] = c;
        v.loadTeu -= cons.sizeTeu(c);
      } else onboard[kept++] = c;
    }
    onboard.length = kept;
    if (kept === 0) v.loadTeu = 0;
    // alight() never unloads a vehicle, so the scratch buffer is not reused while it is read.
    for (let i = 0; i < off; i++) this.cargo.alight(alighting[i] as number, route, v.stop);
    if (v.stop < route.stops.length - 1) {
      if (w.afterWarmup) this.recordPassThrough(v);
      this.departFromStop(v);
      return;
    }
    this.vehicles[v.id] = undefined;
    this.freeIds.push(v.id);
    if (!v.adHoc) this.maybeReturn(route);
  }

  /** The vehicle calls at a stop on its way: it and the cargo staying on board pass the node. */
  private recordPassThrough(v: Vehicle): void {
    const rec = this.w.rec;
    const nodes = this.w.c.scenario.nodes.length;
    const node = v.route.stops[v.stop] as number;
    rec.add(rec.node.passThroughVehicles, nodes, node, 1);
    rec.add(rec.node.passThroughTeu, nodes, node, v.loadTeu);
  }

  /** A share `returnShare` of a service's runs also run back from the last stop. */
  private maybeReturn(route: Route): void {
    if (route.isReturn) return;
    const s = route.serviceIndex;
    const back = this.w.c.routes.returnRoute[s] as number;
    if (back < 0) return;
    const credit = (this.returnCredit[s] as number) + route.service.returnShare;
    if (credit + EPSILON >= 1) {
      this.returnCredit[s] = credit - 1;
      this.launch(back);
    } else {
      this.returnCredit[s] = credit;
      this.standby[s] = (this.standby[s] as number) + 1;
    }
  }
}

/** The first timetable slot strictly after `after` (hours; -1 for the first), Infinity if none. */
export function nextSlot(service: Service, after: number, weekdayOfDay: (day: number) => number): number {
  const t = service.timetable;
  if ('departuresPerWeek' in t) {
    const perWeek = departuresPerWeek(service);
    if (perWeek <= 0) return Infinity;
    const headway = HOURS_PER_WEEK / perWeek;
    const k =
      after < t.firstDepartureHour ? 0 : Math.floor((after - t.firstDepartureHour) / headway + EPSILON) + 1;
    return t.firstDepartureHour + k * headway;
  }
  const startDay = Math.max(0, Math.floor(after / 24));
  for (let day = startDay; day < startDay + 8; day++) {
    const time = day * 24 + t.hourOfDay;
    if (time > after && t.weekdays.includes(weekdayOfDay(day))) return time;
  }
  return Infinity;
}

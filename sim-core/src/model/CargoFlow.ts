/**
 * The life of a consignment: created at its origin, it passes the node's processes and document
 * steps (a "visit"), waits in the departure queue of its itinerary's next leg, rides, alights at a
 * transfer or its destination and visits that node, until it is delivered.
 *
 * Routing (OnwardChoice.ts states the cost): a consignment chooses its itinerary when it appears,
 * and chooses its onward legs again on arrival at each transfer node, among the demand's
 * candidates that board a leg there, judged by what runs when it will need it and by the queues
 * ahead now. Before joining a departure queue it checks that the leg still runs (within the
 * horizon), and when a service stops or a node closes (an intervention edge) every consignment
 * whose remaining legs are then blocked moves to its next best remainder from where it waits,
 * straight into that leg's queue (its visit is not redone; it keeps its place in time, so its
 * wait counts from when it first queued at the node).
 */
import type { Resource, ServedCall } from '../kernel/Resource.ts';
import { sampler } from '../kernel/sampler.ts';
import type { Route } from '../network/RouteTable.ts';
import { MODE_COUNT, MODES } from '../vocabulary/modes.ts';
import { buildCargoIndex, type CargoIndex } from './CargoIndex.ts';
import {
  DWELL_CUSTOMS,
  DWELL_DOCUMENTS,
  DWELL_GAUGE,
  DWELL_HANDLING,
  quantizeTeu,
} from './ConsignmentStore.ts';
import { DOC_STEPS_PER_SET, isInspection } from './documentSteps.ts';
import { OnwardChoice } from './OnwardChoice.ts';
import { Rerouting } from './Rerouting.ts';
import { documentCodeOf, isDocumentStep, VisitPlans } from './VisitPlans.ts';
import type { World } from './World.ts';

const SEA_RAIL = (1 << MODES.indexOf('sea')) | (1 << MODES.indexOf('rail'));

export class CargoFlow {
  /** Visit plans; a consignment holds its plan's id (cons.plan) and its position in it. */
  private readonly visitPlans: VisitPlans;
  private readonly plans: Int32Array[];
  readonly index: CargoIndex;
  private readonly choice: OnwardChoice;
  /** Waiting cargo choosing again (Replication calls its scans). */
  readonly rerouting: Rerouting;
  /** Per process: the dwell cause its service time counts as (CompiledProcess.dwellCause). */
  private readonly dwellCause: Uint8Array;
  private readonly docHours: (() => number)[];
  private readonly docInspected: (code: number) => boolean;
  private readonly docMode: (() => boolean)[];
  private readonly sizes: (() => number)[];
  /** Entity names for errors, per demand, made once. */
  private readonly labels: string[];
  private readonly delayDone = (_sim: unknown, c: number): void => this.advance(c);
  /** One handler for every process completion; the argument is the consignment. */
  private readonly processDone: ServedCall = (_sim, c, wait, service) => this.onProcessDone(c, wait, service);

  constructor(private readonly w: World) {
    const compiled = w.c;
    this.index = buildCargoIndex(compiled, w.tonnesPerTeu);
    this.choice = new OnwardChoice(w, this.index);
    this.rerouting = new Rerouting(w, this.choice, this.index);
    this.visitPlans = new VisitPlans(compiled);
    this.plans = this.visitPlans.steps;
    this.dwellCause = Uint8Array.from(compiled.processes, (p) => p.dwellCause);
    this.docHours = compiled.documents.steps.map((step, k) =>
      sampler(step.hours, w.streams.stream(compiled.documents.streamNames[k] as string)),
    );
    const inspection = w.streams.stream('documents-inspection');
    const p = compiled.documents.inspectionProbability;
    const setOf = (code: number): number => Math.floor(code / DOC_STEPS_PER_SET);
    this.docInspected = (code) => inspection.next01() < (p[setOf(code)] as number);
    this.docMode = compiled.scenario.corridors.map((corridor) => {
      const stream = w.streams.stream(`documents/${corridor.id}`);
      const share = corridor.singleDocumentShare;
      // All or none: no draw needed (the stream serves this corridor alone).
      if (share <= 0) return () => false;
      if (share >= 1) return () => true;
      return () => stream.next01() < share;
    });
    this.labels = compiled.demands.map((d) => `consignment of demand ${d.spec.id}`);
    this.sizes = compiled.demands.map((d) =>
      sampler(d.spec.consignmentSize, w.streams.stream(`sizes/${d.spec.id}`)),
    );
  }

  /** A consignment of demand `d` appears at its origin now. */
  create(d: number): void {
    const w = this.w;
    const demand = w.c.demands[d];
    if (demand === undefined) throw new RangeError(`no demand ${d}`);
    const cons = w.cons;
    const c = cons.allocate();
    const raw = (this.sizes[d] as () => number)();
    const size = quantizeTeu(demand.perTonne ? raw / w.tonnesPerTeu : raw);
    const now = w.sim.now;
    cons.setDemand(c, d);
    cons.setSizeTeu(c, size);
    cons.setCreated(c, now);
    cons.setLegPos(c, 0);
    cons.setModes(c, 0);
    cons.setSingle(c, (this.docMode[demand.corridor]?.() ?? false) ? 1 : 0);
    cons.setTripDocuments(c, 0);
    cons.setFirstDeparture(c, -1);
    w.generatedTeu += size;
    const it = this.choice.atOrigin(d);
    cons.setItinerary(c, it);
    if (it < 0) {
      // No itinerary: the cargo waits at its origin for good, visible as backlog there.
      cons.setNode(c, demand.origin);
      w.waitingTeu += size;
      w.nodeBacklogTeu[demand.origin] = (w.nodeBacklogTeu[demand.origin] as number) + size;
      w.corridorBacklogTeu[demand.corridor] = (w.corridorBacklogTeu[demand.corridor] as number) + size;
      return;
    }
    w.inTransitTeu += size;
    this.startVisit(c, demand.origin, -1, this.legMode(it, 0));
  }

  /** Mode index of leg `leg` of itinerary `it`, or -1 past the last leg. */
  private legMode(it: number, leg: number): number {
    const table = this.w.c.itineraries;
    if (leg >= (table.legCount[it] as number)) return -1;
    return this.index.legMode[(table.legStart[it] as number) + leg] as number;
  }

  private startVisit(c: number, node: number, arriveMode: number, departMode: number): void {
    const cons = this.w.cons;
    cons.setNode(c, node);
    cons.setNodeArrival(c, this.w.sim.now);
    cons.clearDwell(c);
    const corridor = this.index.demandCorridor[cons.demand(c)] as number;
    const set = this.w.c.documents.setFor(corridor, departMode);
    cons.setPlan(c, this.visitPlans.planFor(node, arriveMode, departMode, cons.single(c), set));
    cons.setPlanPos(c, 0);
    this.advance(c);
  }

  /** Runs the visit's next steps: process steps through their Resource, delays as one event. */
  private advance(c: number): void {
    const w = this.w;
    const cons = w.cons;
    const plan = this.plans[cons.plan(c)] as Int32Array;
    let delay = 0;
    while (cons.planPos(c) < plan.length) {
      const step = plan[cons.planPos(c)] as number;
      if (!isDocumentStep(step) || this.documentsProcess(c) >= 0) {
        if (delay > 0) break; // finish the pending delay first, then come back to this step
        cons.setPlanPos(c, cons.planPos(c) + 1);
        this.runProcessStep(c, step);
        return;
      }
      cons.setPlanPos(c, cons.planPos(c) + 1);
      const code = documentCodeOf(step);
      if (isInspection(code) && !this.docInspected(code)) continue;
      const hours = (this.docHours[code] as () => number)();
      cons.addDocumentHours(c, hours);
      delay += hours;
    }
    if (delay > 0) {
      w.sim.scheduleCall(delay, this.delayDone, c, 0, this.labels[cons.demand(c)]);
      return;
    }
    this.finishVisit(c);
  }

  private documentsProcess(c: number): number {
    return this.w.c.nodeDocumentsProcess[this.w.cons.node(c)] as number;
  }

  /** A process step, or a document step done at the node's documents process. */
  private runProcessStep(c: number, step: number): void {
    const w = this.w;
    if (isDocumentStep(step)) {
      const code = documentCodeOf(step);
      if (isInspection(code) && !this.docInspected(code)) {
        this.advance(c);
        return;
      }
      const hours = (this.docHours[code] as () => number)();
      this.resourceAt(c, this.documentsProcess(c)).requestCall(hours, this.processDone, c);
      return;
    }
    let hours = (w.processHours[step] as () => number)();
    if ((w.inspected[step] as () => boolean)()) hours += (w.inspectionHours[step] as () => number)();
    this.resourceAt(c, step).requestCall(hours, this.processDone, c);
  }

  private onProcessDone(c: number, wait: number, service: number): void {
    const cons = this.w.cons;
    const step = (this.plans[cons.plan(c)] as Int32Array)[cons.planPos(c) - 1] as number;
    if (isDocumentStep(step)) {
      // A document step at the documents desk: waiting for the desk is document time too (added
      // as (x + wait) + service, the order the totals have always been summed in).
      cons.addDwell(c, DWELL_DOCUMENTS, wait);
      cons.addDwell(c, DWELL_DOCUMENTS, service);
      cons.setTripDocuments(c, cons.tripDocuments(c) + wait + service);
    } else cons.addDwell(c, this.dwellCause[step] as number, service);
    this.advance(c);
  }

  private resourceAt(c: number, process: number): Resource {
    const resource = this.w.resources[process];
    if (resource === undefined) {
      const node = this.w.c.scenario.nodes[this.w.cons.node(c)]?.id;
      throw new Error(
        `node ${node} has no process #${process} (compiled scenario out of step with the world)`,
      );
    }
    return resource;
  }

  private finishVisit(c: number): void {
    const w = this.w;
    const cons = w.cons;
    const it = cons.itinerary(c);
    const legPos = cons.legPos(c);
    const table = w.c.itineraries;
    if (legPos >= (table.legCount[it] as number)) {
      this.deliver(c);
      return;
    }
    const leg = (table.legStart[it] as number) + legPos;
    const index = this.index;
    // A service may have stopped (or a node closed) during the visit: choose again if so.
    if (
      (index.serviceScaled[index.legService[leg] as number] as number) === 1 ||
      (index.nodeThrottled[cons.node(c)] as number) === 1
    )
      this.rerouting.rechooseIfBlocked(c);
    const q = index.legQueue[(table.legStart[cons.itinerary(c)] as number) + cons.legPos(c)] as number;
    const size = cons.sizeTeu(c);
    (w.queues[q] as (typeof w.queues)[number]).push(c);
    w.queueTeu[q] = (w.queueTeu[q] as number) + size;
    cons.setReady(c, w.sim.now);
    this.moveToWaiting(c, size, 1);
  }

  /** sign 1: the consignment starts waiting for a departure; -1: it stops waiting (boards). */
  private moveToWaiting(c: number, size: number, sign: 1 | -1): void {
    const w = this.w;
    const node = w.cons.node(c);
    const corridor = this.index.demandCorridor[w.cons.demand(c)] as number;
    w.waitingTeu += sign * size;
    w.inTransitTeu -= sign * size;
    w.nodeBacklogTeu[node] = (w.nodeBacklogTeu[node] as number) + sign * size;
    w.corridorBacklogTeu[corridor] = (w.corridorBacklogTeu[corridor] as number) + sign * size;
  }

  /** Takes the consignment off queue `q` onto a vehicle of `route`; returns its size (TEU). */
  board(c: number, route: Route, q: number): number {
    const w = this.w;
    const cons = w.cons;
    const size = cons.sizeTeu(c);
    w.queueTeu[q] = (w.queueTeu[q] as number) - size;
    if (w.afterWarmup) w.rec.serviceWait(cons.demand(c), w.sim.now - cons.ready(c));
    if (cons.firstDeparture(c) < 0) cons.setFirstDeparture(c, w.sim.now);
    this.moveToWaiting(c, size, -1);
    cons.setModes(c, cons.modes(c) | (1 << route.modeIndex));
    this.leaveNode(c);
    if (w.afterWarmup) {
      const rec = w.rec;
      const tonnes = size * w.tonnesPerTeu;
      rec.add(rec.mode.teu, MODE_COUNT, route.modeIndex, size);
      rec.add(rec.mode.tonnes, MODE_COUNT, route.modeIndex, tonnes);
      rec.add(
        rec.mode.costUsd,
        MODE_COUNT,
        route.modeIndex,
        route.rateUsd * (route.perTonne ? tonnes : size),
      );
    }
    return size;
  }

  /** The consignment leaves its current node (boards or is delivered): dwell and throughput. */
  private leaveNode(c: number): void {
    const w = this.w;
    if (!w.afterWarmup) return;
    const cons = w.cons;
    const node = cons.node(c);
    const now = w.sim.now;
    const size = cons.sizeTeu(c);
    const rec = w.rec;
    const nodes = w.c.scenario.nodes.length;
    rec.add(rec.node.teu, nodes, node, size);
    rec.add(rec.node.tonnes, nodes, node, size * w.tonnesPerTeu);
    rec.nodeDwell(
      node,
      1,
      now - cons.nodeArrival(c),
      cons.dwell(c, DWELL_HANDLING),
      cons.dwell(c, DWELL_CUSTOMS),
      cons.dwell(c, DWELL_DOCUMENTS),
      cons.dwell(c, DWELL_GAUGE),
    );
  }

  /** The consignment gets off a vehicle of `route` at stop `stop`. */
  alight(c: number, route: Route, stop: number): void {
    const cons = this.w.cons;
    const node = route.stops[stop] as number;
    let it = cons.itinerary(c);
    let legPos = cons.legPos(c) + 1;
    if (legPos < (this.w.c.itineraries.legCount[it] as number)) {
      // A transfer: choose the onward legs again from here.
      this.choice.fromNode(cons.demand(c), node, it, legPos);
      it = this.choice.itinerary;
      legPos = this.choice.leg;
      cons.setItinerary(c, it);
    }
    cons.setLegPos(c, legPos);
    this.startVisit(c, node, route.modeIndex, this.legMode(it, legPos));
  }

  private deliver(c: number): void {
    const w = this.w;
    const cons = w.cons;
    const size = cons.sizeTeu(c);
    const d = cons.demand(c);
    const demand = w.c.demands[d];
    this.leaveNode(c);
    w.inTransitTeu -= size;
    w.deliveredTeu += size;
    if (w.afterWarmup && demand !== undefined) this.recordDelivery(c, d, size);
    cons.release(c);
  }

  private recordDelivery(c: number, d: number, size: number): void {
    const w = this.w;
    const cons = w.cons;
    const demand = w.c.demands[d];
    if (demand === undefined) return;
    const now = w.sim.now;
    const rec = w.rec;
    const days = (now - cons.created(c)) / 24;
    const departed = cons.firstDeparture(c);
    // A single terminal (no legs) never departs: it is at its destination from the start.
    const fromDeparture = departed < 0 ? 0 : (now - departed) / 24;
    rec.transit(d, days, cons.tripDocuments(c) / 24, fromDeparture);
    const tonnes = size * w.tonnesPerTeu;
    const value = demand.spec.valuePerUnitUsd * (demand.perTonne ? tonnes : size);
    const corridors = w.c.scenario.corridors.length;
    rec.add(rec.corridor.teuDelivered, corridors, demand.corridor, size);
    rec.add(rec.corridor.tonnesDelivered, corridors, demand.corridor, tonnes);
    rec.add(rec.corridor.tradeValueUsd, corridors, demand.corridor, value);
    rec.addYear(rec.kpi.teu, size);
    if (demand.sco) rec.addYear(rec.kpi.scoTrade, value);
    // Sea–rail: it rode both (its itinerary may have changed on the way, so not the table's flag).
    if ((cons.modes(c) & SEA_RAIL) === SEA_RAIL) {
      rec.addYear(rec.kpi.seaRailSum, days);
      rec.addYear(rec.kpi.seaRailCount, 1);
      rec.seaRailDelivered(demand.corridor, days, fromDeparture);
    }
  }
}

/** A route vehicle's capacity in TEU-equivalent. */
export function capacityTeu(route: Route, tonnesPerTeu: number): number {
  return route.perTonne ? route.capacityUnits / tonnesPerTeu : route.capacityUnits;
}

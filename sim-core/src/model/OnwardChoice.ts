/**
 * Which itinerary a consignment takes from where it is: at its origin, on arrival at each
 * transfer node, and when the service it waits for stops or a node on its way closes.
 *
 * The candidates are the demand's compiled itineraries; from a node, the remainder of each one
 * that boards a leg there (from that leg to the end), and the itineraries compiled from that node
 * to the destination when it is a transfer node of the demand's candidates. A remainder's cost is its compiled
 * generalised cost from that node plus value of time x the hours it is expected to be held back,
 * leg by leg, each leg checked at the time the cargo will need it (now + the compiled hours
 * between the legs + the delays found on the legs before):
 * - a leg whose service does not run then (not started yet, dropped, frequency factor 0) waits
 *   until it runs again; beyond START_HORIZON_HOURS (or never) the remainder is **blocked**;
 *   a boarding node closed then (throttled to 0) likewise waits until it reopens;
 * - its departure queue: vehicle-loads queued there and at the route's stops before it (that cargo
 *   boards first) x the mean headway / the frequency factor, or the
 *   time the oldest consignment in it has waited if longer and a vehicle has loaded there since it
 *   came (head-of-line delay: vehicles that come full show there); a queue of SPILL_DEPARTURES vehicle-loads or more, or
 *   whose oldest has waited SPILL_DEPARTURES headways or more, makes the remainder **congested**;
 * - congestion on the way ("queue ahead / service rate"): at each vehicle process the vehicle
 *   passes after boarding and each consignment process at the alighting node, units queued x
 *   mean hours / (servers x throttle factor); at each slot-limited link, vehicles held for it /
 *   its allowance a week.
 * The choice takes the least tier (free, congested, blocked), then the least cost; from a node
 * the current remainder is kept on a tie. The state read is the state now (queues, throttles);
 * the timetable (services starting, stopping, nodes closing) is read at the time of need.
 */
import { linkAllowancePerWeek, type CargoIndex } from './CargoIndex.ts';
import { HOT_READY, HOT_STRIDE } from './ConsignmentStore.ts';
import type { World } from './World.ts';
import { HOURS_PER_WEEK } from '../vocabulary/time.ts';

/** A departure queue this many vehicle-loads long or longer is congested. */
export const SPILL_DEPARTURES = 2;
/**
 * How long cargo may be expected to wait for a service that does not run at the time it needs it
 * (not started yet, or paused) before that itinerary counts as blocked: two weeks, the longest
 * gap between two departures of a weekly service plus one week. A model choice, not a fact.
 */
export const START_HORIZON_HOURS = 14 * 24;
/**
 * A consignment that has waited this long at a node for a departure chooses again at the next
 * week's end (the queue it is in may be served by vehicles that come full): four weeks, a model
 * choice, so that no wait for a service runs on much beyond two months.
 */
export const PATIENCE_HOURS = 28 * 24;

const TIER_FREE = 0;
const TIER_CONGESTED = 1;
const TIER_BLOCKED = 2;

export class OnwardChoice {
  /** The result of the last fromNode(): the itinerary and the leg to board at the node. */
  itinerary = -1;
  leg = 0;
  /** Tier of the last onwardCost() (and of the last leg, inside it). */
  private tier = TIER_FREE;
  private legTier = TIER_FREE;

  constructor(
    private readonly w: World,
    private readonly index: CargoIndex,
  ) {}

  /** The best candidate of demand `d` at its origin (first leg boarded there), or -1 if none. */
  atOrigin(d: number): number {
    const table = this.w.c.itineraries;
    const start = table.demandStart[d] as number;
    const end = start + (table.demandCount[d] as number);
    const now = this.w.sim.now;
    let best = -1;
    let bestTier = TIER_BLOCKED + 1;
    let bestCost = Infinity;
    for (let k = start; k < end; k++) {
      if ((table.legCount[k] as number) === 0) return k; // a single terminal: nothing to choose
      // Candidates come cheapest first and waiting only adds: none further on can do better.
      if (bestTier === TIER_FREE && (table.costUsd[k] as number) >= bestCost) break;
      const cost = this.onwardCost(d, k, 0, now);
      if (this.tier < bestTier || (this.tier === bestTier && cost < bestCost)) {
        best = k;
        bestTier = this.tier;
        bestCost = cost;
      }
    }
    return best;
  }

  /**
   * The best remainder for a consignment of demand `d` at `node` that would board leg `leg` of
   * itinerary `it` there: sets this.itinerary and this.leg (unchanged when nothing is better).
   */
  fromNode(d: number, node: number, it: number, leg: number): void {
    const table = this.w.c.itineraries;
    const index = this.index;
    const now = this.w.sim.now;
    let bestCost = this.onwardCost(d, it, leg, now);
    let bestTier = this.tier;
    this.itinerary = it;
    this.leg = leg;
    const start = table.demandStart[d] as number;
    const end = start + (table.demandCount[d] as number);
    for (let k = start; k < end; k++) {
      if (k === it) continue;
      const first = table.legStart[k] as number;
      const count = table.legCount[k] as number;
      for (let j = 0; j < count; j++) {
        if ((index.legBoardNode[first + j] as number) !== node) continue;
        const cost = this.onwardCost(d, k, j, now);
        if (this.tier < bestTier || (this.tier === bestTier && cost < bestCost)) {
          this.itinerary = k;
          this.leg = j;
          bestTier = this.tier;
          bestCost = cost;
        }
        break;
      }
    }
    // The itineraries compiled from this very node, if it is a transfer node of the demand.
    const onwardEnd = (table.onwardStart[d] as number) + (table.onwardCount[d] as number);
    for (let e = table.onwardStart[d] as number; e < onwardEnd; e++) {
      if ((table.onwardNode[e] as number) !== node) continue;
      const from = table.onwardItStart[e] as number;
      const to = from + (table.onwardItCount[e] as number);
      for (let k = from; k < to; k++) {
        if (k === it) continue;
        const cost = this.onwardCost(d, k, 0, now);
        if (this.tier < bestTier || (this.tier === bestTier && cost < bestCost)) {
          this.itinerary = k;
          this.leg = 0;
          bestTier = this.tier;
          bestCost = cost;
        }
      }
      break;
    }
  }

  /** True when the remainder of itinerary `it` from leg `leg` cannot run within the horizon. */
  blocked(d: number, it: number, leg: number): boolean {
    this.onwardCost(d, it, leg, this.w.sim.now);
    return this.tier === TIER_BLOCKED;
  }

  /** Compiled cost from leg `leg` on + value of time x the hours held back; sets this.tier. */
  private onwardCost(d: number, it: number, leg: number, now: number): number {
    const table = this.w.c.itineraries;
    const first = (table.legStart[it] as number) + leg;
    const end = (table.legStart[it] as number) + (table.legCount[it] as number);
    const t0 = now - (table.legHoursBefore[first] as number);
    let hours = 0;
    let tier = TIER_FREE;
    for (let l = first; l < end; l++) {
      hours += this.legWaitHours(l, t0 + (table.legHoursBefore[l] as number) + hours);
      if (this.legTier > tier) tier = this.legTier;
    }
    this.tier = tier;
    const valueOfTime = this.index.valueOfTimeUsdPerDay[d] as number;
    return (table.legCostFrom[first] as number) + (hours > 0 ? (valueOfTime * hours) / 24 : 0);
  }

  /** Hours leg `l`, needed at time `tb`, is expected to hold the cargo back; sets this.legTier. */
  private legWaitHours(l: number, tb: number): number {
    const w = this.w;
    const index = this.index;
    const interventions = w.c.interventions;
    let tier = TIER_FREE;
    let hours = 0;
    let frequency = 1;
    const s = index.legService[l] as number;
    if ((index.serviceScaled[s] as number) === 1) {
      frequency = interventions.frequencyFactor(s, tb);
      if (frequency <= 0) {
        const from = interventions.runningFrom(s, tb);
        hours = from - tb;
        frequency = from < Infinity ? interventions.frequencyFactor(s, from) : 1;
      }
    }
    const node = index.legBoardNode[l] as number;
    if ((index.nodeThrottled[node] as number) === 1 && interventions.nodeFactor(node, tb + hours) <= 0)
      hours = interventions.openFrom(node, tb + hours) - tb;
    if (hours > START_HORIZON_HOURS) tier = TIER_BLOCKED;
    const q = index.legQueue[l] as number;
    let headway = (index.legHeadwayHours[l] as number) / frequency;
    // Cargo queued at the stops before this one boards first, but only into the room a vehicle
    // does not keep for this stop (its slot share): the vehicle-loads ahead are this queue over
    // the room the next vehicle brings here. The head-of-line delay is this queue's own.
    const capacity = index.legCapacityTeu[l] as number;
    let earlierTeu = 0;
    for (let k = index.legRouteQueue[l] as number; k < q; k++) earlierTeu += w.queueTeu[k] as number;
    const kept = Math.min(capacity, index.slotShares.keptRoom[q] as number);
    const room = capacity - Math.min(earlierTeu, capacity - kept);
    // Head-of-line delay: how long the oldest has waited, once a vehicle has loaded here and left
    // it behind (its wait before then is the wait for the next departure, which the compiled
    // half headway stands for: before a sparse service's departure it is most of a headway).
    const head = (w.queues[q] as (typeof w.queues)[number]).peek();
    const headReady = head >= 0 ? (w.cons.hot[HOT_STRIDE * head + HOT_READY] as number) : Infinity;
    const headAge = (w.lastLoadHours[q] as number) > headReady ? w.sim.now - headReady : 0;
    // A stop that keeps no room (no demand expected to board there) waits behind all of it.
    const loads =
      room > 0 ? (w.queueTeu[q] as number) / room : (earlierTeu + (w.queueTeu[q] as number)) / capacity;
    // Ad hoc capacity: a queue of a vehicle-load or more also sends extra departures.
    const adHoc = index.serviceAdHocPerWeek[s] as number;
    if (adHoc > 0 && loads >= (index.serviceAdHocMinLoads[s] as number))
      headway = HOURS_PER_WEEK / (HOURS_PER_WEEK / headway + adHoc);
    if ((loads >= SPILL_DEPARTURES || headAge >= SPILL_DEPARTURES * headway) && tier === TIER_FREE)
      tier = TIER_CONGESTED;
    hours += Math.max(loads * headway, headAge);
    const pointEnd = index.legPointStart[l + 1] as number;
    for (let p = index.legPointStart[l] as number; p < pointEnd; p++) {
      const point = index.legPoint[p] as number;
      hours += point >= 0 ? this.processWaitHours(point, tb) : this.linkWaitHours(-point - 1);
    }
    if (hours === Infinity) tier = TIER_BLOCKED;
    this.legTier = tier;
    return hours;
  }

  /** Queue ahead / service rate at process `p`, plus the wait for its node to reopen at `t`. */
  private processWaitHours(p: number, t: number): number {
    const w = this.w;
    const index = this.index;
    const node = index.processNode[p] as number;
    let hours = 0;
    if ((index.nodeThrottled[node] as number) === 1 && w.c.interventions.nodeFactor(node, t) <= 0)
      hours = w.c.interventions.openFrom(node, t) - t;
    const r = w.resources[p];
    if (r === undefined || r.queued === 0) return hours;
    const speed = r.capacityFactor > 0 ? r.capacityFactor : 1;
    return hours + (r.queued * (index.processMeanHours[p] as number)) / (r.servers * speed);
  }

  /** Vehicles held for link `link` / its allowance a week, in hours. */
  private linkWaitHours(link: number): number {
    const held = this.w.linkHeldVehicles[link] as number;
    if (held === 0) return 0;
    const allowance = linkAllowancePerWeek(this.w.c, link, this.w.sim.now);
    return allowance > 0 ? (held / allowance) * HOURS_PER_WEEK : Infinity;
  }
}

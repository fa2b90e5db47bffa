/**
 * Waiting cargo that chooses again where it waits: when its remaining legs are blocked (a service
 * stopped, a node closed) or when it has waited PATIENCE_HOURS; and the longest waits of cargo
 * still waiting when the run ends. OnwardChoice.ts says how a remainder is judged.
 */
import type { CargoIndex } from './CargoIndex.ts';
import { HOT_READY, HOT_SIZE_TEU, HOT_STRIDE } from './ConsignmentStore.ts';
import { PATIENCE_HOURS, type OnwardChoice } from './OnwardChoice.ts';
import type { World } from './World.ts';

export class Rerouting {
  /** Consignments moving to another queue during a scan (reused). */
  private readonly moving: number[] = [];
  /** When the last patient scan ran (week ends). */
  private lastPatientScan = -Infinity;

  constructor(
    private readonly w: World,
    private readonly choice: OnwardChoice,
    private readonly index: CargoIndex,
  ) {}

  /** When the consignment's remaining legs are blocked, takes its next best remainder from its node. */
  rechooseIfBlocked(c: number): boolean {
    const cons = this.w.cons;
    const d = cons.demand(c);
    const it = cons.itinerary(c);
    const legPos = cons.legPos(c);
    if (!this.choice.blocked(d, it, legPos)) return false;
    return this.rechoose(c);
  }

  /** Takes the consignment's best remainder from its node; true when that is another one. */
  private rechoose(c: number): boolean {
    const cons = this.w.cons;
    const it = cons.itinerary(c);
    const legPos = cons.legPos(c);
    this.choice.fromNode(cons.demand(c), cons.node(c), it, legPos);
    if (this.choice.itinerary === it && this.choice.leg === legPos) return false;
    cons.setItinerary(c, this.choice.itinerary);
    cons.setLegPos(c, this.choice.leg);
    return true;
  }

  /**
   * A service stopped or a node closed (`patient` false): every waiting consignment whose remaining
   * legs are now blocked moves to the queue of its next best remainder from its node. At a week's
   * end (`patient` true): in each queue whose oldest has waited PATIENCE_HOURS or more and that a
   * vehicle loaded from since the last such scan, every consignment that has waited that long and
   * that vehicle left behind chooses again. Cargo that no vehicle has passed over waits for the
   * departure it is queued for: choosing again before a sparse service's departure sent cargo
   * from queue to queue, a week before each train, for months.
   * Queues in index order, each in FIFO order, so the moves are deterministic; a mover keeps its
   * clock and joins its new queue in the order of the time it became ready.
   */
  rerouteWaiting(patient: boolean): void {
    const w = this.w;
    const cons = w.cons;
    const table = w.c.itineraries;
    const moving = this.moving;
    const stuckBefore = w.sim.now - PATIENCE_HOURS;
    const scannedBefore = this.lastPatientScan;
    if (patient) this.lastPatientScan = w.sim.now;
    for (let q = 0; q < w.queues.length; q++) {
      const queue = w.queues[q] as (typeof w.queues)[number];
      const n = queue.size;
      if (n === 0) continue;
      // A consignment moved here at a scan joined at or before `scannedBefore`, so a vehicle that
      // loaded here since then left it behind; one that came otherwise joined at its ready time.
      const loaded = w.lastLoadHours[q] as number;
      if (
        patient &&
        ((cons.hot[HOT_STRIDE * queue.peek() + HOT_READY] as number) > stuckBefore || loaded <= scannedBefore)
      )
        continue;
      moving.length = 0;
      for (let i = 0; i < n; i++) {
        const c = queue.shift();
        const ready = cons.hot[HOT_STRIDE * c + HOT_READY] as number;
        const move = patient
          ? ready <= stuckBefore && ready < loaded && this.rechoose(c)
          : this.rechooseIfBlocked(c);
        if (move) moving.push(c);
        else queue.push(c);
      }
      for (const c of moving) {
        const size = cons.hot[HOT_STRIDE * c + HOT_SIZE_TEU] as number;
        const to = this.index.legQueue[
          (table.legStart[cons.itinerary(c)] as number) + cons.legPos(c)
        ] as number;
        w.queueTeu[q] = (w.queueTeu[q] as number) - size;
        w.queueTeu[to] = (w.queueTeu[to] as number) + size;
        this.joinInTimeOrder(to, c);
      }
    }
  }

  /**
   * A rerouted consignment takes its place in its new queue by the time it became ready (so a
   * move never sends it to the back behind cargo that came later: it would starve).
   */
  private joinInTimeOrder(q: number, c: number): void {
    const w = this.w;
    const hot = w.cons.hot;
    const queue = w.queues[q] as (typeof w.queues)[number];
    const ready = hot[HOT_STRIDE * c + HOT_READY] as number;
    let i = queue.size;
    while (i > 0 && (hot[HOT_STRIDE * queue.at(i - 1) + HOT_READY] as number) > ready) i--;
    queue.insertAt(i, c);
  }

  /** At the run's end: the waits of consignments that never boarded count too. */
  recordStillWaiting(): void {
    const w = this.w;
    const cons = w.cons;
    for (const queue of w.queues)
      for (let i = 0; i < queue.size; i++) {
        const c = queue.at(i);
        w.rec.serviceWait(cons.demand(c), w.sim.now - (cons.hot[HOT_STRIDE * c + HOT_READY] as number));
      }
  }
}

/**
 * One replication as a steppable run: wires the world, cargo, vehicles and demand arrivals, and
 * the bookkeeping events (week ends, year ends, the end of warm-up, node throttles).
 */
import type { ReplicationResult } from '../vocabulary/runResult.ts';
import type { Simulation } from '../kernel/Simulation.ts';
import { CargoFlow } from './CargoFlow.ts';
import { HOURS_PER_WEEK } from '../vocabulary/time.ts';
import type { CompiledScenario } from './compileScenario.ts';
import { DemandArrivals } from './DemandArrivals.ts';
import { VehicleFlow } from './VehicleFlow.ts';
import { World } from './World.ts';

/**
 * Week and year ends run before the model's own events at the same instant, so a snapshot at
 * t = 168 k shows the state at the end of week k - 1 and flows at t belong to week k.
 */
const PRIORITY_BOOKKEEPING = -10;
const PRIORITY_WARMUP = 20;

/** One replication, steppable so the worker stays responsive and cancellable. */
export interface ReplicationRun {
  /** Advance up to `maxSimHours` of sim time (or to the end); returns true when finished. */
  step(maxSimHours: number): boolean;
  /** 0..1 */
  progress(): number;
  /** Sim hours reached so far. */
  nowHours(): number;
  /** Only after finishing. */
  result(): ReplicationResult;
}

export interface ReplicationOptions {
  replication: number;
  seed: number;
}

export function createReplication(compiled: CompiledScenario, opts: ReplicationOptions): ReplicationRun {
  return new Replication(compiled, opts);
}

class Replication implements ReplicationRun {
  private readonly w: World;
  private readonly vehicles: VehicleFlow;
  private readonly cargo: CargoFlow;
  private readonly prevBusy: Float64Array;
  private readonly prevQueue: Float64Array;
  private finished = false;
  /** Week ends are chained (each schedules the next), so the event heap holds one, not all. */
  private scheduleWeekEnd(week: number): void {
    const sim = this.w.sim;
    const at = Math.min((week + 1) * HOURS_PER_WEEK, this.c.durationHours);
    // An absolute time: now + (at - now) could round away from `at`.
    sim.scheduleAt(at, () => this.onWeekEnd(sim, week), PRIORITY_BOOKKEEPING, 'week end');
  }

  constructor(
    private readonly c: CompiledScenario,
    private readonly opts: ReplicationOptions,
  ) {
    const w = new World(c, opts.seed);
    this.w = w;
    const cargo = new CargoFlow(w);
    this.cargo = cargo;
    this.vehicles = new VehicleFlow(w, cargo);
    this.prevBusy = new Float64Array(c.processes.length);
    this.prevQueue = new Float64Array(c.processes.length);
    new DemandArrivals(w, cargo).start();
    this.vehicles.start();
    this.scheduleBookkeeping();
  }

  private scheduleBookkeeping(): void {
    const { c, w } = this;
    const sim = w.sim;
    // Year ends are scheduled before week ends (all year ends now, each week end at the previous
    // one): at the run's end the last week's end stops the run, and equal-time, equal-priority
    // events run in the order they were scheduled.
    const years = c.calendar.yearsBefore(c.durationHours).startHours;
    for (let y = 0; y + 1 < years.length; y++) {
      sim.scheduleAt(
        years[y + 1] as number,
        () => {
          w.rec.kpi.backlog[y] = w.waitingTeu;
          w.rec.yearEnded(y);
        },
        PRIORITY_BOOKKEEPING,
        'year end',
      );
    }
    if (c.weeks > 0) this.scheduleWeekEnd(0);
    if (c.warmupHours > 0)
      sim.scheduleAt(c.warmupHours, () => this.endWarmup(), PRIORITY_WARMUP, 'warm-up end');
    c.scenario.nodes.forEach((_, n) => {
      if (!c.interventions.hasNodeThrottle(n)) return;
      const edges = [0, ...c.interventions.boundaryHours.filter((h) => h > 0 && h < c.durationHours)];
      for (const h of new Set(edges))
        sim.scheduleAt(h, () => this.applyNodeThrottle(n), -1, `node ${c.scenario.nodes[n]?.id}`);
    });
    // After the throttles of the same instant (same priority, scheduled later): cargo waiting
    // for a service that stops or through a node that closes chooses again.
    for (const h of c.interventions.routingChangeHours())
      if (h < c.durationHours)
        sim.scheduleAt(h, () => this.cargo.rerouting.rerouteWaiting(false), -1, 'reroute');
  }

  private applyNodeThrottle(n: number): void {
    const { c, w } = this;
    const factor = c.interventions.nodeFactor(n, w.sim.now);
    w.nodeFactor[n] = factor;
    for (const p of c.processes) if (p.node === n) w.resources[p.index]?.setCapacityFactor(factor);
  }

  private endWarmup(): void {
    for (const r of this.w.resources) r.resetStats();
    this.prevBusy.fill(0);
    this.prevQueue.fill(0);
  }

  private onWeekEnd(sim: Simulation, week: number): void {
    const { c, w } = this;
    const rec = w.rec;
    const now = sim.now;
    const length = now - week * HOURS_PER_WEEK;
    const nodes = c.scenario.nodes.length;
    if (length > 0) {
      for (const p of c.processes) {
        const r = w.resources[p.index];
        if (r === undefined) continue;
        const busy = r.stats.busy.integral(now);
        const queue = r.stats.queueLength.integral(now);
        const i = week * nodes + p.node;
        const utilisation = (busy - (this.prevBusy[p.index] as number)) / (r.servers * length);
        rec.node.utilisation[i] = Math.max(rec.node.utilisation[i] as number, utilisation);
        rec.node.queueLength[i] =
          (rec.node.queueLength[i] as number) + (queue - (this.prevQueue[p.index] as number)) / length;
        this.prevBusy[p.index] = busy;
        this.prevQueue[p.index] = queue;
      }
    }
    rec.snapshot(week, {
      generatedTeu: w.generatedTeu,
      deliveredTeu: w.deliveredTeu,
      inTransitTeu: w.inTransitTeu,
      waitingTeu: w.waitingTeu,
      nodeBacklogTeu: w.nodeBacklogTeu,
      corridorBacklogTeu: w.corridorBacklogTeu,
    });
    rec.weekEnded(week);
    // The last week's end is the end of the run: events at that very instant belong to no week.
    if (week + 1 < c.weeks) {
      this.scheduleWeekEnd(week + 1);
      this.vehicles.releaseHeld();
      this.cargo.rerouting.rerouteWaiting(true);
    } else sim.stop();
  }

  step(maxSimHours: number): boolean {
    if (this.finished) return true;
    const until = Math.min(this.c.durationHours, this.w.sim.now + Math.max(0, maxSimHours));
    this.w.sim.runUntil(until);
    if (!this.finished && until >= this.c.durationHours) this.cargo.rerouting.recordStillWaiting();
    this.finished = until >= this.c.durationHours;
    return this.finished;
  }

  progress(): number {
    return this.c.durationHours > 0 ? Math.min(1, this.w.sim.now / this.c.durationHours) : 1;
  }

  nowHours(): number {
    return this.w.sim.now;
  }

  result(): ReplicationResult {
    if (!this.finished) throw new Error('ReplicationRun.result(): the replication has not finished');
    return this.w.rec.finish(
      { replication: this.opts.replication, seed: this.opts.seed, events: this.w.sim.eventsProcessed },
      this.w.resources,
      this.c.durationHours,
    );
  }
}

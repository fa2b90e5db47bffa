/**
 * Consignment arrivals per demand: a Poisson process whose rate is piecewise constant between
 * CompiledScenario.rateBreakHours (month starts for seasonality, sim-year starts for corridor
 * growth, intervention edges for demand shocks). The next arrival inverts the integrated rate:
 * draw E ~ Exp(1) and walk the segments until the rate x time covers E. One stream per demand
 * (`arrivals/<demand id>`), one event per arrival.
 */
import type { RandomStream } from '../kernel/RandomStreams.ts';
import type { Simulation } from '../kernel/Simulation.ts';
import type { CargoFlow } from './CargoFlow.ts';
import { HOURS_PER_SIM_YEAR, type CompiledDemand } from './compileScenario.ts';
import type { World } from './World.ts';

export class DemandArrivals {
  private readonly streams: RandomStream[];
  /** Entity names for errors, made once (not a string per event). */
  private readonly labels: string[];
  /** Per demand: index of the next rate break after its clock. */
  private readonly segment: Int32Array;
  /** Per demand: the rate of the segment `cachedSegment` (the rate is constant within a segment). */
  private readonly cachedSegment: Int32Array;
  private readonly cachedRate: Float64Array;
  private readonly handler = (sim: Simulation, d: number): void => {
    this.cargo.create(d);
    this.scheduleNext(d, sim.now);
  };

  constructor(
    private readonly w: World,
    private readonly cargo: CargoFlow,
  ) {
    this.streams = w.c.demands.map((d) => w.streams.stream(`arrivals/${d.spec.id}`));
    this.labels = w.c.demands.map((d) => `demand ${d.spec.id}`);
    this.segment = new Int32Array(w.c.demands.length);
    this.cachedSegment = new Int32Array(w.c.demands.length).fill(-1);
    this.cachedRate = new Float64Array(w.c.demands.length);
  }

  start(): void {
    for (let d = 0; d < this.w.c.demands.length; d++) this.scheduleNext(d, 0);
  }

  private scheduleNext(d: number, from: number): void {
    const t = this.nextArrival(d, from);
    if (t < this.w.c.durationHours) {
      this.w.sim.scheduleCall(t - this.w.sim.now, this.handler, d, 0, this.labels[d]);
    }
  }

  /** The next arrival time after `from`, or Infinity when none comes before the end. */
  private nextArrival(d: number, from: number): number {
    const c = this.w.c;
    const breaks = c.rateBreakHours;
    const demand = c.demands[d] as CompiledDemand;
    let e = -Math.log((this.streams[d] as RandomStream).next01());
    let t = from;
    let seg = this.segment[d] as number;
    while (t < c.durationHours) {
      while (seg < breaks.length && (breaks[seg] as number) <= t) seg++;
      const end = seg < breaks.length ? (breaks[seg] as number) : c.durationHours;
      if (this.cachedSegment[d] !== seg) {
        this.cachedSegment[d] = seg;
        this.cachedRate[d] = this.rateAt(demand, t);
      }
      const rate = this.cachedRate[d] as number;
      if (rate > 0 && e <= rate * (end - t)) {
        this.segment[d] = seg;
        return t + e / rate;
      }
      if (rate > 0) e -= rate * (end - t);
      t = end;
    }
    this.segment[d] = seg;
    return Infinity;
  }

  /** Consignments per hour of a demand at t: base x seasonality x growth x shocks. */
  private rateAt(demand: CompiledDemand, t: number): number {
    const c = this.w.c;
    const year = Math.floor(t / HOURS_PER_SIM_YEAR);
    const growth = demand.growthPerYear === 0 ? 1 : Math.pow(1 + demand.growthPerYear, year);
    return (
      demand.baseRatePerHour *
      (demand.season[c.calendar.monthAt(t)] as number) *
      growth *
      c.interventions.demandFactor(demand.corridor, t)
    );
  }
}

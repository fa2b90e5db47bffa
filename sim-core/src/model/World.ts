/**
 * The state one replication shares between its parts (cargo flow, vehicles, demand arrivals):
 * the clock, the consignment store, departure queues, resources and the running stock counters
 * of the cargo balance.
 */
import { Resource } from '../kernel/Resource.ts';
import { RandomStreams } from '../kernel/RandomStreams.ts';
import { sampler } from '../kernel/sampler.ts';
import { Simulation } from '../kernel/Simulation.ts';
import { ReplicationRecorder } from './ReplicationRecorder.ts';
import type { CompiledScenario } from './compileScenario.ts';
import { ConsignmentStore } from './ConsignmentStore.ts';
import { IndexQueue } from './IndexQueue.ts';

export class World {
  readonly sim = new Simulation();
  readonly streams: RandomStreams;
  readonly cons = new ConsignmentStore();
  readonly rec: ReplicationRecorder;
  /** One per compiled process (CompiledScenario.processes order). */
  readonly resources: Resource[];
  readonly processHours: (() => number)[];
  /** Per process: true when the unit is inspected this time (customs), else always false. */
  readonly inspected: (() => boolean)[];
  readonly inspectionHours: (() => number)[];
  /** Departure queues, one per route stop (Route.queueBase + stop), and the TEU in each. */
  readonly queues: IndexQueue[];
  readonly queueTeu: Float64Array;
  /** Per departure queue: the last time a vehicle loaded there (-Infinity: none yet). */
  readonly lastLoadHours: Float64Array;
  readonly nodeBacklogTeu: Float64Array;
  readonly corridorBacklogTeu: Float64Array;
  /** Current throttle factor per node (0 = closed: no loading there). */
  readonly nodeFactor: Float64Array;
  /** Per link: vehicles waiting at a stop for a slot on it (until next week's slots). */
  readonly linkHeldVehicles: Float64Array;
  readonly tonnesPerTeu: number;
  /**
   * The cargo balance (sizes are exact binary fractions, so each sum is exact): generated,
   * delivered, in transit, waiting. In a Float64Array rather than number fields: a field that
   * starts as the integer 0 and later holds a fraction changes the World's hidden class in V8
   * mid-run, which deoptimised every model function that reads the World (--trace-deopt showed
   * a dozen at once).
   */
  private readonly balanceTeu = new Float64Array(4);

  get generatedTeu(): number {
    return this.balanceTeu[0] as number;
  }
  set generatedTeu(teu: number) {
    this.balanceTeu[0] = teu;
  }
  get deliveredTeu(): number {
    return this.balanceTeu[1] as number;
  }
  set deliveredTeu(teu: number) {
    this.balanceTeu[1] = teu;
  }
  get inTransitTeu(): number {
    return this.balanceTeu[2] as number;
  }
  set inTransitTeu(teu: number) {
    this.balanceTeu[2] = teu;
  }
  get waitingTeu(): number {
    return this.balanceTeu[3] as number;
  }
  set waitingTeu(teu: number) {
    this.balanceTeu[3] = teu;
  }

  constructor(
    readonly c: CompiledScenario,
    seed: number,
  ) {
    this.streams = new RandomStreams(seed);
    this.rec = new ReplicationRecorder(c);
    const s = c.scenario;
    this.resources = c.processes.map((p) => new Resource(this.sim, p.id, p.spec.servers));
    this.processHours = c.processes.map((p) =>
      sampler(p.spec.serviceHours, this.streams.stream(`process/${p.id}`)),
    );
    this.inspected = c.processes.map((p) => {
      const probability = p.spec.inspectionProbability ?? 0;
      if (probability <= 0 || p.spec.inspectionHours === undefined) return () => false;
      const stream = this.streams.stream(`inspection/${p.id}`);
      return () => stream.next01() < probability;
    });
    this.inspectionHours = c.processes.map((p) =>
      p.spec.inspectionHours === undefined
        ? () => 0
        : sampler(p.spec.inspectionHours, this.streams.stream(`inspection-hours/${p.id}`)),
    );
    this.queues = Array.from({ length: c.routes.queueCount }, () => new IndexQueue());
    this.queueTeu = new Float64Array(c.routes.queueCount);
    this.lastLoadHours = new Float64Array(c.routes.queueCount).fill(-Infinity);
    this.nodeBacklogTeu = new Float64Array(s.nodes.length);
    this.corridorBacklogTeu = new Float64Array(s.corridors.length);
    this.nodeFactor = new Float64Array(s.nodes.length).fill(1);
    this.linkHeldVehicles = new Float64Array(s.links.length);
    this.tonnesPerTeu = s.factors.tonnesPerTeu;
  }

  get afterWarmup(): boolean {
    return this.sim.now >= this.c.warmupHours;
  }
}

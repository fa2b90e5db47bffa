/**
 * What the benches share: the M/M/1 workloads (on Simulation + Resource, and as the bare Lindley
 * recursion, which is also a probe of how fast this machine runs right now) and the median.
 *
 * Why a probe: this 2-vCPU VM has slow phases, seconds to tens of minutes long, in which every
 * CPU-bound loop runs 1.5-2x slower (the Lindley loop below: ~70 ms at full speed, 105-120 ms in
 * a slow phase, with nothing else running and no steal time shown). A bench that times the probe
 * beside its own run lets a reader tell a slow phase from a slower build.
 */
import { RandomStreams, Resource, Simulation, sampler } from '../src/kernel/index.ts';

export const LINDLEY_RHO = 0.8;
export const LINDLEY_SEED = 2026;

/** The M/M/1 (rho 0.8, mean service 1 h) draws the kernel bench's variants all use. */
export function mm1Draws(seed = LINDLEY_SEED): { interarrival: () => number; service: () => number } {
  const streams = new RandomStreams(seed);
  return {
    interarrival: sampler({ kind: 'exponential', mean: 1 / LINDLEY_RHO }, streams.stream('arrivals')),
    service: sampler({ kind: 'exponential', mean: 1 }, streams.stream('service')),
  };
}

/**
 * The M/M/1 on the kernel as the model uses it: arrivals as events, one Resource with one server;
 * stops generating after `customers` arrivals. Returns the events run and the mean wait (hours).
 */
export function mm1OnKernel(
  customers: number,
  draws = mm1Draws(),
): { events: number; meanWaitHours: number } {
  const { interarrival, service } = draws;
  const sim = new Simulation();
  const server = new Resource(sim, 'server', 1);
  let arrived = 0;
  const served = (): void => undefined;
  const arrive = (s: Simulation): void => {
    server.requestCall(service(), served, 0);
    if (++arrived < customers) s.scheduleCall(interarrival(), arrive, 0);
  };
  sim.scheduleCall(interarrival(), arrive, 0);
  sim.runEvents(Number.MAX_SAFE_INTEGER);
  return { events: sim.eventsProcessed, meanWaitHours: server.stats.waitHours.mean };
}

/**
 * W(k+1) = max(0, W(k) + S(k) - A(k+1)) over `customers` customers: their mean wait (hours), with
 * no event machinery at all.
 */
export function lindleyMeanWait(customers: number, draws = mm1Draws()): number {
  const { interarrival, service } = draws;
  interarrival(); // the first arrival's time: it finds the server idle and waits 0
  let wait = 0;
  let sum = 0;
  for (let k = 0; k < customers; k++) {
    sum += wait;
    const serviceHours = service();
    wait = Math.max(0, wait + serviceHours - interarrival());
  }
  return sum / customers;
}

/** Milliseconds the Lindley loop takes for a million customers now (median of `runs`). */
export function machineSpeedProbeMs(runs = 3): number {
  lindleyMeanWait(100_000); // compile it first
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const draws = mm1Draws();
    const started = performance.now();
    lindleyMeanWait(1_000_000, draws);
    times.push(performance.now() - started);
  }
  return Math.round(median(times) * 10) / 10;
}

/** The median (the upper one for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/**
 * What the benches share: the bare Lindley recursion (the kernel bench's reference, and a probe of
 * how fast this machine runs right now) and the median.
 *
 * Why a probe: this 2-vCPU VM has slow phases, seconds to tens of minutes long, in which every
 * CPU-bound loop runs 1.5-2x slower (the Lindley loop below: ~70 ms at full speed, 105-120 ms in
 * a slow phase, with nothing else running and no steal time shown). A bench that times the probe
 * beside its own run lets a reader tell a slow phase from a slower build.
 */
import { RandomStreams, sampler } from '../src/kernel/index.ts';

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

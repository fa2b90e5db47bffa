/**
 * Kernel benchmark: M/M/1 (rho 0.8, 1e6 customers) on Simulation + Resource, against a bare
 * Lindley recursion over the same random numbers in the same process, and against SimPy 2.x when
 * Debian's python3-simpy is installed. Prints one JSON object. "kernel" is Simulation + Resource
 * (what the model uses); "eventsOnly" is the same queue written on the bare event loop. All three
 * report the same mean wait (same customers), which checks that they simulate the same thing.
 * Times are wall-clock medians: on a shared machine see loadAverage1m before reading them.
 *
 *   npx tsx sim-core/bench/kernelBench.ts [customers] [runs]
 */
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RandomStreams, Resource, Simulation, sampler } from '../src/kernel/index.ts';

const RHO = 0.8;
const SEED = 2026;
const customers = Number(process.argv[2] ?? 1_000_000);
const runs = Number(process.argv[3] ?? 5);
const SIMPY_CUSTOMERS = 100_000;

interface RunResult {
  seconds: number;
  /** Process CPU time of the run: less disturbed than wall time when the machine is shared. */
  cpuSeconds: number;
  events: number;
  meanWaitHours: number;
}

function draws(): { interarrival: () => number; service: () => number } {
  const streams = new RandomStreams(SEED);
  return {
    interarrival: sampler({ kind: 'exponential', mean: 1 / RHO }, streams.stream('arrivals')),
    service: sampler({ kind: 'exponential', mean: 1 }, streams.stream('service')),
  };
}

/** Wall and CPU seconds from this call to the call of the function it returns. */
function stopwatch(): () => { seconds: number; cpuSeconds: number } {
  const started = performance.now();
  const startedCpu = process.cpuUsage();
  return () => {
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(startedCpu);
    return { seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
  };
}

/** Arrivals as events, one Resource with one server; stops generating after `n` arrivals. */
function runKernel(n: number): RunResult {
  const { interarrival, service } = draws();
  const sim = new Simulation();
  const server = new Resource(sim, 'server', 1);
  let arrived = 0;
  const served = (): void => undefined;
  const arrive = (s: Simulation): void => {
    server.request(service(), served);
    if (++arrived < n) s.schedule(interarrival(), arrive);
  };
  const elapsed = stopwatch();
  sim.schedule(interarrival(), arrive);
  sim.runEvents(Number.MAX_SAFE_INTEGER);
  return { ...elapsed(), events: sim.eventsProcessed, meanWaitHours: server.stats.waitHours.mean };
}

/**
 * The same queue on the bare event loop (no Resource): arrival and departure events, arrival times
 * in a Float64Array. Shows the event queue's own cost apart from the Resource's bookkeeping.
 */
function runEventsOnly(n: number): RunResult {
  const { interarrival, service } = draws();
  const sim = new Simulation();
  const arrivalTimes = new Float64Array(n);
  let arrived = 0;
  let next = 0; // next customer to serve
  let busy = false;
  let waitSum = 0;
  const depart = (s: Simulation): void => {
    if (next < arrived) {
      waitSum += s.now - (arrivalTimes[next++] as number);
      s.schedule(service(), depart);
    } else {
      busy = false;
    }
  };
  const arrive = (s: Simulation): void => {
    arrivalTimes[arrived++] = s.now;
    if (!busy) {
      busy = true;
      next++;
      s.schedule(service(), depart);
    }
    if (arrived < n) s.schedule(interarrival(), arrive);
  };
  const elapsed = stopwatch();
  sim.schedule(interarrival(), arrive);
  sim.runEvents(Number.MAX_SAFE_INTEGER);
  return { ...elapsed(), events: sim.eventsProcessed, meanWaitHours: waitSum / n };
}

/** W(k+1) = max(0, W(k) + S(k) - A(k+1)): the same customers' waits with no event machinery. */
function runLindley(n: number): RunResult {
  const { interarrival, service } = draws();
  const elapsed = stopwatch();
  interarrival(); // the first arrival's time: it finds the server idle and waits 0
  let wait = 0;
  let sum = 0;
  for (let k = 0; k < n; k++) {
    sum += wait;
    const serviceHours = service();
    wait = Math.max(0, wait + serviceHours - interarrival());
  }
  return { ...elapsed(), events: 0, meanWaitHours: sum / n };
}

/**
 * The classic "hold model" for event sets: `pending` entities, each rescheduling itself after an
 * exponential delay, so the queue always holds `pending` events. Shows how the heap scales with
 * the number of pending events (the corridor model keeps thousands: vehicles, cargo, timetables).
 */
function runHoldModel(pending: number, events: number): { pending: number; eventsPerSecond: number } {
  const delay = sampler({ kind: 'exponential', mean: 1 }, new RandomStreams(SEED).stream('hold'));
  const sim = new Simulation();
  const hold = (s: Simulation): void => s.schedule(delay(), hold);
  for (let i = 0; i < pending; i++) sim.schedule(delay(), hold);
  sim.runEvents(Math.min(events, 50_000)); // warm-up
  const started = performance.now();
  sim.runEvents(events);
  const seconds = (performance.now() - started) / 1000;
  return { pending, eventsPerSecond: Math.round(events / seconds) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Median and best wall time, and median CPU time, of a set of runs. */
function summary(runs: RunResult[]): { seconds: number; bestSeconds: number; cpuSeconds: number } {
  return {
    seconds: median(runs.map((r) => r.seconds)),
    bestSeconds: Math.min(...runs.map((r) => r.seconds)),
    cpuSeconds: median(runs.map((r) => r.cpuSeconds)),
  };
}

interface SimpyResult {
  customers: number;
  seconds: number;
  cpuSeconds: number;
  microsecondsPerCustomer: number;
  cpuMicrosecondsPerCustomer: number;
  meanWaitHours: number;
}

function runSimpy(): { simpy: SimpyResult | null; simpyNote: string } {
  const python = '/usr/bin/python3';
  try {
    execFileSync(python, ['-c', 'import SimPy'], { stdio: 'ignore' });
  } catch {
    return {
      simpy: null,
      simpyNote: 'SimPy 2.x not found for /usr/bin/python3 (apt-get install python3-simpy)',
    };
  }
  const script = join(dirname(fileURLToPath(import.meta.url)), 'simpy_mm1.py');
  const output = execFileSync(python, [script, String(SIMPY_CUSTOMERS), String(RHO)], { encoding: 'utf8' });
  const result = JSON.parse(output) as {
    seconds: number;
    cpuSeconds: number;
    customers: number;
    meanWaitHours: number;
  };
  return {
    simpy: {
      customers: result.customers,
      seconds: result.seconds,
      cpuSeconds: result.cpuSeconds,
      microsecondsPerCustomer: (result.seconds / result.customers) * 1e6,
      cpuMicrosecondsPerCustomer: (result.cpuSeconds / result.customers) * 1e6,
      meanWaitHours: result.meanWaitHours,
    },
    simpyNote: 'SimPy 2.3 (Debian python3-simpy), same model, fewer customers; compared per customer',
  };
}

function main(): void {
  runKernel(50_000); // warm the JIT on every path before timing
  runEventsOnly(50_000);
  runLindley(50_000);
  const kernelRuns: RunResult[] = [];
  const eventsOnlyRuns: RunResult[] = [];
  const lindleyRuns: RunResult[] = [];
  for (let r = 0; r < runs; r++) {
    kernelRuns.push(runKernel(customers));
    eventsOnlyRuns.push(runEventsOnly(customers));
    lindleyRuns.push(runLindley(customers));
  }
  const kernel = summary(kernelRuns);
  const eventsOnly = summary(eventsOnlyRuns);
  const lindley = summary(lindleyRuns);
  const events = (kernelRuns[0] as RunResult).events;
  const eventsOnlyEvents = (eventsOnlyRuns[0] as RunResult).events;
  const holdModel = [10, 1_000, 100_000].map((pending) => runHoldModel(pending, 1_000_000));
  const { simpy, simpyNote } = runSimpy();
  const perCustomer = (seconds: number): number => (seconds / customers) * 1e6;
  const report = {
    benchmark: 'kernel-mm1',
    model: { rho: RHO, serviceMeanHours: 1, customers, runs, seed: SEED },
    loadAverage1m: loadavg()[0],
    kernel: {
      what: 'Simulation + Resource',
      events,
      eventsPerSecond: Math.round(events / kernel.seconds),
      eventsPerSecondBestRun: Math.round(events / kernel.bestSeconds),
      eventsPerCpuSecond: Math.round(events / kernel.cpuSeconds),
      secondsMedian: kernel.seconds,
      microsecondsPerCustomer: perCustomer(kernel.seconds),
      meanWaitHours: (kernelRuns[0] as RunResult).meanWaitHours,
    },
    eventsOnly: {
      what: 'the same queue on the bare event loop',
      eventsPerSecond: Math.round(eventsOnlyEvents / eventsOnly.seconds),
      eventsPerCpuSecond: Math.round(eventsOnlyEvents / eventsOnly.cpuSeconds),
      secondsMedian: eventsOnly.seconds,
      meanWaitHours: (eventsOnlyRuns[0] as RunResult).meanWaitHours,
    },
    lindley: {
      secondsMedian: lindley.seconds,
      cpuSecondsMedian: lindley.cpuSeconds,
      meanWaitHours: (lindleyRuns[0] as RunResult).meanWaitHours,
    },
    kernelOverLindley: kernel.seconds / lindley.seconds,
    kernelOverLindleyCpu: kernel.cpuSeconds / lindley.cpuSeconds,
    eventsOnlyOverLindley: eventsOnly.seconds / lindley.seconds,
    formulaMeanWaitHours: RHO / (1 - RHO),
    holdModel,
    targets: { eventsPerSecond: 10_000_000, kernelOverLindleyMax: 3, simpySpeedupMin: 50 },
    simpy,
    simpyNote,
    simpySpeedup: simpy ? simpy.microsecondsPerCustomer / perCustomer(kernel.seconds) : null,
    simpySpeedupCpu: simpy ? simpy.cpuMicrosecondsPerCustomer / perCustomer(kernel.cpuSeconds) : null,
  };
  console.log(JSON.stringify(report, null, 2));
}

main();

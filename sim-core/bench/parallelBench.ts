/**
 * Parallel runs, three ways, each against one worker, in one process so the ratios are measured
 * within one run (this VM is shared and has slow phases; see machineSpeed.ts):
 *   pool        replications of baseline-2025 in the app's pool (renderer/src/sim-client/runPool.ts,
 *               the real worker API over comlink on worker threads, started and idle before the
 *               clock as the app's warm pool is), the app's pool size on this machine (poolSize;
 *               at least 2) vs 1 worker. Target 1.6x.
 *   experiment  an experiment of P points x R replications x 1 year on local threads, 2 vs 1.
 *               Target 1.7x.
 *   queue       the same experiment through BullMQ on a real redis-server: 2 workers vs 1
 *               (target 1.6x), and the queue's overhead per point against a local thread run
 *               inside the same sequence (1, local, 2, 2, local, 1; target < 5 % of a point's
 *               run time, in wall and in CPU seconds).
 * Runs go in the order 1, 2, 2, 1 and ratios use the sums. Experiment and queue runs print a line
 * per finished point on stderr (a full-size queue bench runs for tens of minutes). Prints one JSON object, with the
 * machine-speed probe and the load average before and after (the whole run and each bench), and
 * whether the results agreed. Each bench also prints its unit of work's time with one worker
 * (seconds per replication, per point): what a fixed cost per call or per point moves, and a
 * figure that on this shared machine says more than a ratio when other work takes the second core.
 *
 *   npx tsx sim-core/bench/parallelBench.ts [pool|experiment|queue|latency|all] [--replications N]
 *       [--points P] [--point-replications R]     (defaults: 10; 50 x 4, the issue's sizes)
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { poolSize, runInPool } from '../../renderer/src/sim-client/runPool.ts';
import type { SimApi } from '../src/api/types.ts';
import { planExperiment } from '../src/experiment/planExperiment.ts';
import { Experiment } from '../src/experiment/schema.ts';
import { resultsCsvLines, type PointResult } from '../src/experiment/experimentOutputs.ts';
import { toCsvFiles } from '../src/results/csv.ts';
import { scenarioHash } from '../src/scenario/hash.ts';
import { validateScenario } from '../src/scenario/validate.ts';
import { queueExecutor } from '../cli/experiment/queueExecutor.ts';
import { localExecutor, runPoints, type PointExecutor } from '../cli/experiment/runPoints.ts';
import { bundleWorker, startBundledWorker } from '../cli/run/bundledWorker.ts';
import { createThreadPool } from '../cli/run/threadPool.ts';
import type { PointTask, ReplicationRows } from '../src/experiment/runPoint.ts';
import { machineSpeedProbeMs } from './machineSpeed.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    replications: { type: 'string', default: '10' },
    points: { type: 'string', default: '50' },
    'point-replications': { type: 'string', default: '4' },
  },
});
const which = positionals[0] ?? 'all';
const round2 = (x: number): number => Math.round(x * 100) / 100;
const BASELINE = fileURLToPath(new URL('../../assets/scenarios/baseline-2025.json', import.meta.url));
const baselineDocument: unknown = JSON.parse(readFileSync(BASELINE, 'utf8'));
const BIN = fileURLToPath(new URL('../cli/bin.mjs', import.meta.url));
const POINT_WORKER = new URL('../cli/experiment/pointWorker.ts', import.meta.url);

interface Timed<T> {
  seconds: number;
  /** CPU seconds of the threads (or processes) doing the work: what other work on the machine barely moves. */
  cpuSeconds: number;
  value: T;
}

/** CPU seconds this process has used, all its threads. */
const ownCpuSeconds = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

async function timed<T>(run: () => Promise<T>, cpuSecondsSoFar = ownCpuSeconds): Promise<Timed<T>> {
  const cpu = cpuSecondsSoFar();
  const started = performance.now();
  const value = await run();
  return {
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: cpuSecondsSoFar() - cpu,
    value,
  };
}

const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;

/** CPU seconds a child process has used (all its threads), from /proc; NaN where there is none. */
function childCpuSeconds(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command (which may hold spaces): state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return Number.NaN;
  }
}

/**
 * Runs `once(n)` for n = a, b, b, a; the speed-up of b over a from the sums, and every run.
 * `once` times itself (what it leaves out of the time, a worker's start say, is its choice).
 */
async function compare<T>(
  a: number,
  b: number,
  once: (n: number) => Promise<Timed<T>>,
  same: (x: T, y: T) => boolean,
) {
  const runs: Array<{ n: number } & Timed<T>> = [];
  for (const n of [a, b, b, a]) runs.push({ n, ...(await once(n)) });
  const total = (n: number, of: 'seconds' | 'cpuSeconds' = 'seconds'): number =>
    runs.filter((r) => r.n === n).reduce((sum, r) => sum + r[of], 0);
  const report = {
    runsSeconds: runs.map((r) => ({
      workers: r.n,
      seconds: round2(r.seconds),
      cpuSeconds: round2(r.cpuSeconds),
    })),
    speedup: round2(total(a) / total(b)),
    identicalResults: runs.every((r) => same(r.value, (runs[0] as (typeof runs)[number]).value)),
    secondsPerRun: { [a]: round2(total(a) / 2), [b]: round2(total(b) / 2) },
    cpuSecondsPerRun: { [a]: round2(total(a, 'cpuSeconds') / 2), [b]: round2(total(b, 'cpuSeconds') / 2) },
  };
  // The first run's value (every run's, when identicalResults), kept out of the printed report.
  return { report, value: (runs[0] as (typeof runs)[number]).value };
}

async function poolBench(replications: number) {
  const outcome = validateScenario(baselineDocument);
  if (!outcome.ok) throw new Error('baseline-2025 is invalid');
  const scenario = outcome.scenario;
  const full = Math.max(2, poolSize(availableParallelism(), replications));
  const entry = new URL('../cli/testing/webWorkerNodeEntry.ts', import.meta.url);
  // The worker's bundle is built before any clock starts: the app ships it built, and building it
  // (once per process) inside the first run, a one-worker run, flattered the ratio.
  await bundleWorker(entry);
  // Timed from Run to the assembled result, on workers started and idle before the clock: the
  // app starts its run pool's workers once the launch is over and keeps them between runs
  // (renderer/src/sim-client/warmPool.ts), so a Run pays no worker start-up. Each pass gets fresh
  // workers, doing nothing before the clock but load (engineVersion() only waits for that): the
  // app's first Run after the launch, with a cold JIT and nothing compiled. Then, on the same
  // workers, a next Run of the scenario edited (its name: another content hash, so it is compiled
  // again; the same numbers): what every later Run in the app is, the JIT warm. The CSV that
  // proves the runs identical is formatted after the clock stops (the app formats it only on
  // export; it took ~0.9 s of one thread, which no pool size changes). The scenario's hash goes
  // with the run, as the app's run controller passes the one its result-cache look-up computed
  // before the run starts.
  const edited = { ...scenario, name: { ...scenario.name, en: `${scenario.name.en} (edited)` } };
  const hashes = new Map([scenario, edited].map((run) => [run, scenarioHash(run)]));
  const nextRuns: Array<{ n: number } & Timed<string>> = [];
  const runOn = async (apis: Array<Comlink.Remote<SimApi>>, run: typeof scenario): Promise<Timed<string>> => {
    const {
      seconds,
      cpuSeconds,
      value: result,
    } = await timed(async () =>
      runInPool(apis, {
        scenario: run,
        seed: run.seed,
        replications,
        scenarioHash: hashes.get(run)!,
        wrapCallback: Comlink.proxy,
      }),
    );
    const files = toCsvFiles(result, scenario.id);
    return { seconds, cpuSeconds, value: files['kpis.csv'] + files['transit_times.csv'] };
  };
  const once = async (workers: number): Promise<Timed<string>> => {
    const threads = await Promise.all(Array.from({ length: workers }, () => startBundledWorker(entry)));
    try {
      const apis = threads.map((t) => Comlink.wrap<SimApi>(nodeEndpoint(t)));
      await Promise.all(apis.map((api) => api.engineVersion()));
      const first = await runOn(apis, scenario);
      nextRuns.push({ n: workers, ...(await runOn(apis, edited)) });
      return first;
    } finally {
      await Promise.all(threads.map((t) => t.terminate()));
    }
  };
  const probeBefore = machineSpeedProbeMs();
  const { report: compared } = await compare(1, full, once, (x, y) => x === y);
  return {
    bench: 'pool',
    scenario: scenario.id,
    replications,
    target: 1.6,
    // The app's pool at its full size on this machine (poolSize: every core on 2-3 cores).
    cores: availableParallelism(),
    poolSize: full,
    ...compared,
    // One worker's time per replication, its start-up and the assembly included; and the CPU
    // seconds of this process (the workers' threads, the comlink traffic) per replication.
    // The next Run on the same (kept) workers, the scenario edited: per pass, in the same order.
    nextRun: (() => {
      const sum = (n: number): number => nextRuns.filter((r) => r.n === n).reduce((t, r) => t + r.seconds, 0);
      return {
        runsSeconds: nextRuns.map((r) => ({
          workers: r.n,
          seconds: round2(r.seconds),
          cpuSeconds: round2(r.cpuSeconds),
        })),
        speedup: round2(sum(1) / sum(full)),
        identicalResults: nextRuns.every((r) => r.value === nextRuns[0]?.value),
      };
    })(),
    oneWorkerSecondsPerReplication: round2((compared.secondsPerRun[1] as number) / replications),
    oneWorkerCpuSecondsPerReplication: round2((compared.cpuSecondsPerRun[1] as number) / replications),
    machineSpeedProbeMs: { before: probeBefore, after: machineSpeedProbeMs() },
  };
}

function benchExperiment(points: number, replications: number) {
  const experiment = Experiment.parse({
    format: 'scoda-experiment',
    version: 1,
    scenario: 'baseline-2025',
    parameters: [
      {
        id: 'almaty-trains',
        path: 'services[sco-almaty].timetable.departuresPerWeek',
        range: { from: 2.5, to: 7, step: 0.5 },
      },
      {
        id: 'tashkent-trains',
        path: 'services[sco-tashkent].timetable.departuresPerWeek',
        range: { from: 1, to: 5, step: 0.5 },
      },
    ],
    design: { kind: 'latin-hypercube', points, seed: 1 },
    replications,
    metrics: ['trainsPerYear', 'transit.meanDays:jiaozhou-hub-to-almaty-machinery-electrical'],
  });
  const planned = planExperiment(experiment, baselineDocument);
  if (!planned.ok) throw new Error(JSON.stringify(planned.issues));
  return planned.plan;
}

/**
 * Runs an experiment's points on `executor` and returns its results CSV. Each finished point is
 * reported on stderr (`label`, points done, seconds so far): a full-size run takes minutes per
 * pass, and stdout keeps only the final JSON.
 */
async function runPlan(
  plan: ReturnType<typeof benchExperiment>,
  executor: PointExecutor,
  label: string,
): Promise<string> {
  const started = performance.now();
  let finished = 0;
  try {
    const results: PointResult[] = await runPoints(
      plan,
      new Map(),
      executor,
      (result) => {
        finished += 1;
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        process.stderr.write(
          `${label}: point ${result.point} done, ${finished}/${plan.points.length}, ${seconds} s\n`,
        );
      },
      () => undefined,
    );
    return [...resultsCsvLines(plan, results)].join('');
  } finally {
    await executor.close();
  }
}

async function experimentBench(points: number, replications: number) {
  const plan = benchExperiment(points, replications);
  const once = (threads: number): Promise<Timed<string>> =>
    timed(async () => runPlan(plan, await localExecutor(threads), `experiment, ${threads} thread(s)`));
  const probeBefore = machineSpeedProbeMs();
  const { report: compared } = await compare(1, 2, once, (x, y) => x === y);
  return {
    bench: 'experiment',
    points,
    replicationsPerPoint: replications,
    target: 1.7,
    ...compared,
    oneThreadSecondsPerPoint: round2((compared.secondsPerRun[1] as number) / points),
    oneThreadCpuSecondsPerPoint: round2((compared.cpuSecondsPerRun[1] as number) / points),
    machineSpeedProbeMs: { before: probeBefore, after: machineSpeedProbeMs() },
  };
}

async function startRedis(port: number): Promise<ChildProcess> {
  const redis = spawn('redis-server', [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--appendonly',
    'no',
  ]);
  await new Promise<void>((resolve) => {
    let text = '';
    redis.stdout.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes('Ready to accept connections')) resolve();
    });
  });
  return redis;
}

/** A `scoda-sim worker` process, resolved once it is connected and taking points. */
function startWorker(url: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [BIN, 'worker', '--queue', url, '--concurrency', '1'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return new Promise((resolve) => child.stdout.once('data', () => resolve(child)));
}

/** Seconds the queue adds per point: a near-empty point's round trip, queue minus local. */
async function queueLatency(url: string): Promise<number> {
  const tiny = fileURLToPath(new URL('../../tests/fixtures/cli/tiny.scenario.json', import.meta.url));
  const experiment = Experiment.parse({
    format: 'scoda-experiment',
    version: 1,
    scenario: 'tiny',
    overrides: [
      { path: 'durationDays', value: 7 },
      { path: 'warmupDays', value: 0 },
      { path: 'interventions', value: [] },
    ],
    parameters: [
      {
        id: 'shuttles',
        path: 'services[port-shuttle].timetable.departuresPerWeek',
        range: { from: 7, to: 84, count: 40 },
      },
    ],
    design: { kind: 'grid' },
    replications: 1,
    metrics: ['trainsPerYear'],
  });
  const planned = planExperiment(experiment, JSON.parse(readFileSync(tiny, 'utf8')));
  if (!planned.ok) throw new Error(JSON.stringify(planned.issues));
  const plan = planned.plan;
  spawnSync('redis-cli', ['-u', url, 'flushall']);
  const worker = await startWorker(url);
  try {
    await runPlan(plan, await localExecutor(1), 'latency, warming this thread'); // as the worker's warms
    const local = await timed(async () => runPlan(plan, await localExecutor(1), 'latency, local'));
    const queued = await timed(async () =>
      runPlan(plan, await queueExecutor(url, plan.experimentHash), 'latency, queue'),
    );
    return Math.round(((queued.seconds - local.seconds) / plan.points.length) * 1000) / 1000;
  } finally {
    worker.kill('SIGTERM');
  }
}

async function queueBench(points: number, replications: number) {
  if (spawnSync('redis-server', ['--version']).status !== 0)
    return { bench: 'queue', skipped: 'redis-server is not installed' };
  const port = 20_000 + Math.floor(process.pid % 20_000);
  const redis = await startRedis(port);
  const url = `redis://127.0.0.1:${port}`;
  const plan = benchExperiment(points, replications);
  try {
    // Workers are started and connected before the clock starts: they are long-lived in use.
    // CPU is the workers' (their processes, every thread) while the clock runs.
    let pass = 0;
    const once = async (workers: number): Promise<Timed<string>> => {
      spawnSync('redis-cli', ['-u', url, 'flushall']);
      const children = await Promise.all(Array.from({ length: workers }, () => startWorker(url)));
      pass += 1;
      try {
        return await timed(
          async () =>
            runPlan(
              plan,
              await queueExecutor(url, plan.experimentHash),
              `queue pass ${pass}, ${workers} worker(s)`,
            ),
          () => children.reduce((sum, child) => sum + childCpuSeconds(child.pid), 0),
        );
      } finally {
        for (const child of children) child.kill('SIGTERM');
      }
    };
    // The local thread runs inside the queue's sequence, right after each one-worker run (1, local,
    // 2, 2, local, 1), so that both sides of the overhead see the same phases of this shared
    // machine: a local run timed once after the queue's four had shown 16 % "overhead" that the
    // queue worker's CPU time did not have. Like a queue worker's, it is a fresh worker thread on
    // the same point runner, started before the clock: what remains is what the queue adds.
    const locals: Array<Timed<string>> = [];
    const runLocal = async (): Promise<void> => {
      pass += 1;
      const thread = await createThreadPool<PointTask, ReplicationRows[]>(POINT_WORKER, 1);
      locals.push(await timed(async () => runPlan(plan, thread, `queue pass ${pass}, local thread`)));
    };
    let queueRuns = 0;
    const queueThenLocal = async (workers: number): Promise<Timed<string>> => {
      queueRuns += 1;
      if (queueRuns === 4) await runLocal();
      const run = await once(workers);
      if (queueRuns === 1) await runLocal();
      return run;
    };
    const probeBefore = machineSpeedProbeMs();
    const { report: queued, value: queuedValue } = await compare(1, 2, queueThenLocal, (x, y) => x === y);
    const [firstLocal, secondLocal] = locals as [Timed<string>, Timed<string>];
    const perPointLocal = (firstLocal.seconds + secondLocal.seconds) / 2 / points;
    const cpuPerPointLocal = (firstLocal.cpuSeconds + secondLocal.cpuSeconds) / 2 / points;
    const latency = await queueLatency(url);
    const perPointQueue = (queued.secondsPerRun[1] as number) / points;
    const cpuPerPointQueue = (queued.cpuSecondsPerRun[1] as number) / points;
    return {
      bench: 'queue',
      points,
      replicationsPerPoint: replications,
      target: 1.6,
      ...queued,
      // A point's run time: one queue worker's wall time per point, and each of two workers'.
      oneWorkerSecondsPerPoint: round2(perPointQueue),
      oneWorkerCpuSecondsPerPoint: round2(cpuPerPointQueue),
      twoWorkersSecondsPerPointEach: round2(((queued.secondsPerRun[2] as number) * 2) / points),
      localOneThreadSeconds: [round2(firstLocal.seconds), round2(secondLocal.seconds)],
      localOneThreadSecondsPerPoint: round2(perPointLocal),
      // This process's CPU while its main thread runs the points (GC and compiler threads included).
      localOneThreadCpuSecondsPerPoint: round2(cpuPerPointLocal),
      sameBytesAsLocal:
        locals.every((local) => local.value === firstLocal.value) && queued.identicalResults
          ? firstLocal.value === queuedValue
          : false,
      overheadPerPointSeconds: round2(perPointQueue - perPointLocal),
      overheadShareOfPointRunTime: round2((perPointQueue - perPointLocal) / perPointLocal),
      // The same in CPU seconds (a queue worker's process, every thread, against this process on
      // the local thread): what the machine's load moves least.
      overheadCpuShareOfPointRunTime: round2((cpuPerPointQueue - cpuPerPointLocal) / cpuPerPointLocal),
      overheadTarget: 0.05,
      // The same, measured where the machine's load cannot drown it: points of a one-week run of
      // the tiny test scenario (milliseconds of work), through the queue and on a local thread.
      queueLatencyPerPointSeconds: latency,
      latencyShareOfBaselinePoint: round2(latency / perPointLocal),
      machineSpeedProbeMs: { before: probeBefore, after: machineSpeedProbeMs() },
    };
  } finally {
    redis.kill('SIGTERM');
  }
}

const probeBefore = machineSpeedProbeMs();
const loadBefore = loadavg()[0] ?? 0;
const replications = Number(values.replications);
const points = Number(values.points);
const pointReplications = Number(values['point-replications']);
const results = [];
if (which === 'pool' || which === 'all') results.push(await poolBench(replications));
if (which === 'experiment' || which === 'all') results.push(await experimentBench(points, pointReplications));
if (which === 'queue' || which === 'all') results.push(await queueBench(points, pointReplications));
if (which === 'latency') {
  const port = 20_000 + (process.pid % 20_000);
  const redis = await startRedis(port);
  try {
    results.push({
      bench: 'queueLatency',
      queueLatencyPerPointSeconds: await queueLatency(`redis://127.0.0.1:${port}`),
    });
  } finally {
    redis.kill('SIGTERM');
  }
}
process.stdout.write(
  `${JSON.stringify(
    {
      cores: availableParallelism(),
      machineSpeedProbeMs: { before: probeBefore, after: machineSpeedProbeMs(), fullSpeedAbout: 70 },
      loadAverage1m: { before: round2(loadBefore), after: round2(loadavg()[0] ?? 0) },
      results,
    },
    null,
    2,
  )}\n`,
);
process.exit(0);

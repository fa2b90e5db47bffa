/**
 * Replication scaling: 20 replications of the synthetic network (half a year each by default)
 * on 1 worker thread and on 2, through the command line's own runner (cli/run/runReplications.ts).
 * Target: speed-up >= 1.7x on 2 threads. Also checks that both give identical results.
 * Prints one JSON object. On a shared machine the second core may be busy: read the speed-up
 * beside loadAverage1m and cpuPerWall (projectedSpeedupIdleCores is the CPU-time estimate).
 *
 * The runs go in the order 1, 2, 2, 1 threads and the speed-up is the ratio of the sums: this VM
 * has slow phases lasting seconds to minutes, and one run of each, one after the other, put a
 * phase change straight into the ratio (1.47-1.92 over four runs of the same code).
 *
 *   npx tsx sim-core/bench/replicationScaling.ts [replications] [days]
 */
import { availableParallelism, loadavg } from 'node:os';
import { replicationSeed } from '../src/model/index.ts';
import { parseScenario } from '../src/scenario/ScenarioError.ts';
import { toCsvFiles } from '../src/results/csv.ts';
import { aggregateReplications } from '../src/results/aggregate.ts';
import { runReplications } from '../cli/run/runReplications.ts';
import { syntheticNetwork } from './syntheticNetwork.ts';
import type { ReplicationResult } from '../src/api/types.ts';

const replications = Number(process.argv[2] ?? 20);
const days = Number(process.argv[3] ?? 182);
const TARGET_SPEEDUP = 1.7;

const scenario = parseScenario({ ...syntheticNetwork({ years: 1 }), durationDays: days });
const seeds = Array.from({ length: replications }, (_, i) => replicationSeed(scenario.seed, i));

async function timed(
  threads: number,
): Promise<{ seconds: number; cpuSeconds: number; results: ReplicationResult[] }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const results = await runReplications(scenario, seeds, threads, () => undefined);
  const used = process.cpuUsage(cpu);
  return {
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: (used.user + used.system) / 1e6,
    results,
  };
}

const csvOf = (results: ReplicationResult[]): string => {
  const provenance = {
    scenarioHash: '',
    scenarioId: scenario.id,
    seed: scenario.seed,
    engineVersion: '',
    replicationSeeds: seeds,
  };
  return toCsvFiles(aggregateReplications(provenance, results, scenario), 'bench')['throughput.csv'];
};

const loadBefore = loadavg()[0] ?? 0;
// One thread runs in this thread (no worker to start), as `scoda-sim run --threads 1` does; two
// threads pay the workers' start-up. That is the comparison a user of the command line sees.
const firstSingle = await timed(1);
const firstDual = await timed(2);
const secondDual = await timed(2);
const secondSingle = await timed(1);
const sum = (a: { seconds: number; cpuSeconds: number }, b: { seconds: number; cpuSeconds: number }) => ({
  seconds: a.seconds + b.seconds,
  cpuSeconds: a.cpuSeconds + b.cpuSeconds,
});
const single = sum(firstSingle, secondSingle);
const dual = sum(firstDual, secondDual);
const speedup = single.seconds / dual.seconds;
const round2 = (x: number): number => Math.round(x * 100) / 100;
const referenceCsv = csvOf(firstSingle.results);
process.stdout.write(
  `${JSON.stringify(
    {
      bench: 'replicationScaling',
      replications,
      daysEach: days,
      cores: availableParallelism(),
      runOrder: '1, 2, 2, 1 threads; the figures below sum the two runs of each',
      oneThreadRunsSeconds: [firstSingle.seconds, secondSingle.seconds].map(round2),
      twoThreadsRunsSeconds: [firstDual.seconds, secondDual.seconds].map(round2),
      oneThreadSeconds: round2(single.seconds),
      twoThreadsSeconds: round2(dual.seconds),
      // CPU time of all threads: the two-thread run also pays each worker's compile and JIT warm-up.
      oneThreadCpuSeconds: round2(single.cpuSeconds),
      twoThreadsCpuSeconds: round2(dual.cpuSeconds),
      speedup: round2(speedup),
      // CPU seconds per wall second: about 1 and 2 on idle cores. Well below, the machine is
      // saturated by other work and the wall-time speed-up says nothing about the runner.
      cpuPerWallOneThread: round2(single.cpuSeconds / single.seconds),
      cpuPerWallTwoThreads: round2(dual.cpuSeconds / dual.seconds),
      // An estimate, not a measurement: the speed-up on two idle cores if the extra CPU of the
      // two-thread run (worker compile, JIT warm-up, copying results) is the only loss.
      projectedSpeedupIdleCores: round2((2 * single.cpuSeconds) / dual.cpuSeconds),
      targetSpeedup: TARGET_SPEEDUP,
      meetsTarget: speedup >= TARGET_SPEEDUP,
      identicalResults: [secondSingle, firstDual, secondDual].every(
        (run) => csvOf(run.results) === referenceCsv,
      ),
      loadAverage1m: {
        before: round2(loadBefore),
        after: round2(loadavg()[0] ?? 0),
      },
    },
    null,
    2,
  )}\n`,
);

/**
 * CPU instructions per unit of work, counted by valgrind's callgrind: a figure that does not move
 * with the machine's speed. On this 2-vCPU VM the same build times anywhere between 1x and 2x
 * (see machineSpeed.ts), so wall-clock benches cannot tell a 3 % change from noise; instruction
 * counts repeat to within a few instructions per M/M/1 customer and about 1 % for the network
 * (whose JIT timing varies a little even single-threaded). They leave out what the time also
 * depends on (cache misses, the number of instructions the CPU retires per cycle), so a change is
 * judged on both: instructions here, time in `npm run bench`.
 *
 * Compare a workload's count between builds, not workloads with each other: how V8 inlines a
 * loop depends on where it sits (the same Lindley loop counts 421 instructions a customer written
 * at a module's top level, 555-600 inside a function, 789 here through tsx), while its time
 * barely moves. The Lindley count is here as a control: a change to the kernel must not move it.
 *
 * Each workload runs at two sizes under callgrind, with the JIT compiling on the main thread
 * (--single-threaded); the difference over the extra work is the marginal cost, free of start-up,
 * module loading and compilation. Prints one JSON object. Takes about five minutes.
 *
 *   npx tsx sim-core/bench/instructionCounts.ts            # apt-get install valgrind first
 *   npx tsx sim-core/bench/instructionCounts.ts --workload kernel|lindley|network SIZE
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { compileScenario, runReplication } from '../src/model/index.ts';
import { parseScenario } from '../src/scenario/ScenarioError.ts';
import { lindleyMeanWait, mm1OnKernel } from './machineSpeed.ts';
import { syntheticNetwork } from './syntheticNetwork.ts';

type Workload = 'kernel' | 'lindley' | 'network';

/** The network bench's synthetic network over `years` years. */
function network(years: number): number {
  const scenario = parseScenario({ ...syntheticNetwork({ years }), id: 'synthetic-instructions' });
  return runReplication(compileScenario(scenario), { replication: 0, seed: 1 }).events;
}

function runWorkload(workload: Workload, size: number): number {
  if (workload === 'kernel') return mm1OnKernel(size).events;
  if (workload === 'lindley') {
    lindleyMeanWait(size);
    return 0; // no events
  }
  return network(size);
}

/** Instructions callgrind counts for one process running `workload` at `size`, and its events. */
function count(workload: Workload, size: number): { instructions: number; events: number } {
  const self = fileURLToPath(import.meta.url);
  const run = spawnSync(
    'valgrind',
    [
      '--tool=callgrind',
      '--callgrind-out-file=/dev/null',
      process.execPath,
      '--single-threaded',
      '--import',
      'tsx',
      self,
      '--workload',
      workload,
      String(size),
    ],
    { encoding: 'utf8', maxBuffer: 16 << 20 },
  );
  const refs = /Collected : (\d+)/.exec(run.stderr);
  if (run.status !== 0 || refs === null) {
    throw new Error(
      `callgrind run of ${workload} ${size} failed: ${run.stderr.split('\n').slice(-5).join(' ')}`,
    );
  }
  return { instructions: Number(refs[1]), events: Number(run.stdout.trim()) };
}

/** Marginal instructions per unit of size between two sizes (and per event, when there are events). */
function marginal(workload: Workload, small: number, large: number) {
  const a = count(workload, small);
  const b = count(workload, large);
  const perUnit = (b.instructions - a.instructions) / (large - small);
  const events = b.events - a.events;
  return {
    sizes: [small, large],
    instructions: [a.instructions, b.instructions],
    perUnit: Math.round(perUnit),
    perEvent: events > 0 ? Math.round((b.instructions - a.instructions) / events) : null,
  };
}

const workloadIndex = process.argv.indexOf('--workload');
if (workloadIndex >= 0) {
  const workload = process.argv[workloadIndex + 1] as Workload;
  process.stdout.write(`${runWorkload(workload, Number(process.argv[workloadIndex + 2]))}\n`);
} else {
  try {
    execFileSync('valgrind', ['--version'], { stdio: 'ignore' });
  } catch {
    process.stdout.write(
      `${JSON.stringify({ bench: 'instructions', skipped: 'valgrind not found (apt-get install valgrind)' })}\n`,
    );
    process.exit(0);
  }
  const kernelCounts = marginal('kernel', 100_000, 300_000);
  const lindleyCounts = marginal('lindley', 100_000, 300_000);
  const networkCounts = marginal('network', 0.1, 0.3);
  process.stdout.write(
    `${JSON.stringify(
      {
        bench: 'instructions',
        node: process.version,
        kernel: { what: 'M/M/1 on Simulation + Resource, per customer', ...kernelCounts },
        lindley: { what: 'bare Lindley recursion, per customer', ...lindleyCounts },
        network: { what: 'synthetic Qingdao-sized network, per sim-year', ...networkCounts },
      },
      null,
      2,
    )}\n`,
  );
}

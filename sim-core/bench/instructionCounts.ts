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
 * module loading and compilation. The child processes run this file bundled by esbuild into one
 * plain .mjs (no tsx loader under callgrind: it cost some 2.6 billion instructions a run).
 * Prints one JSON object. --quick counts the network only, one replication of 0.02 and 0.06
 * sim-years (about 20k and 60k consignments), in two callgrind runs (8 minutes together at load 12
 * on the 2-core machine, against six longer runs for the full set): enough to compare two builds
 * of the hot path, not to quote a per-year cost of the steady state.
 *
 *   npx tsx sim-core/bench/instructionCounts.ts            # apt-get install valgrind first
 *   npx tsx sim-core/bench/instructionCounts.ts --quick
 *   npx tsx sim-core/bench/instructionCounts.ts --workload kernel|lindley|network SIZE
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

/** This file bundled into one plain .mjs in `dir`, for node to run without a TypeScript loader. */
async function bundleSelf(dir: string): Promise<string> {
  // Imported here, not at the top: the bundle runs without esbuild (it is kept out of it).
  const { build } = await import('esbuild');
  const outfile = join(dir, 'instructionCounts.mjs');
  await build({
    entryPoints: [fileURLToPath(import.meta.url)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: `node${process.versions.node.split('.')[0]}`,
    external: ['esbuild'],
    outfile,
    logLevel: 'error',
  });
  return outfile;
}

/** Instructions callgrind counts for one process running `workload` at `size`, and its events. */
function count(script: string, workload: Workload, size: number): { instructions: number; events: number } {
  const run = spawnSync(
    'valgrind',
    [
      '--tool=callgrind',
      '--callgrind-out-file=/dev/null',
      process.execPath,
      '--single-threaded',
      script,
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
function marginal(script: string, workload: Workload, small: number, large: number) {
  const a = count(script, workload, small);
  const b = count(script, workload, large);
  const perUnit = (b.instructions - a.instructions) / (large - small);
  const events = b.events - a.events;
  return {
    sizes: [small, large],
    instructions: [a.instructions, b.instructions],
    // The same events at each size in two builds: the builds simulated the same thing.
    events: [a.events, b.events],
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
  const quick = process.argv.includes('--quick');
  const dir = mkdtempSync(join(tmpdir(), 'scoda-instructions-'));
  try {
    const script = await bundleSelf(dir);
    const network = {
      what: 'synthetic Qingdao-sized network, one replication, per sim-year',
      ...(quick ? marginal(script, 'network', 0.02, 0.06) : marginal(script, 'network', 0.1, 0.3)),
    };
    const report = quick
      ? { bench: 'instructions', quick: true, node: process.version, network }
      : {
          bench: 'instructions',
          node: process.version,
          kernel: {
            what: 'M/M/1 on Simulation + Resource, per customer',
            ...marginal(script, 'kernel', 100_000, 300_000),
          },
          lindley: {
            what: 'bare Lindley recursion, per customer',
            ...marginal(script, 'lindley', 100_000, 300_000),
          },
          network,
        };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

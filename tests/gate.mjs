// The gate, `npm test`: every check the project has, in the order that costs the least wall time.
//
// 1. The static checks side by side: each type check of `npm run typecheck`, each step of
//    `npm run lint` (eslint, the import-cycle check) and `npm run format:check`. Each is one
//    single-threaded process, so one after the other they leave all cores but one idle; here as
//    many run at once as there are cores. The commands are read from package.json, so the gate
//    runs exactly what `npm run typecheck` and `npm run lint` run.
//    The build that the end-to-end tests need (`npm run build`, the first step of `npm run test:e2e`)
//    runs here too, its steps beside the checks: nothing in between reads what it writes (out/).
// 2. Then, one after the other (each of these uses every core itself): `npm run test:unit` and
//    the rest of `npm run test:e2e` (Playwright).
//
// A check's output is printed whole when it ends, under its name and time; after a failure no new
// check starts, the ones running finish, and the gate exits 1. The last lines are the times of all
// checks, the figures the README quotes for the gate's wall time.
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';

const scripts = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).scripts;

/** The `&&`-joined steps of an npm script, each as its own check named after the script. */
function steps(script) {
  const commands = scripts[script].split('&&').map((command) => command.trim());
  return commands.map((command, index) => ({
    name: commands.length > 1 ? `${script} ${index + 1}/${commands.length}` : script,
    command,
  }));
}

/** The steps of an npm script, with each `npm run x` step replaced by the steps of x. */
function expandedSteps(script) {
  return steps(script).flatMap((step) => {
    const inner = /^npm run (\S+)$/.exec(step.command);
    return inner ? expandedSteps(inner[1]) : [step];
  });
}

const lint = expandedSteps('lint');
// test:e2e is `npm run build && playwright test`: the build's steps join the static checks, and
// only Playwright waits for the unit tests.
const [e2eBuild, ...e2eRest] = steps('test:e2e');
if (e2eBuild?.command !== 'npm run build' || e2eRest.length === 0)
  throw new Error(`gate: expected test:e2e to be "npm run build && ...", found "${scripts['test:e2e']}"`);
const build = expandedSteps('build');
// Longest first, so the last to start is a short one (eslint and the renderer's type check are the
// longest; the cycle check the shortest).
const staticChecks = [...lint.filter((step) => step.name !== 'cycles'), ...steps('typecheck')];
staticChecks.push(...build, ...steps('format:check'), ...lint.filter((step) => step.name === 'cycles'));
const phases = [
  { checks: staticChecks, parallel: availableParallelism() },
  { checks: steps('test:unit'), parallel: 1 },
  { checks: e2eRest.map((step) => ({ ...step, name: 'test:e2e' })), parallel: 1 },
];

const times = [];
const seconds = (since) => Number(process.hrtime.bigint() - since) / 1e9;

function run(check) {
  const started = process.hrtime.bigint();
  const parallel = check.parallel > 1;
  return new Promise((resolve) => {
    // Alone, a check prints as it goes (the unit and end-to-end tests report progress); beside
    // others, its output is held until it ends so that checks do not interleave.
    const child = spawn(check.command, {
      shell: true,
      stdio: parallel ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? (process.stdout.isTTY ? '1' : '0') },
    });
    const output = [];
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    child.on('close', (code, signal) => {
      const time = seconds(started);
      const ok = code === 0;
      times.push({ name: check.name, time, ok });
      if (parallel) process.stdout.write(Buffer.concat(output));
      process.stdout.write(
        `gate: ${check.name} ${ok ? 'passed' : `FAILED (${signal ?? `exit ${code}`})`} in ${time.toFixed(1)} s  [${check.command}]\n`,
      );
      resolve(ok);
    });
  });
}

const gateStarted = process.hrtime.bigint();
let failed = false;
for (const phase of phases) {
  const queue = [...phase.checks];
  const worker = async () => {
    while (!failed && queue.length > 0) {
      const check = queue.shift();
      if (!(await run({ ...check, parallel: phase.parallel }))) failed = true;
    }
  };
  const phaseStarted = process.hrtime.bigint();
  await Promise.all(Array.from({ length: Math.min(phase.parallel, queue.length) }, worker));
  if (phase.parallel > 1)
    times.push({ name: 'static checks, side by side', time: seconds(phaseStarted), ok: !failed });
  if (failed) break;
}

process.stdout.write(`\ngate: ${failed ? 'FAILED' : 'passed'} in ${seconds(gateStarted).toFixed(1)} s\n`);
for (const { name, time, ok } of times) {
  process.stdout.write(`  ${name.padEnd(30)} ${time.toFixed(1).padStart(7)} s${ok ? '' : '  FAILED'}\n`);
}
process.exit(failed ? 1 : 0);

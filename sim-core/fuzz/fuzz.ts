/**
 * `npm run fuzz`: hostile scenario files through the command line's reading and validation, in a
 * child process so that a hang is ended (and counted) by a timeout and an out-of-memory abort is
 * counted as a crash. Prints JSON: counts of accepted / clear error / unclear error / crash / hang,
 * the share of rejections that say where the problem is, the worst time and the peak memory; then
 * the worst shapes of issue 18 at full size, each in a fresh process so its memory is its own.
 *
 *   npx tsx sim-core/fuzz/fuzz.ts [--cases 10000] [--seed 18] [--no-worst]
 *
 * Exit code 1 when any case crashed, hung, gave an unclear message or an unlocated rejection, or a
 * worst shape took 10 s or 500 MB.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fuzzCaseStream, worstShapes, type FuzzCase } from './fuzzCases.ts';
import type { CaseOutcome, CaseResult } from './runCase.ts';

/** A case running longer than this is a hang. */
const HANG_MS = 10_000;
/** The budget every case, the worst shapes included, must end within. */
const BUDGET = { ms: 10_000, rssMB: 500 };
const CHILD = join(import.meta.dirname, 'fuzzChild.ts');

interface Answer {
  index: number;
  result: CaseResult;
  maxRssMB: number;
}

type Outcome = CaseOutcome | 'hang';

interface Tally {
  counts: Record<Outcome, number>;
  kinds: Record<string, number>;
  rejections: number;
  located: number;
  worstMs: number;
  worstCase: string;
  peakRssMB: number;
  /** The first line printed for the last case (the worst shapes are run one by one). */
  lastLine: string;
  failures: Array<{ index: number; kind: string; outcome: Outcome; firstLine: string }>;
}

function startChild(): ChildProcess {
  return fork(CHILD, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
}

/** Runs one case in `child`; resolves with its answer, or a hang / crash when the child fails. */
function ask(child: ChildProcess, index: number, file: string): Promise<Answer | 'hang' | 'crash'> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => finish('hang'), HANG_MS);
    const onMessage = (message: Answer): void => {
      if (message.index === index) finish(message);
    };
    const onExit = (): void => finish('crash');
    function finish(answer: Answer | 'hang' | 'crash'): void {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(answer);
    }
    child.on('message', onMessage);
    child.on('exit', onExit);
    child.send({ index, file });
  });
}

function ready(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => child.once('message', () => resolve()));
}

async function runAll(cases: Iterable<FuzzCase>, dir: string, freshChildEach: boolean): Promise<Tally> {
  const tally: Tally = {
    counts: { accepted: 0, 'clear-error': 0, 'unclear-error': 0, crash: 0, hang: 0 },
    kinds: {},
    rejections: 0,
    located: 0,
    worstMs: 0,
    worstCase: '',
    peakRssMB: 0,
    lastLine: '',
    failures: [],
  };
  let child: ChildProcess | undefined;
  let index = -1;
  for (const one of cases) {
    index += 1;
    tally.kinds[one.kind] = (tally.kinds[one.kind] ?? 0) + 1;
    // Progress on stderr, so a long run shows where it is (and a cut-short one what it found).
    if (index > 0 && index % 500 === 0)
      process.stderr.write(`${JSON.stringify({ index, ...tally.counts })}\n`);
    if (!child || freshChildEach) {
      child?.kill('SIGKILL');
      child = startChild();
      await ready(child);
    }
    const file = join(dir, 'case.json');
    writeFileSync(file, one.text);
    const answer = await ask(child, index, file);
    if (answer === 'hang' || answer === 'crash') {
      child.kill('SIGKILL');
      child = undefined;
      tally.counts[answer] += 1;
      tally.failures.push({ index, kind: one.kind, outcome: answer, firstLine: '' });
      continue;
    }
    const { result, maxRssMB } = answer;
    tally.counts[result.outcome] += 1;
    tally.peakRssMB = Math.max(tally.peakRssMB, maxRssMB);
    tally.lastLine = result.firstLine;
    if (result.ms > tally.worstMs) [tally.worstMs, tally.worstCase] = [result.ms, one.kind];
    if (result.outcome !== 'accepted') {
      tally.rejections += 1;
      if (result.located) tally.located += 1;
    }
    if (result.outcome === 'crash' || result.outcome === 'unclear-error' || !result.located)
      tally.failures.push({ index, kind: one.kind, outcome: result.outcome, firstLine: result.firstLine });
  }
  child?.kill('SIGKILL');
  return tally;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      cases: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '18' },
      'no-worst': { type: 'boolean', default: false },
    },
  });
  const count = Number(values.cases);
  const seed = Number(values.seed);
  const dir = mkdtempSync(join(tmpdir(), 'scoda-fuzz-'));
  try {
    const started = performance.now();
    const tally = await runAll(fuzzCaseStream(count, seed), dir, false);
    const worst = [];
    if (!values['no-worst']) {
      for (const shape of worstShapes(1)) {
        const result = await runAll([shape], dir, true);
        worst.push({
          name: shape.name,
          megabytes: Math.round(Buffer.byteLength(shape.text) / 1e5) / 10,
          outcome: Object.entries(result.counts).find(([, n]) => n > 0)?.[0],
          seconds: Math.round(result.worstMs) / 1000,
          peakRssMB: Math.round(result.peakRssMB),
          message: result.lastLine,
        });
      }
    }
    const report = {
      cases: count,
      seed,
      kinds: tally.kinds,
      ...tally.counts,
      rejectionsLocatedPercent: tally.rejections === 0 ? 100 : (100 * tally.located) / tally.rejections,
      worstCaseSeconds: Math.round(tally.worstMs) / 1000,
      worstCaseKind: tally.worstCase,
      peakRssMB: Math.round(tally.peakRssMB),
      wallSeconds: Math.round((performance.now() - started) / 1000),
      failures: tally.failures.slice(0, 20),
      worstShapes: worst,
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    const worstOver = worst.some(
      (shape) =>
        shape.outcome !== 'clear-error' ||
        shape.seconds * 1000 >= BUDGET.ms ||
        shape.peakRssMB >= BUDGET.rssMB,
    );
    return tally.failures.length > 0 || worstOver ? 1 : 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

process.exitCode = await main();

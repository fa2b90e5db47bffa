/**
 * One fuzz case through the command line's own reading and validation (readJsonFile, then
 * validateScenario, then the lines `validate` prints), classified: accepted, a clear error, or a
 * crash. A clear error locates the problem (a JSON path, or a line and column for a syntax error,
 * or a file-level reason such as the size) and prints only short lines without control characters.
 */
import { writeFileSync } from 'node:fs';
import { formatIssue } from '../cli/io/loadScenario.ts';
import { readJsonFile } from '../cli/io/readJsonFile.ts';
import { UserError } from '../cli/UserError.ts';
import { validateScenario } from '../src/scenario/validate.ts';

export type CaseOutcome = 'accepted' | 'clear-error' | 'unclear-error' | 'crash';

export interface CaseResult {
  outcome: CaseOutcome;
  /** For a rejection: whether it names where the problem is. */
  located: boolean;
  ms: number;
  /** The first line printed, cut, for the report. */
  firstLine: string;
}

/** Longest line a message may print (a value is cut far below this). */
const MAX_LINE_CHARS = 4_000;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** Refusals of the whole file (its size, its kind, its shape at the root): the file is the place. */
const FILE_LEVEL =
  /^case\.json: (the file has|is not a regular file|is a folder|no such file|permission denied|nested more than|expected at most \d+ items|the file holds more than)/;

const ROOT_CODES = new Set([
  'wrong-type',
  'too-many-containers',
  'too-deep',
  'too-many-list-items',
  'more-problems',
]);

function clear(lines: readonly string[]): boolean {
  return lines.length > 0 && lines.every((line) => line.length <= MAX_LINE_CHARS && !CONTROL.test(line));
}

/** Writes the case's text to `file` and runs it. */
export function runCaseText(text: string, file: string): CaseResult {
  writeFileSync(file, text);
  return runCase(file);
}

/** Runs the case already written to `file`. */
export function runCase(file: string, shown = 'case.json'): CaseResult {
  const started = performance.now();
  let lines: string[];
  let located: boolean;
  try {
    const outcome = validateScenario(readJsonFile(file, shown));
    if (outcome.ok)
      return { outcome: 'accepted', located: true, ms: performance.now() - started, firstLine: '' };
    lines = outcome.issues.map((issue) => formatIssue(shown, issue));
    // Every issue names its path; the empty path (the whole document) only for a problem of the
    // whole document: not an object, over the shape budget, or the count of problems left out.
    located = outcome.issues.every((issue) => issue.path !== '' || ROOT_CODES.has(issue.code));
  } catch (error) {
    if (!(error instanceof UserError)) {
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      return {
        outcome: 'crash',
        located: false,
        ms: performance.now() - started,
        firstLine: message.slice(0, 300),
      };
    }
    lines = error.message.split('\n');
    const first = lines[0] ?? '';
    located =
      /^case\.json:\d+:\d+: /.test(first) || /^case\.json: [^ ]+: /.test(first) || FILE_LEVEL.test(first);
  }
  return {
    outcome: clear(lines) ? 'clear-error' : 'unclear-error',
    located,
    ms: performance.now() - started,
    firstLine: (lines[0] ?? '').slice(0, 300),
  };
}

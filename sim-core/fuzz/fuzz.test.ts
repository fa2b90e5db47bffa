/**
 * The fuzz harness in the gate: a few hundred hostile files and the worst shapes of issue 18
 * (those over 10 MB scaled down to a tenth; the full sizes run in `npm run fuzz`, in a child
 * process that measures their time and memory). Each must end in a clear, located message or be
 * accepted; none may crash.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fuzzCases, worstShapes } from './fuzzCases.ts';
import { runCaseText, type CaseResult } from './runCase.ts';

const dir = mkdtempSync(join(tmpdir(), 'scoda-fuzz-gate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('fuzzed scenario files', () => {
  it('answers 300 mutants of a small scenario and of the built-ins with an outcome or a clear, located message', () => {
    const bad: Array<{ kind: string } & CaseResult> = [];
    let accepted = 0;
    for (const one of fuzzCases(300, 1818, true)) {
      const result = runCaseText(one.text, join(dir, 'case.json'));
      if (result.outcome === 'accepted') accepted += 1;
      else if (result.outcome !== 'clear-error' || !result.located) bad.push({ kind: one.kind, ...result });
    }
    expect(bad).toEqual([]);
    // Some mutations (a hostile description, a number at an edge) leave a valid scenario.
    expect(accepted).toBeGreaterThan(0);
  });

  for (const shape of worstShapes(0.1)) {
    it(`refuses ${shape.name} (a tenth of it) with a clear message, in well under a second per MB`, () => {
      const result = runCaseText(shape.text, join(dir, 'shape.json'));
      expect(result).toMatchObject({ outcome: 'clear-error', located: true });
    });
  }
});

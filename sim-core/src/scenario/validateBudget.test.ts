/**
 * Validation costs a small multiple of the input, whatever its shape: the shapes that took
 * minutes and gigabytes (issue 18) are answered at once, as values (the app's worker and the API
 * receive parsed values, not text; the command line's text scan is tested in cli/io).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateScenario } from './validate.ts';

const FIXTURE = new URL('../../../tests/fixtures/cli/tiny.scenario.json', import.meta.url);
const tiny = (): Record<string, unknown> =>
  JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, unknown>;

function timed<T>(work: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = work();
  return { value, ms: performance.now() - started };
}

describe('validation within a budget', () => {
  it('refuses 2 million {} in demand without walking them', () => {
    const doc = { ...tiny(), demand: Array.from({ length: 2_000_000 }, () => ({})) };
    const { value, ms } = timed(() => validateScenario(doc));
    expect(value).toMatchObject({ ok: false, issues: [{ path: 'demand', code: 'too-many-list-items' }] });
    expect(ms).toBeLessThan(1_000);
  });

  it('stops checking a list after 200 problems: 5,000 nodes of 50 empty processes', () => {
    const nodes = Array.from({ length: 5_000 }, () => ({
      processes: Array.from({ length: 50 }, () => ({ serviceHours: {} })),
    }));
    const { value, ms } = timed(() => validateScenario({ ...tiny(), nodes }));
    // Was 41 s and 1.5 GB: zod checked and reported all of the million problems first.
    expect(ms).toBeLessThan(5_000);
    if (value.ok) throw new Error('expected a refusal');
    expect(value.issues).toHaveLength(201);
    expect(value.issues[0]?.path).toBe('nodes[0].id');
    expect(value.issues[200]?.code).toBe('more-problems');
  });

  it('refuses nesting deeper than any scenario, naming where', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const { value, ms } = timed(() => validateScenario({ ...tiny(), description: deep }));
    expect(value).toMatchObject({ ok: false, issues: [{ code: 'too-deep' }] });
    expect(!value.ok && value.issues[0]?.path.startsWith('description[0]')).toBe(true);
    expect(ms).toBeLessThan(1_000);
  });
});

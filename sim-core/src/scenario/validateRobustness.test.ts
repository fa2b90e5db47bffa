/**
 * Bad input gets a message, never a crash: validation of any JSON value, or of the fixture with
 * any one value replaced by any other, returns an outcome whose every issue has a path and a
 * message; it never throws.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateScenario } from './validate.ts';

const tinyText = readFileSync(
  new URL('../../../tests/fixtures/cli/tiny.scenario.json', import.meta.url),
  'utf8',
);

/** Every [parent, key] pair in a JSON document, to pick one to replace. */
function slots(
  value: unknown,
  out: Array<[Record<string, unknown> | unknown[], string | number]> = [],
): typeof out {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      out.push([value, index]);
      slots(item, out);
    });
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      out.push([value as Record<string, unknown>, key]);
      slots(item, out);
    }
  }
  return out;
}

function wellFormed(outcome: ReturnType<typeof validateScenario>): boolean {
  const issues = outcome.ok ? outcome.warnings : outcome.issues;
  return (
    (outcome.ok || issues.length > 0) &&
    issues.every((issue) => typeof issue.path === 'string' && issue.message.length > 0)
  );
}

describe('validation of hostile input', () => {
  it('answers any JSON value with an outcome, never an exception', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => wellFormed(validateScenario(value))),
      { numRuns: 300 },
    );
  });

  it('answers the fixture with any one value replaced by any JSON value', () => {
    const count = slots(JSON.parse(tinyText)).length;
    fc.assert(
      fc.property(fc.nat({ max: count - 1 }), fc.jsonValue({ maxDepth: 2 }), (index, replacement) => {
        const document: unknown = JSON.parse(tinyText);
        const [parent, key] = slots(document)[index] as [Record<string, unknown>, string];
        parent[key] = replacement;
        return wellFormed(validateScenario(document));
      }),
      { numRuns: 500 },
    );
  });

  it('survives deeply nested values wherever they are', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 20_000; i++) deep = [deep];
    for (const place of ['interventions', 'extra', 'links']) {
      const document = JSON.parse(tinyText);
      document[place] = deep;
      expect(wellFormed(validateScenario(document))).toBe(true);
    }
    const document = JSON.parse(tinyText);
    document.demand[0].consignmentSize = { kind: 'empirical', values: deep };
    expect(wellFormed(validateScenario(document))).toBe(true);
  });
});

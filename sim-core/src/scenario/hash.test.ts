import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Scenario } from './schema.ts';
import { canonicalJson, scenarioHash } from './hash.ts';
import { parseScenario } from './ScenarioError.ts';

const FIXTURE = new URL('../../../tests/fixtures/cli/tiny.scenario.json', import.meta.url);
const tinyText = readFileSync(FIXTURE, 'utf8');

function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reverseKeys(v)]),
  );
}

describe('scenarioHash', () => {
  it('is the SHA-256 of the canonical JSON', () => {
    // echo -n '{"a":1,"b":[true,null]}' | sha256sum
    expect(canonicalJson({ b: [true, null], a: 1, c: undefined })).toBe('{"a":1,"b":[true,null]}');
    expect(scenarioHash({ b: [true, null], a: 1 } as unknown as Scenario)).toBe(
      '1cc69c7fa23616ca2ec3ee70d24390a6225c8832db8a4c814c7e0e7f942f8668',
    );
  });

  it('ignores key order and formatting, and changes with any value', () => {
    const scenario = parseScenario(JSON.parse(tinyText));
    const shuffled = parseScenario(reverseKeys(JSON.parse(tinyText)));
    expect(scenarioHash(shuffled)).toBe(scenarioHash(scenario));
    expect(scenarioHash(scenario)).toMatch(/^[0-9a-f]{64}$/);
    const changed = parseScenario({ ...JSON.parse(tinyText), seed: 43 });
    expect(scenarioHash(changed)).not.toBe(scenarioHash(scenario));
  });

  it('hashes the validated scenario, so written defaults and omitted ones agree', () => {
    const explicit = JSON.parse(tinyText);
    explicit.services[0].cutoffHours = 0;
    expect(scenarioHash(parseScenario(explicit))).toBe(scenarioHash(parseScenario(JSON.parse(tinyText))));
  });
});

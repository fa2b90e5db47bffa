import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { distributionMean, estimateRunSize, formatCount, LIMITS } from './limits.ts';
import { validateScenario } from './validate.ts';

const FIXTURE = new URL('../../../tests/fixtures/cli/tiny.scenario.json', import.meta.url);
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests poke at arbitrary JSON
const tiny = (): any => JSON.parse(readFileSync(FIXTURE, 'utf8'));

function messages(input: unknown): string[] {
  const outcome = validateScenario(input);
  return outcome.ok ? [] : outcome.issues.map((issue) => `${issue.path}: ${issue.message}`);
}

describe('size limits', () => {
  it('refuses a demand of absurd volume instead of running out of memory', () => {
    const doc = tiny();
    doc.demand[0].annualVolume = 1e12;
    // 1e12 TEU / 1.25 TEU a consignment over 120 days (0.33 years, growing 10 % a year): 2.67e11.
    expect(messages(doc)).toEqual([
      'demand: the run would generate about 266,992,075,431 consignments per replication, above the cap of 50,000,000; ' +
        'the largest is demand[0] ("qingdao-almaty-machinery"): shorten the run, lower annualVolume or growth, or raise consignmentSize',
    ]);
  });

  it('accepts a year with a million consignments', () => {
    const doc = tiny();
    doc.durationDays = 365;
    doc.demand[0].annualVolume = 1_250_000;
    doc.demand[0].consignmentSize = { kind: 'deterministic', value: 1.25 };
    expect(messages(doc)).toEqual([]);
  });

  it('counts compound growth over a long run', () => {
    const doc = tiny();
    doc.durationDays = 30 * 365;
    doc.corridors[0].growthPerYear = 1; // doubling every year for 30 years
    // 4000 consignments a year x (2^30 - 1) / ln 2 = 6.2e12.
    expect(messages(doc)[0]).toMatch(/^demand: the run would generate about 6\.\d\de\+12 consignments/);
  });

  it('refuses a consignment size of zero', () => {
    const doc = tiny();
    doc.demand[0].consignmentSize = { kind: 'deterministic', value: 0 };
    expect(messages(doc)).toEqual([
      'demand[0].consignmentSize: expected a mean consignment size > 0 (a size of 0 would mean endless consignments)',
    ]);
  });

  it('refuses absurd timetables', () => {
    const doc = tiny();
    doc.services[0].timetable.departuresPerWeek = 1e9;
    expect(messages(doc)[0]).toMatch(
      // 1e9 a week x 120 / 7 weeks x 2 (every truck returns) = 3.4e10.
      /^services: the run would make about 34,285,714,\d{3} vehicle legs per replication, above the cap of 10,000,000; the most frequent is services\[0\] \("port-shuttle"\)$/,
    );
  });

  it('weighs frequency changes by how long they last, not by multiplying successive windows', () => {
    const doc = tiny();
    doc.durationDays = 12 * 365;
    doc.interventions = Array.from({ length: 12 }, (_, y) => ({
      kind: 'scale-frequency',
      from: `${2025 + y}-01-01`,
      to: `${2026 + y}-01-01`,
      service: 'port-shuttle',
      factor: 5,
    }));
    // Multiplied: 5^12 x 100,000 legs, refused; weighted: 5 x 100,000, fine.
    expect(messages(doc)).toEqual([]);
  });

  it('estimates the tiny fixture within a factor of the obvious arithmetic', () => {
    const outcome = validateScenario(tiny());
    if (!outcome.ok) throw new Error('fixture invalid');
    const size = estimateRunSize(outcome.scenario);
    // 5000 TEU a year in consignments of mean 1.25 TEU over 120 days with +10 %/year growth.
    expect(size.consignments).toBeGreaterThan((5000 / 1.25) * (120 / 365.25));
    expect(size.consignments).toBeLessThan((5000 / 1.25) * (120 / 365.25) * 1.1);
    expect(size.resultCells).toBeLessThan(LIMITS.maxResultCellsPerReplication);
  });
});

describe('distributionMean', () => {
  it('gives the textbook means', () => {
    expect(distributionMean({ kind: 'triangular', min: 1, mode: 2, max: 6 })).toBe(3);
    expect(distributionMean({ kind: 'uniform', min: 2, max: 4 })).toBe(3);
    expect(distributionMean({ kind: 'empirical', values: [1, 3], weights: [3, 1] })).toBe(1.5);
    expect(distributionMean({ kind: 'lognormal', median: 5, p90: 5 })).toBe(5);
    // A normal with mean 0 truncated at zero is the half-normal: sd * sqrt(2 / pi).
    expect(distributionMean({ kind: 'normal', mean: 0, sd: 1 })).toBeCloseTo(0.797_88, 4);
  });
});

describe('formatCount', () => {
  it('groups thousands without a locale and switches to exponents for huge counts', () => {
    expect(formatCount(50_000_000)).toBe('50,000,000');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(2.5e13)).toBe('2.50e+13');
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ValidationIssue } from './issueMessages.ts';
import { validateScenario } from './validate.ts';

const FIXTURE = new URL('../../../tests/fixtures/cli/tiny.scenario.json', import.meta.url);

/** A fresh, valid scenario document (as written in a file) to break in one test. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests poke at arbitrary JSON
function tiny(): any {
  return JSON.parse(readFileSync(FIXTURE, 'utf8'));
}

function issuesOf(input: unknown): ValidationIssue[] {
  const outcome = validateScenario(input);
  if (outcome.ok) throw new Error('expected the scenario to be rejected');
  return outcome.issues;
}

function lines(input: unknown): string[] {
  return issuesOf(input).map((issue) => `${issue.path}: ${issue.message}`);
}

describe('validateScenario: schema messages', () => {
  it('accepts the tiny fixture and fills in defaults', () => {
    const outcome = validateScenario(tiny());
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.warnings).toEqual([]);
    expect(outcome.scenario.services[0]?.cutoffHours).toBe(0);
    expect(outcome.scenario.kpi.targetTrainsPerYear).toBe(800);
  });

  it('names the path, the bound and the value of a negative number', () => {
    const doc = tiny();
    doc.services[0].timetable.departuresPerWeek = -2;
    expect(lines(doc)).toEqual(['services[0].timetable.departuresPerWeek: expected a number >= 0, got -2']);
  });

  it('lists the allowed values of an enum', () => {
    const doc = tiny();
    doc.nodes[0].kind = 'harbour';
    expect(lines(doc)).toEqual([
      'nodes[0].kind: expected one of "seaport" | "airport" | "rail-terminal" | "border-crossing" | "inland-depot" | "overseas-warehouse" | "city", got "harbour"',
    ]);
  });

  it('names an unknown key at its own path', () => {
    const doc = tiny();
    doc.nodes[1].colour = 'red';
    expect(lines(doc)).toEqual([
      'nodes[1].colour: unknown key (not part of the scenario format; check its spelling)',
    ]);
  });

  it('says a required field is missing', () => {
    const doc = tiny();
    delete doc.demand[0].annualVolume;
    expect(lines(doc)).toEqual(['demand[0].annualVolume: missing: expected a number']);
  });

  it('says a missing enum value is missing', () => {
    const doc = tiny();
    delete doc.nodes[0].kind;
    delete doc.services[1].legHours[0].kind;
    expect(lines(doc)).toEqual([
      'nodes[0].kind: missing: expected one of "seaport" | "airport" | "rail-terminal" | "border-crossing" | "inland-depot" | "overseas-warehouse" | "city"',
      'services[1].legHours[0].kind: missing: expected one of "deterministic" | "exponential" | "uniform" | "triangular" | "normal" | "lognormal" | "empirical"',
    ]);
  });

  it('names a distribution kind that does not exist', () => {
    const doc = tiny();
    doc.services[1].legHours[0] = { kind: 'gaussian', mean: 1 };
    expect(lines(doc)[0]).toBe(
      'services[1].legHours[0].kind: expected one of "deterministic" | "exponential" | "uniform" | "triangular" | "normal" | "lognormal" | "empirical", got "gaussian"',
    );
  });

  it('reports a union by the form the input was closest to', () => {
    const doc = tiny();
    doc.services[1].capacity = { teu: -5 };
    expect(lines(doc)).toEqual(['services[1].capacity.teu: expected a number > 0, got -5']);
  });

  it('counts array lengths instead of quoting the array', () => {
    const doc = tiny();
    doc.demand[0].seasonality = [1, 1, 1];
    expect(lines(doc)).toEqual(['demand[0].seasonality: expected exactly 12 items, got 3']);
  });

  it('rejects a document that is not an object', () => {
    expect(lines(null)).toEqual([': expected an object, got null']);
    expect(lines([1, 2])).toEqual([': expected an object, got an array of 2 items']);
  });

  it('accepts a "$schema" key for editors', () => {
    const doc = tiny();
    doc.$schema = '../scenario.schema.json';
    expect(validateScenario(doc).ok).toBe(true);
  });
});

describe('validateScenario: cross-references', () => {
  it('names an unknown node and suggests the closest id', () => {
    const doc = tiny();
    doc.links[2].to = 'almatyy';
    expect(lines(doc)).toContain('links[2].to: unknown node "almatyy" (did you mean "almaty"?)');
  });

  it('reports duplicate ids with the place of the first', () => {
    const doc = tiny();
    doc.nodes[3].id = 'khorgos';
    expect(lines(doc)).toContain('nodes[3].id: duplicate node id "khorgos" (also at nodes[2])');
  });

  it('requires one leg time per leg', () => {
    const doc = tiny();
    doc.services[1].legHours.push({ kind: 'deterministic', value: 3 });
    expect(lines(doc)).toEqual([
      'services[1].legHours: expected 2 entries (one per leg between the 3 stops), got 3',
    ]);
  });

  it('requires a link of the service mode between consecutive stops', () => {
    const doc = tiny();
    doc.services[0].stops = ['qingdao-port', 'khorgos'];
    expect(lines(doc)).toEqual([
      'services[0].stops[1]: no road link joins "qingdao-port" and "khorgos" (a service travels links of its own mode)',
    ]);
  });

  it('does not repeat a broken link as a missing link under the services that use it', () => {
    const doc = tiny();
    doc.links[2].to = 'almatyy';
    expect(lines(doc)).toEqual(['links[2].to: unknown node "almatyy" (did you mean "almaty"?)']);
  });

  it('lets a service travel a link against its drawn direction', () => {
    const doc = tiny();
    doc.services[1].stops = ['almaty', 'khorgos', 'jiaozhou-hub'];
    expect(validateScenario(doc).ok).toBe(true);
  });

  it('checks that vehicle and capacity unit fit the mode', () => {
    const doc = tiny();
    doc.services[1].vehicle = 'vessel';
    doc.services[1].capacity = { tonnes: 50 };
    expect(lines(doc)).toEqual([
      'services[1].vehicle: a rail service runs "train", got "vessel"',
      'services[1].capacity: a rail service\'s capacity is counted in teu ({ "teu": ... }), got tonnes',
    ]);
  });

  it('checks the demand references', () => {
    const doc = tiny();
    doc.demand[0].origin = 'tashkent';
    doc.demand[0].corridor = 'europe';
    expect(lines(doc)).toEqual([
      'demand[0].origin: unknown node "tashkent"',
      'demand[0].corridor: unknown corridor "europe"',
    ]);
  });

  it('checks the rules between a distribution numbers', () => {
    const doc = tiny();
    doc.nodes[0].processes[0].serviceHours = { kind: 'triangular', min: 1, mode: 3, max: 2 };
    doc.nodes[2].processes[0].serviceHours = { kind: 'uniform', min: 8, max: 4 };
    doc.nodes[2].processes[1].inspectionHours = { kind: 'lognormal', median: 6, p90: 3 };
    doc.demand[0].consignmentSize.weights = [1];
    expect(lines(doc).sort()).toEqual([
      'demand[0].consignmentSize.weights: expected 2 weights (one per value), got 1',
      'nodes[0].processes[0].serviceHours.mode: expected mode <= max (2), got 3',
      'nodes[2].processes[0].serviceHours.max: expected max >= min (8), got 4',
      'nodes[2].processes[1].inspectionHours.p90: expected p90 >= median (6), got 3',
    ]);
  });

  it('checks intervention targets and that their dates fall inside the run', () => {
    const doc = tiny();
    doc.interventions = [
      { kind: 'drop-service', from: '2025-02-01', service: 'sco-express-almat' },
      { kind: 'throttle-node', from: '2026-01-01', node: 'khorgos', factor: 0.5 },
      { kind: 'throttle-link', from: '2025-02-30', link: 'khorgos-almaty-rail', factor: 0 },
      { kind: 'demand-shock', from: '2025-03-01', to: '2025-02-01', factor: 2 },
    ];
    expect(lines(doc)).toEqual([
      'interventions[0].service: unknown service "sco-express-almat" (did you mean "sco-express-almaty"?)',
      'interventions[1].from: expected a date inside the run (2025-01-01 to 2025-04-30), got "2026-01-01"',
      'interventions[2].from: "2025-02-30" is not a calendar date',
      'interventions[3].to: expected a date after "from" (2025-03-01), got "2025-02-01"',
    ]);
  });

  it('lets interventions refer to a service added by an earlier one', () => {
    const doc = tiny();
    const extra = { ...tiny().services[1], id: 'sco-express-extra' };
    doc.interventions = [
      { kind: 'add-service', from: '2025-02-01', service: extra },
      { kind: 'scale-capacity', from: '2025-03-01', service: 'sco-express-extra', factor: 2 },
    ];
    expect(validateScenario(doc).ok).toBe(true);
  });

  it('checks the KPI hub node and the warm-up', () => {
    const doc = tiny();
    doc.kpi.trainHubNode = 'jiaozhou';
    doc.warmupDays = 200;
    expect(lines(doc)).toEqual([
      'kpi.trainHubNode: unknown node "jiaozhou" (did you mean "jiaozhou-hub"?)',
      'warmupDays: expected fewer days than durationDays (120), got 200: nothing would be reported',
    ]);
  });

  it('reports schema and reference problems together, all at once', () => {
    const doc = tiny();
    doc.nodes[0].kind = 'harbour';
    doc.services[0].timetable.departuresPerWeek = -2;
    doc.links[0].to = 'nowhere';
    doc.demand[0].corridor = 'europe';
    doc.services[1].legHours[0] = { kind: 'uniform', min: 5, max: 1 };
    doc.unexpected = true;
    const paths = issuesOf(doc).map((issue) => issue.path);
    expect(paths.sort()).toEqual(
      [
        'demand[0].corridor',
        'links[0].to',
        'nodes[0].kind',
        'services[0].timetable.departuresPerWeek',
        'services[1].legHours[0].max',
        'unexpected',
      ].sort(),
    );
  });

  it('keeps the list readable when a file has thousands of problems', () => {
    const doc = tiny();
    doc.demand = Array.from({ length: 1000 }, (_, i) => ({
      ...tiny().demand[0],
      id: `d-${i}`,
      origin: 'nowhere',
    }));
    const issues = issuesOf(doc);
    expect(issues).toHaveLength(201);
    expect(issues[200]?.message).toBe('... and 800 more problems');
  });
});

describe('validateScenario: hostile values', () => {
  it('limits the length of names, quoting a cut of the value with its length', () => {
    const doc = tiny();
    doc.nodes[0].name.en = 'x'.repeat(1_000_000);
    expect(lines(doc)).toEqual(['nodes[0].name.en: expected at most 200 characters, got 1000000']);
  });

  it('escapes control characters and cuts long values without splitting a surrogate pair', () => {
    const doc = tiny();
    doc.nodes[0].kind = `\u001b[2J\nfile: ok${'😀'.repeat(100)}`;
    const [line] = lines(doc);
    // eslint-disable-next-line no-control-regex
    expect(line).not.toMatch(/[\u0000-\u001f]/);
    expect(line).toContain('"\\u001b[2J\\nfile: ok😀');
    expect(line).toContain('… (113 characters)');
    expect(line).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it('answers a 40,000-character unknown reference at once, without a hint', () => {
    const doc = tiny();
    doc.links[0].to = 'a'.repeat(40_000);
    const started = performance.now();
    const issue = issuesOf(doc).find((one) => one.path === 'links[0].to' && one.code === 'unknown-reference');
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(issue?.params['suggestion']).toBeUndefined();
  });
});

describe('validateScenario: warnings', () => {
  it('warns about demand that no chain of services can carry', () => {
    const doc = tiny();
    doc.demand[0].origin = 'almaty';
    doc.demand[0].destination = 'qingdao-port';
    const outcome = validateScenario(doc);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.warnings).toEqual([
      {
        path: 'demand[0]',
        code: 'demand-unreachable',
        params: { origin: '"almaty"', destination: '"qingdao-port"' },
        message:
          'no chain of services goes from "almaty" to "qingdao-port"; this demand\'s cargo will wait at its origin',
      },
    ]);
  });

  it('warns when a link line ends far from its node', () => {
    const doc = tiny();
    doc.links[2].geometry = [
      [76.9, 43.2],
      [80.4, 44.2],
    ];
    const outcome = validateScenario(doc);
    expect(outcome.ok && outcome.warnings.map((w) => w.path)).toEqual([
      'links[2].geometry[0]',
      'links[2].geometry[1]',
    ]);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseExperiment, planExperiment } from './planExperiment.ts';
import { readPath, writePath } from './scenarioPath.ts';

const base = (): unknown =>
  JSON.parse(
    readFileSync(new URL('../../../tests/fixtures/cli/tiny.scenario.json', import.meta.url), 'utf8'),
  );

const experiment = (extra: object = {}): unknown => ({
  format: 'scoda-experiment',
  version: 1,
  scenario: 'x',
  parameters: [{ id: 'trains', path: 'services[port-shuttle].timetable.departuresPerWeek', values: [2, 4] }],
  design: { kind: 'grid' },
  replications: 2,
  metrics: ['trainsPerYear', 'transit.meanDays:qingdao-almaty-machinery'],
  ...extra,
});

function plan(input: unknown): ReturnType<typeof planExperiment> {
  const parsed = parseExperiment(input);
  if (!parsed.ok) return parsed;
  return planExperiment(parsed.value, base());
}

describe('planning an experiment', () => {
  it('reads and writes scenario paths by id and by index, leaving the original alone', () => {
    const doc = base();
    const path = 'services[port-shuttle].timetable.departuresPerWeek';
    const changed = writePath(doc, path, 9);
    expect(readPath(changed, path)).toBe(9);
    expect(readPath(doc, path)).toBe(84);
    expect(readPath(changed, 'services[0].timetable.departuresPerWeek')).toBe(9);
  });

  it('derives every point scenario and seed from the file alone, the same on every call', () => {
    const a = plan(experiment({ seed: 5 }));
    const b = plan(experiment({ seed: 5 }));
    if (!a.ok || !b.ok) throw new Error('the experiment is valid');
    expect(a.plan.points.map((p) => p.values)).toEqual([[2], [4]]);
    expect(a.plan.points.map((p) => p.scenario.services[0]?.timetable)).toMatchObject([
      { departuresPerWeek: 2 },
      { departuresPerWeek: 4 },
    ]);
    expect(a.plan.points.every((p) => p.seed === 5 && p.replicationSeeds.length === 2)).toBe(true);
    expect(b.plan).toEqual(a.plan);
    const other = plan(experiment({ seed: 6 }));
    if (!other.ok) throw new Error('valid');
    expect(other.plan.experimentHash).not.toBe(a.plan.experimentHash);
  });

  it('names the JSON path and the expectation for every mistake in the file', () => {
    const outcome = plan(
      experiment({
        parameters: [{ id: 'trains', path: 'services[no-such].timetable.departuresPerWeek', values: [2] }],
        metrics: ['transit.meanDays:nowhere'],
      }),
    );
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.issues).toContainEqual({
      path: 'parameters[0].path',
      message: 'the scenario has no item with id "no-such" under services',
    });
    expect(outcome.issues).toContainEqual({
      path: 'metrics[0]',
      message: 'the scenario has no demand "nowhere"',
    });
    const schema = parseExperiment(
      experiment({ replications: 0, design: { kind: 'latin-hypercube' }, metrics: ['speed'] }),
    );
    expect(schema.ok).toBe(false);
    if (schema.ok) return;
    expect(schema.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(['replications', 'design.points', 'design.seed', 'metrics[0]']),
    );
  });

  it('reports a point that makes an invalid scenario with its parameter values', () => {
    const outcome = plan(
      experiment({
        parameters: [
          { id: 'trains', path: 'services[port-shuttle].timetable.departuresPerWeek', values: [2, -1] },
        ],
      }),
    );
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.issues[0]?.message).toMatch(
      /^point 1 \(trains=-1\) makes an invalid scenario: services\[0\]\.timetable\.departuresPerWeek: /,
    );
  });

  it('blames the overrides when they alone break the scenario, and counts the invalid points past three', () => {
    const short = plan(experiment({ overrides: [{ path: 'durationDays', value: 7 }] }));
    expect(short.ok).toBe(false);
    if (short.ok) return;
    expect(short.issues[0]?.path).toBe('overrides');
    expect(short.issues.map((i) => i.message)).toContain(
      'make an invalid scenario: warmupDays: expected fewer days than durationDays (7), got 7: nothing would be reported',
    );
    const negative = plan(
      experiment({
        parameters: [
          {
            id: 'trains',
            path: 'services[port-shuttle].timetable.departuresPerWeek',
            values: [-1, -2, -3, -4, -5],
          },
        ],
      }),
    );
    if (negative.ok) throw new Error('negative trains are invalid');
    expect(negative.issues.map((i) => i.message.slice(0, 8))).toEqual([
      'point 0 ',
      'point 1 ',
      'point 2 ',
      'and 2 mo',
    ]);
  });
});

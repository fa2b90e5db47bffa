import { describe, expect, it } from 'vitest';
import type { ExperimentOutline } from '../../../../sim-core/src/api/experimentTypes.ts';
import {
  experimentFile,
  experimentPath,
  expectedPoints,
  parameterId,
  responseLines,
  settingsFromFile,
  tornado,
  type ExperimentSettings,
  type PointEstimate,
} from './experimentModel.ts';

const scenario = {
  services: [{ id: 'sco-almaty', timetable: { departuresPerWeek: 3 } }, { timetable: {} }],
  corridors: [{ id: 'central-asia', singleDocumentShare: 0.3 }],
};

const settings = (design: ExperimentSettings['design']): ExperimentSettings => ({
  parameters: [
    {
      path: 'services[sco-almaty].timetable.departuresPerWeek',
      id: 'sco-almaty-departures-per-week',
      scale: 1,
      integer: false,
      kind: 'values',
      values: [2, 3, 4.5],
      from: 2,
      to: 4.5,
      count: 3,
    },
    {
      path: 'corridors[central-asia].singleDocumentShare',
      id: 'central-asia-single-document-share',
      scale: 100,
      integer: false,
      kind: 'range',
      values: [],
      from: 15,
      to: 45,
      count: 4,
    },
  ],
  design,
  lhsPoints: 7,
  lhsSeed: 42,
  replications: 2,
  seed: 9,
  durationDays: 91,
  metrics: ['trainsPerYear'],
});

describe('experiment model', () => {
  it('writes paths with item ids where items have one, indices where not', () => {
    expect(experimentPath(scenario, ['services', 0, 'timetable', 'departuresPerWeek'])).toBe(
      'services[sco-almaty].timetable.departuresPerWeek',
    );
    expect(experimentPath(scenario, ['services', 1, 'timetable'])).toBe('services[1].timetable');
    expect(parameterId('nodes[qingdao-port].processes[gate].servers')).toBe('qingdao-port-gate-servers');
  });

  it('reads back every design it writes, shares in % in the view and fractions in the file', () => {
    for (const design of ['grid', 'latin-hypercube', 'one-at-a-time'] as const) {
      const file = experimentFile(settings(design), 'baseline-2025');
      expect(file.parameters[1]?.range).toEqual({ from: 0.15, to: 0.45, count: 4, integer: false });
      const read = settingsFromFile(JSON.parse(JSON.stringify(file)), [
        { path: 'corridors[central-asia].singleDocumentShare', scale: 100, integer: false } as never,
      ]);
      if (!read.ok) throw new Error(read.path);
      expect(read.scenario).toBe('baseline-2025');
      // The file it writes again is the same file (the view's own fields, such as a list's
      // count, are not in the file).
      expect(experimentFile(read.settings, read.scenario)).toEqual(file);
      expect(read.settings.parameters[1]).toMatchObject({ from: 15, to: 45, count: 4 });
    }
    expect(settingsFromFile({ format: 'scoda-target' }, [])).toEqual({ ok: false, path: 'format' });
  });

  it('counts the points a design makes', () => {
    expect(expectedPoints(settings('grid'))).toBe(12);
    expect(expectedPoints(settings('latin-hypercube'))).toBe(7);
    expect(expectedPoints(settings('one-at-a-time'))).toBe(1 + 3 + 4);
  });

  const estimate = (
    point: number,
    values: number[],
    varied: number | undefined,
    mean: number,
  ): PointEstimate => ({
    point,
    values,
    varied,
    mean,
    low: mean - 1,
    high: mean + 1,
    replications: 2,
  });
  const outline = (kind: 'grid' | 'one-at-a-time', parameters: number): ExperimentOutline => ({
    experimentHash: 'h',
    engineVersion: 'e',
    baseScenario: { id: 's', hash: 'x' },
    parameters: Array.from({ length: parameters }, (_, i) => ({ id: `p${i}`, path: `a.p${i}`, base: 1 })),
    design: { kind },
    replications: 2,
    metrics: ['trainsPerYear'],
    points: [],
  });

  it('draws the tornado around the base, widest swing first, low and high by parameter value', () => {
    const estimates = [
      estimate(0, [1, 1], -1, 10),
      estimate(1, [0, 1], 0, 9),
      estimate(2, [2, 1], 0, 12),
      estimate(3, [1, 0], 1, 30),
      estimate(4, [1, 3], 1, 1),
    ];
    const chart = tornado(outline('one-at-a-time', 2), estimates);
    expect(chart?.base.point).toBe(0);
    expect(chart?.bars.map((b) => b.parameter)).toEqual([1, 0]);
    expect(chart?.bars[0]).toMatchObject({ lowValue: 0, highValue: 3, swing: 29 });
    expect(chart?.bars[1]?.atLow.point).toBe(1);
  });

  it("slices a grid into one response line per combination of the other parameters' values", () => {
    const estimates: PointEstimate[] = [];
    for (let a = 0; a < 3; a++)
      for (let b = 0; b < 2; b++) estimates.push(estimate(estimates.length, [a, b], undefined, a + 10 * b));
    const along0 = responseLines(outline('grid', 2), estimates, 0);
    expect(along0).toHaveLength(2);
    for (const line of along0) {
      expect(line.points.map((e) => e.values[0])).toEqual([0, 1, 2]);
      expect(new Set(line.points.map((e) => e.values[1])).size).toBe(1);
    }
    expect(responseLines(outline('grid', 2), estimates, 1)).toHaveLength(3);
  });
});

import { describe, expect, it } from 'vitest';
import type { Matrix, RunResult, Scenario } from '../../../sim-core/src/api/types.ts';
import { mapSourceFromRun, matrixValue } from './mapSource.ts';

function matrix(values: number[], entities = 1): Matrix {
  return { periods: values.length / entities, entities, values: Float64Array.from(values) };
}

/** Just enough of a run for the map: one node, one link, two weeks. */
function run(firstTeu: number, meanTeu: number | undefined): RunResult {
  const nodes = Object.fromEntries(
    [
      'teu',
      'tonnes',
      'dwellWaitingHours',
      'dwellHandlingHours',
      'dwellCustomsHours',
      'dwellDocumentsHours',
      'dwellGaugeHours',
      'utilisation',
      'queueLength',
      'backlogTeu',
    ].map((m) => [m, matrix([firstTeu, firstTeu])]),
  );
  const replication = {
    weeks: {
      kind: 'week',
      startHours: Float64Array.of(168, 336),
      startDates: ['2025-01-08', '2025-01-15'],
      hours: Float64Array.of(168, 168),
    },
    nodes,
    links: { teu: matrix([firstTeu, 0]), tonnes: matrix([0, 0]), vehicles: matrix([0, 0]) },
    linkIds: ['a-b'],
    trips: { count: 0 },
  };
  const band = (v: number) => ({ mean: matrix([v, v]), low: matrix([v, v]), high: matrix([v, v]) });
  return {
    provenance: { replicationSeeds: [1] },
    replications: [replication],
    bands:
      meanTeu === undefined
        ? undefined
        : {
            nodes: Object.fromEntries(Object.keys(nodes).map((m) => [m, band(meanTeu)])),
            links: { teu: band(meanTeu), tonnes: band(0), vehicles: band(0) },
          },
  } as unknown as RunResult;
}

const scenario = {
  startDate: '2025-01-01',
  durationDays: 21,
  nodes: [{ id: 'a', kind: 'seaport', name: { en: 'A', zh: 'A', ru: 'A' }, lon: 120, lat: 36 }],
  links: [],
} as unknown as Scenario;

describe('mapSourceFromRun', () => {
  it('shows the mean over replications when the run has bands', () => {
    const source = mapSourceFromRun(scenario, run(10, 25));
    expect(matrixValue(source.nodeMetrics.teu, 0, 0)).toBe(25);
    expect(matrixValue(source.linkTeu, 0, 0)).toBe(25);
  });

  it('falls back to the single replication without bands', () => {
    const source = mapSourceFromRun(scenario, run(10, undefined));
    expect(matrixValue(source.nodeMetrics.teu, 1, 0)).toBe(10);
  });

  it('plays from the first reported week (after warm-up) to the end of the run', () => {
    const source = mapSourceFromRun(scenario, run(1, undefined));
    expect(source.weekStartHours[0]).toBe(168);
    expect(source.durationHours).toBe(21 * 24);
  });

  it("draws B's lanes that A lacks after A's, A's TEU on them zero", () => {
    const lane = (id: string) => ({ id, from: 'a', to: 'a', mode: 'sea', distanceKm: 1, geometry: [] });
    const withA = { ...scenario, links: [lane('a-b')] } as unknown as Scenario;
    const withB = { ...scenario, links: [lane('a-b'), lane('new-lane')] } as unknown as Scenario;
    const source = mapSourceFromRun(withA, run(1, undefined), run(5, undefined), withB);
    expect(source.links.map((link) => link.id)).toEqual(['a-b', 'new-lane']);
    expect(matrixValue(source.linkTeu, 0, 1)).toBe(0);
    // Without run B, or when B has nothing new, the links are A's own.
    expect(mapSourceFromRun(withA, run(1, undefined)).links).toBe(withA.links);
    expect(mapSourceFromRun(withA, run(1, undefined), run(5, undefined), withA).links).toBe(withA.links);
  });

  it('carries run B for the difference colouring', () => {
    const source = mapSourceFromRun(scenario, run(1, undefined), run(5, undefined));
    expect(source.compare?.linkIds).toEqual(['a-b']);
    expect(matrixValue(source.compare!.linkTeu, 0, 0)).toBe(5);
  });

  it('refuses a run with no replications', () => {
    expect(() => mapSourceFromRun(scenario, { replications: [] } as unknown as RunResult)).toThrow(
      /no replications/,
    );
  });
});

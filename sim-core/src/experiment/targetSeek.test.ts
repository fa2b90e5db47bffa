import { describe, expect, it } from 'vitest';
import { RandomStreams } from '../kernel/RandomStreams.ts';
import type { ReplicationRows } from './runPoint.ts';
import { TargetSeek } from './schema.ts';
import { seekTarget } from './targetSeek.ts';

const spec = (goal: 'smallest' | 'largest', op: '>=' | '<=', value: number): TargetSeek =>
  TargetSeek.parse({
    format: 'scoda-target',
    version: 1,
    scenario: 'x',
    parameter: { id: 'trains', path: 'a', range: { from: 1, to: 20, step: 1 } },
    goal,
    conditions: [{ metric: 'trainsPerYear', op, value }],
    replications: { initial: 3, batch: 2, max: 40 },
  });

/** A response that grows with the parameter: 100 a train, plus normal-ish noise of sd ~ 29. */
function response(level: number, replication: number): number {
  const stream = new RandomStreams(level * 1000 + replication).stream('noise');
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += stream.next01();
  return 100 * level + (sum - 6) * 29;
}

function runner(levels: number[], calls: Map<number, number>) {
  return async (level: number, indices: number[]): Promise<ReplicationRows[]> => {
    calls.set(levels[level] as number, (calls.get(levels[level] as number) ?? 0) + indices.length);
    return indices.map((replication) => ({
      replication,
      rows: [{ metric: 'trainsPerYear', year: 2025, value: response(levels[level] as number, replication) }],
    }));
  };
}

const levels = Array.from({ length: 20 }, (_, i) => i + 1);

describe('target seeking', () => {
  it('finds the smallest value whose 95 % CI clears the threshold, by bisection', async () => {
    const calls = new Map<number, number>();
    // True mean 100 x value: >= 1050 holds from 11 on (10.5 is not a level).
    const report = await seekTarget(spec('smallest', '>=', 1050), levels, runner(levels, calls));
    expect(report.answer).toBe(11);
    expect(report.evidence?.conditions[0]?.ci95Low).toBeGreaterThanOrEqual(1050);
    // Bisection over 20 levels: the top, then about log2(20) more, never all twenty.
    expect(report.tried.length).toBeLessThanOrEqual(7);
    expect(report.tried.map((t) => t.value)).toContain(10);
  });

  it('spends replications where the answer is uncertain, few where it is clear', async () => {
    const calls = new Map<number, number>();
    await seekTarget(spec('smallest', '>=', 1050), levels, runner(levels, calls));
    // 20 (mean 2000) is settled by the first batch; 11 (mean 1100, 50 above) needs more.
    expect(calls.get(20)).toBe(3);
    expect(calls.get(11) ?? 0).toBeGreaterThan(3);
  });

  it('finds the largest value meeting an upper bound, and says when none does', async () => {
    const largest = await seekTarget(spec('largest', '<=', 750), levels, runner(levels, new Map()));
    expect(largest.answer).toBe(7);
    const none = await seekTarget(spec('smallest', '>=', 5000), levels, runner(levels, new Map()));
    expect(none.answer).toBeUndefined();
    expect(none.tried).toHaveLength(1);
  });
});

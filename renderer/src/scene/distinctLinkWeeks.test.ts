import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../../sim-core/src/api/types.ts';
import { distinctLinkWeeks } from './mapSource.ts';

/** A run of two links and one week, each replication's TEU given per link. */
function run(seeds: number[], teuPerReplication: number[][], linkIds = ['rail', 'sea']): RunResult {
  return {
    provenance: { replicationSeeds: seeds },
    replications: teuPerReplication.map((values) => ({
      linkIds,
      links: { teu: { periods: 1, entities: linkIds.length, values: Float64Array.from(values) } },
    })),
  } as unknown as RunResult;
}

describe('the map mutes differences it cannot tell from noise', () => {
  it('keeps a rail change that every paired replication shows and mutes a sea lane that only wobbles', () => {
    const a = run(
      [1, 2, 3],
      [
        [100, 500],
        [110, 480],
        [90, 520],
      ],
    );
    // Rail +20 in every pair; sea ±30 around A, sign changing: noise.
    const b = run(
      [1, 2, 3],
      [
        [120, 530],
        [130, 450],
        [110, 530],
      ],
    );
    expect(Array.from(distinctLinkWeeks(a, b) ?? [])).toEqual([1, 0]);
  });

  it('matches links by id when B lists them in another order', () => {
    const a = run(
      [1, 2],
      [
        [100, 500],
        [110, 480],
      ],
    );
    const b = run(
      [1, 2],
      [
        [500, 150],
        [480, 160],
      ],
      ['sea', 'rail'],
    );
    expect(Array.from(distinctLinkWeeks(a, b) ?? [])).toEqual([1, 0]);
  });

  it('draws a lane only B has (a new route) against zero in A, and one only A has against zero in B', () => {
    const a = run(
      [1, 2, 3],
      [
        [100, 500],
        [110, 480],
        [90, 520],
      ],
    );
    const b = run(
      [1, 2, 3],
      [
        [100, 500, 40],
        [110, 480, 45],
        [90, 520, 38],
      ],
      ['rail', 'sea', 'new-lane'],
    );
    // Rail and sea unchanged in every pair; the new lane carries TEU in every replication of B.
    expect(Array.from(distinctLinkWeeks(a, b, ['rail', 'sea', 'new-lane']) ?? [])).toEqual([0, 0, 1]);
    expect(Array.from(distinctLinkWeeks(b, a, ['rail', 'sea', 'new-lane']) ?? [])).toEqual([0, 0, 1]);
  });

  it('gives no verdict without two paired replications', () => {
    expect(distinctLinkWeeks(run([1], [[1, 2]]), run([1], [[3, 4]]))).toBeUndefined();
    expect(
      distinctLinkWeeks(
        run(
          [1, 2],
          [
            [1, 2],
            [1, 2],
          ],
        ),
        run(
          [7, 8],
          [
            [3, 4],
            [3, 4],
          ],
        ),
      ),
    ).toBeUndefined();
  });
});

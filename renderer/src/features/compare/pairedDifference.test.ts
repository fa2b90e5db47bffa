import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../../../sim-core/src/api/types.ts';
import { distinguishableCells } from '../../state/pairedReplications.ts';
import { pairedDelta, pairing } from './pairedDifference.ts';

function runWithSeeds(seeds: number[]): RunResult {
  return { provenance: { replicationSeeds: seeds } } as unknown as RunResult;
}

describe('B − A over paired replications', () => {
  it('pairs the replications whose seeds agree, in order', () => {
    expect(pairing(runWithSeeds([1, 2, 3]), runWithSeeds([1, 2, 3, 4]))).toEqual({
      state: 'paired',
      pairs: 3,
    });
    expect(pairing(runWithSeeds([1, 2]), runWithSeeds([9, 2]))).toEqual({ state: 'seedsDiffer', pairs: 0 });
    expect(pairing(runWithSeeds([1]), runWithSeeds([1]))).toEqual({ state: 'tooFew', pairs: 1 });
  });

  it('separates a small effect from noise that common random numbers cancel', () => {
    // Replication noise ±100 shared by both sides (same seeds); B adds 5 ± 1.
    const a = [1000, 900, 1100, 950, 1050];
    const b = [1005, 906, 1104, 955, 1056];
    const delta = pairedDelta(a, b, 5);
    expect(delta.delta).toBeCloseTo(5.2, 10);
    expect(delta.low).toBeGreaterThan(0);
    expect(delta.distinguishable).toBe(true);
    // The same numbers unpaired (A's order shuffled against B's) give a difference lost in noise.
    const shuffled = pairedDelta([1100, 1050, 900, 1000, 950], b, 5);
    expect(shuffled.distinguishable).toBe(false);
    expect(shuffled.low).toBeLessThan(0);
    expect(shuffled.high).toBeGreaterThan(0);
  });

  it('says a run against itself is not distinguishable from zero', () => {
    const values = [812, 799, 830];
    const delta = pairedDelta(values, values, 3);
    expect(delta.delta).toBe(0);
    expect(delta.distinguishable).toBe(false);
  });

  it('gives no interval without pairs, and leaves out years with no value', () => {
    const unpaired = pairedDelta([1, 2], [3, 4], 0);
    expect(unpaired.delta).toBe(2);
    expect(unpaired.distinguishable).toBeUndefined();
    expect(Number.isNaN(unpaired.low)).toBe(true);
    const withGap = pairedDelta([10, Number.NaN, 12, 11], [11, 5, 13, 12], 4);
    expect(withGap.delta).toBe(1);
    expect(withGap.a).toBe(11);
  });

  it('marks only the map cells whose interval excludes zero', () => {
    // Cell 0: B always +1 (distinct); cell 1: B ±1 around A (noise); cell 2: equal.
    const a = [
      [5, 5, 5],
      [7, 7, 7],
      [9, 9, 9],
    ];
    const b = [
      [6, 6, 5],
      [8, 6, 5],
      [10, 8, 5],
    ];
    const cells = distinguishableCells(
      3,
      3,
      (r, c) => a[r]![c]!,
      (r, c) => b[r]![c]!,
    );
    expect(Array.from(cells)).toEqual([1, 0, 0]);
  });
});

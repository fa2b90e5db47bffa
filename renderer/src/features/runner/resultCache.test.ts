import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../../../sim-core/src/api/types.ts';
import { resultCacheKey } from '../../platform/runArchive.ts';
import { resultMatchesKey } from './resultCache.ts';

/** A result carrying only what the cache key is made of. */
function resultOf(parts: {
  engineVersion: string;
  scenarioHash: string;
  seed: number;
  replications: number;
}) {
  return {
    provenance: {
      engineVersion: parts.engineVersion,
      scenarioHash: parts.scenarioHash,
      seed: parts.seed,
      scenarioId: 'x',
      replicationSeeds: [],
    },
    replications: Array.from({ length: parts.replications }, () => ({})),
  } as unknown as RunResult;
}

const parts = fc.record({
  engineVersion: fc.constantFrom('0.1.0', '0.1.1', '0.2.0'),
  scenarioHash: fc.constantFrom('a1', 'b2', 'c3'),
  seed: fc.integer({ min: 0, max: 3 }),
  replications: fc.integer({ min: 1, max: 3 }),
});

describe('the launch cache key', () => {
  it('finds a stored result only under the engine version, scenario, seed and replications it was made with', () => {
    fc.assert(
      fc.property(parts, parts, (stored, wanted) => {
        const same =
          stored.engineVersion === wanted.engineVersion &&
          stored.scenarioHash === wanted.scenarioHash &&
          stored.seed === wanted.seed &&
          stored.replications === wanted.replications;
        expect(resultMatchesKey(resultCacheKey(wanted), resultOf(stored))).toBe(same);
      }),
    );
  });
});

import { MAX_SEED } from '../scenario/schema.ts';

/**
 * Refuses a seed the command line would refuse (`--seed`) and a scenario file may not hold: only a
 * whole number from 0 to 2^32 - 1 seeds the random streams. NaN, -1 or 1.5 would otherwise run,
 * with numbers nobody could reproduce from the seed shown.
 */
export function checkSeed(seed: unknown): asserts seed is number {
  if (typeof seed === 'number' && Number.isInteger(seed) && seed >= 0 && seed <= MAX_SEED) return;
  throw new RangeError(`seed must be a whole number from 0 to ${MAX_SEED}, got ${String(seed)}`);
}

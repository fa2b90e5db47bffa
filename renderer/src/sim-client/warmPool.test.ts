import { describe, expect, it } from 'vitest';
import { createWarmPool } from './warmPool.ts';

/** A pool of numbered fake workers that records which were ended. */
function fakePool() {
  let next = 0;
  const ended: number[] = [];
  const pool = createWarmPool(
    () => next++,
    (worker) => ended.push(worker),
  );
  return { pool, ended };
}

describe('createWarmPool', () => {
  it('starts workers when warmed and hands the idle ones to a run without starting more', () => {
    const { pool } = fakePool();
    pool.warm(2);
    expect(pool.started).toBe(2);
    expect(pool.idle).toBe(2);
    expect(pool.take(2)).toEqual([0, 1]);
    expect(pool.started).toBe(2);
    expect(pool.idle).toBe(0);
  });

  it('keeps a finished run’s workers for the next run', () => {
    const { pool, ended } = fakePool();
    pool.warm(2);
    const first = pool.take(2);
    pool.give(first);
    expect(pool.idle).toBe(2);
    expect(pool.take(2).sort()).toEqual([0, 1]);
    expect(pool.started).toBe(2);
    expect(ended).toEqual([]);
  });

  it('starts fresh workers for a run larger than what is idle', () => {
    const { pool } = fakePool();
    pool.warm(1);
    expect(pool.take(3)).toEqual([0, 1, 2]);
    expect(pool.started).toBe(3);
  });

  it('counts workers in a run when warming: a busy pool is not doubled', () => {
    const { pool } = fakePool();
    pool.warm(2);
    pool.take(1);
    pool.warm(2);
    expect(pool.started).toBe(2);
    expect(pool.idle).toBe(1);
  });

  it('ends a cancelled run’s workers and never hands them out again; warming replaces them', () => {
    const { pool, ended } = fakePool();
    pool.warm(2);
    const run = pool.take(2);
    pool.discard(run);
    expect(ended).toEqual([0, 1]);
    pool.give(run); // a late give of discarded workers is ignored
    expect(pool.idle).toBe(0);
    pool.warm(2);
    expect(pool.take(2)).toEqual([2, 3]);
  });

  it('takes workers from a run that is still going only once', () => {
    const { pool } = fakePool();
    pool.warm(2);
    const first = pool.take(1);
    const second = pool.take(1);
    expect(first).not.toEqual(second);
    pool.give(first);
    pool.give(first); // given twice: kept once
    expect(pool.idle).toBe(1);
  });
});

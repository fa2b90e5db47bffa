import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../../../sim-core/src/api/types.ts';
import { balanceAtEnd } from './CargoBalanceTable.tsx';

const series = (...values: number[]) => Float64Array.from(values);

describe('the cargo balance shown after a run', () => {
  it('gives each replication its balance at the last week end, where the law must hold', () => {
    const result = {
      replications: [
        {
          balance: {
            generatedTeu: series(40, 100),
            deliveredTeu: series(0, 60),
            inTransitTeu: series(30, 25),
            waitingTeu: series(10, 15),
          },
        },
      ],
    } as unknown as RunResult;
    expect(balanceAtEnd(result)).toEqual([
      { generatedTeu: 100, deliveredTeu: 60, inTransitTeu: 25, waitingTeu: 15 },
    ]);
  });
});

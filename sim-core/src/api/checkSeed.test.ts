import { describe, expect, it } from 'vitest';
import { ScenarioBuilder } from '../model/testing/ScenarioBuilder.ts';
import { checkSeed } from './checkSeed.ts';
import { createSimApi } from './index.ts';

describe('seeds given to the API', () => {
  it('refuses NaN, a negative, a fraction and one past 2^32 - 1, as the command line does', async () => {
    const api = createSimApi();
    const input = new ScenarioBuilder({ durationDays: 7 }).node('a').node('b').link('a', 'b', 'rail').input();
    for (const seed of [Number.NaN, -1, 1.5, 2 ** 32, Number.POSITIVE_INFINITY]) {
      await expect(api.runScenario(input, { seed })).rejects.toThrow(
        `seed must be a whole number from 0 to 4294967295, got ${String(seed)}`,
      );
    }
  });

  it('accepts the whole range', () => {
    expect(() => checkSeed(0)).not.toThrow();
    expect(() => checkSeed(2 ** 32 - 1)).not.toThrow();
  });
});

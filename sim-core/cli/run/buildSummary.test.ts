import { describe, expect, it } from 'vitest';
import { createSimApi } from '../../src/api/index.ts';
import { ScenarioBuilder } from '../../src/model/testing/ScenarioBuilder.ts';
import { cargoBalanceAtEnd } from './buildSummary.ts';

describe('summary.json cargo balance', () => {
  it('gives each replication generated = delivered + in transit + waiting at the run end', async () => {
    const input = new ScenarioBuilder({ durationDays: 28 })
      .node('jiaozhou')
      .node('almaty', { country: 'KZ' })
      .link('jiaozhou', 'almaty', 'rail')
      .service('sco-express', ['jiaozhou', 'almaty'], { perWeek: 2, legHours: [140] })
      .demand('machinery', 'jiaozhou', 'almaty', { perWeek: 60 })
      .input();
    const result = await createSimApi().runScenario(input, { seed: 3, replications: 2 });
    const rows = cargoBalanceAtEnd(result);
    expect(rows.map((row) => row.replication)).toEqual([0, 1]);
    for (const row of rows) {
      expect(row.generatedTeu).toBeGreaterThan(0);
      // Two trains a week for 60 TEU a week over 4 weeks: some cargo is still on its way or waiting.
      expect(row.inTransitTeu + row.waitingTeu).toBeGreaterThan(0);
      expect(row.deliveredTeu + row.inTransitTeu + row.waitingTeu).toBeCloseTo(row.generatedTeu, 6);
    }
  });
});

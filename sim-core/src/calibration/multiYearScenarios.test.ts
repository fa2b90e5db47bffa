/**
 * The multi-year scenarios run the timetables a presenter expects. Train counts do not depend on
 * cargo (trains run to timetable), so these runs leave the demand out and stay quick.
 */
import { describe, expect, it } from 'vitest';
import { loadBuiltIn, runOnce } from '../../cli/data/scenarioTestKit.ts';
import { HUB_TRAINS_BY_YEAR } from '../../cli/data/history.ts';

const withoutCargo = (id: string) => ({ ...loadBuiltIn(id), demand: [] });

describe('multi-year scenarios', () => {
  it('corridor growth 2018-2030 runs each year the train count published or estimated for it', () => {
    const r = runOnce(withoutCargo('corridor-growth-2018-2030'));
    expect(r.kpis.years).toEqual(Array.from({ length: 13 }, (_, i) => 2018 + i));
    r.kpis.years.forEach((year, i) => {
      const expected = HUB_TRAINS_BY_YEAR[year]?.trains as number;
      expect(Math.abs((r.kpis.trainsPerYear[i] as number) - expected), `${year}`).toBeLessThanOrEqual(
        0.05 * expected,
      );
    });
  }, 60_000);

  it('SCODA targets keeps Jiaozhou above 800 trains a year and growing to 2030', () => {
    const r = runOnce(withoutCargo('scoda-targets'));
    expect(r.kpis.years).toEqual([2026, 2027, 2028, 2029, 2030]);
    const trains = Array.from(r.kpis.trainsPerYear);
    for (const t of trains) expect(t).toBeGreaterThan(800);
    for (let i = 1; i < trains.length; i++)
      expect(trains[i] as number).toBeGreaterThan(trains[i - 1] as number);
  }, 60_000);
});

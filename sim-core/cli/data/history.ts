/**
 * Yearly train counts at the Jiaozhou hub (arrivals + departures, 到发) behind the multi-year
 * scenarios, and the dates new services opened. Published figures are tagged A/B; the rest are
 * estimates (C) interpolated from the partial-year figures of the sources trains2020 to trains2025
 * (assets/sources/sources.json).
 */
import type { Provenance } from '../../src/scenario/schema.ts';
import { estimate, SRC, withNote } from './sources.ts';

export interface YearTrains {
  trains: number;
  provenance: Provenance;
}

export const HUB_TRAINS_BY_YEAR: Record<number, YearTrains> = {
  2018: {
    trains: 300,
    provenance: estimate(
      2018,
      'Central Asia trains ran 3-4 a week in 2018 (CRI, chinadaily), plus returns and other lines: ~300',
    ),
  },
  2019: { trains: 350, provenance: estimate(2019, 'between 2018 (~300) and 2020 (~420)') },
  2020: {
    trains: 420,
    provenance: estimate(2020, '2021 Jan-Oct 455 was +42.6 %, so 2020 Jan-Oct ~319, ~385-420 full year'),
  },
  2021: { trains: 560, provenance: estimate(2021, 'Jan-Oct 455 (A), full year pro rata ~550-560') },
  2022: { trains: 750, provenance: withNote(SRC.trains2022, 'estimate (C): Jan-Oct 620, ~750 full year') },
  2023: { trains: 863, provenance: SRC.trains2023 },
  2024: { trains: 1100, provenance: withNote(SRC.trains2024, 'estimate (C): Jan-Sep 843, ~1,100 full year') },
  2025: { trains: 1225, provenance: SRC.trains2025 },
  2026: { trains: 1323, provenance: estimate(2026, 'assumption: +8 % a year after 2025') },
  2027: { trains: 1429, provenance: estimate(2027, 'assumption: +8 % a year after 2025') },
  2028: { trains: 1543, provenance: estimate(2028, 'assumption: +8 % a year after 2025') },
  2029: { trains: 1667, provenance: estimate(2029, 'assumption: +8 % a year after 2025') },
  2030: { trains: 1800, provenance: estimate(2030, 'assumption: +8 % a year after 2025') },
};

export function hubTrains(year: number): number {
  const y = HUB_TRAINS_BY_YEAR[year];
  if (y === undefined) throw new Error(`no hub train count for ${year} in history.ts`);
  return y.trains;
}

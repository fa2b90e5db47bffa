/**
 * The builder's scalar parameters (assets/data/parameters.json): speeds, leg-time spreads,
 * cut-offs, the train size, the plan's targets and emission factors, each with its own source,
 * year and confidence. The derivations read them by name; a name the table lacks stops the build
 * naming the file.
 */
import { z } from 'zod';
import { failAt, loadData, rowMeta, tableOf } from './tables.ts';

const FILE = 'parameters.json';

/** Every parameter the builder reads; the table must hold each exactly once. */
export const PARAMETER_NAMES = [
  'railKmh',
  'railSpreadLow',
  'railSpreadHigh',
  'railCutoffHours',
  'trainTeu',
  'seaKmh',
  'seaSpreadLow',
  'seaSpreadHigh',
  'seaCutoffHours',
  'airKmh',
  'airOverheadHours',
  'airSpreadLow',
  'airSpreadHigh',
  'airCutoffHours',
  'scheduledOfOrdinary',
  'singleDocumentTimeFactor',
  'targetTrainsPerYear',
  'targetTradeGrowthPerYear',
  'co2SeaKgPerTonneKm',
  'co2AirKgPerTonneKm',
  'co2RailKgPerTonneKm',
  'co2RoadKgPerTonneKm',
  'tonnesPerTeu',
  'valueOfTimeShare',
] as const;
export type ParameterName = (typeof PARAMETER_NAMES)[number];

const Row = z.strictObject({
  name: z.enum(PARAMETER_NAMES),
  value: z.number().finite(),
  unit: z.string().min(1),
  note: z.string().min(1),
  ...rowMeta,
});
export const ParametersFile = tableOf(Row);

/** The parameters by name, checked: each named once, none missing. */
export function parametersOf(table: z.infer<typeof ParametersFile>): Record<ParameterName, number> {
  const values = new Map<string, number>();
  table.rows.forEach((row, i) => {
    if (values.has(row.name))
      failAt(FILE, ['rows', i, 'name'], `expected each parameter once, "${row.name}" is there twice`);
    values.set(row.name, row.value);
  });
  const missing = PARAMETER_NAMES.filter((name) => !values.has(name));
  if (missing.length > 0)
    failAt(FILE, ['rows'], `expected a row for every parameter, missing: ${missing.join(', ')}`);
  return Object.fromEntries(values) as Record<ParameterName, number>;
}

export const PARAMETERS: Readonly<Record<ParameterName, number>> = parametersOf(
  loadData(FILE, ParametersFile),
);

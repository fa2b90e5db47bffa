/**
 * summary.json: what reproduces the run (scenario hash, seeds, engine version) and the run's
 * headline figures with their 95 % confidence intervals over replications. No wall-clock time in
 * it, so the same scenario and seed give the same bytes.
 */
import type { Estimate, Kpis, RunResult } from '../../src/api/types.ts';
import { confidenceInterval95 } from '../../src/vocabulary/confidenceInterval.ts';
import type { Scenario } from '../../src/scenario/schema.ts';

const KPI_FIELDS: ReadonlyArray<Exclude<keyof Kpis, 'years' | 'seaRailByCorridor'>> = [
  'trainsPerYear',
  'scoTradeValueUsd',
  'scoTradeGrowth',
  'meanSeaRailTransitDays',
  'co2PerTeuTonnes',
  'teuDelivered',
  'backlogTeu',
];

export interface RunSummary {
  scenario: { id: string; name: string; file: string; hash: string };
  engineVersion: string;
  seed: number;
  replications: number;
  replicationSeeds: number[];
  resources: Array<{
    id: string;
    servers: number;
    meanWaitHours: Estimate;
    meanQueueLength: Estimate;
    utilisation: Estimate;
  }>;
  kpis: Array<{ year: number } & Record<string, Estimate | number>>;
  warnings: string[];
  files: string[];
}

export function buildSummary(
  result: RunResult,
  scenario: Scenario,
  file: string,
  warnings: string[],
  files: string[],
): RunSummary {
  const { provenance, resourceSummary } = result;
  const first = result.replications[0];
  const years = first?.kpis.years ?? [];
  return {
    scenario: { id: scenario.id, name: scenario.name.en, file, hash: provenance.scenarioHash },
    engineVersion: provenance.engineVersion,
    seed: provenance.seed,
    replications: result.replications.length,
    replicationSeeds: provenance.replicationSeeds,
    resources: resourceSummary.ids.map((id, i) => ({
      id,
      servers: first?.resources.servers[i] ?? NaN,
      meanWaitHours: resourceSummary.meanWaitHours[i] as Estimate,
      meanQueueLength: resourceSummary.meanQueueLength[i] as Estimate,
      utilisation: resourceSummary.utilisation[i] as Estimate,
    })),
    kpis: years.map((year, y) => {
      const row: { year: number } & Record<string, Estimate | number> = { year };
      for (const field of KPI_FIELDS)
        row[field] = confidenceInterval95(result.replications.map((r) => r.kpis[field][y] ?? NaN));
      // Sea–rail transit per corridor that delivered any: door to door and from the first departure.
      const corridors = first?.kpis.seaRailByCorridor.corridorIds ?? [];
      corridors.forEach((id, c) => {
        const at = y * corridors.length + c;
        if (!result.replications.some((r) => (r.kpis.seaRailByCorridor.delivered[at] ?? 0) > 0)) return;
        for (const field of ['doorToDoorDays', 'fromDepartureDays'] as const)
          row[`seaRail.${id}.${field}`] = confidenceInterval95(
            result.replications.map((r) => r.kpis.seaRailByCorridor[field][at] ?? NaN),
          );
      });
      return row;
    }),
    warnings,
    files,
  };
}

/** JSON text with NaN written as null (JSON has no NaN) and a final newline. */
export function summaryJson(summary: RunSummary): string {
  return `${JSON.stringify(summary, null, 2)}\n`;
}

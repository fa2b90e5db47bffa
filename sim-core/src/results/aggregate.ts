/**
 * The summary over replications: per matrix cell, the mean and its 95 % confidence interval
 * (Student t with n - 1 degrees of freedom); per resource, the same for wait, queue and
 * utilisation. Replications are independent runs of the same model (own seeds), so their
 * results are i.i.d. observations of the same quantity and the t interval applies.
 */
import type {
  CorridorMetric,
  Estimate,
  LinkMetric,
  Matrix,
  ModeMetric,
  NodeMetric,
  ReplicationResult,
  ResultLabels,
  RunProvenance,
  RunResult,
} from '../vocabulary/runResult.ts';
import { confidenceInterval95 } from '../vocabulary/confidenceInterval.ts';
import type { Scenario } from '../scenario/schema.ts';

type Band = { mean: Matrix; low: Matrix; high: Matrix };

/** Cell-wise bands of one matrix across replications; every replication must have its shape. */
export function bandOf(matrices: readonly Matrix[], label: string): Band {
  const first = matrices[0];
  if (!first) throw new RangeError(`aggregate: no replications for ${label}`);
  const { periods, entities } = first;
  const cells = periods * entities;
  for (const matrix of matrices) {
    if (matrix.periods !== periods || matrix.entities !== entities || matrix.values.length !== cells) {
      throw new RangeError(
        `aggregate: ${label} is ${matrix.periods}x${matrix.entities} in one replication and ${periods}x${entities} in another`,
      );
    }
  }
  const mean = new Float64Array(cells);
  const low = new Float64Array(cells);
  const high = new Float64Array(cells);
  const column = new Float64Array(matrices.length);
  for (let cell = 0; cell < cells; cell++) {
    for (let r = 0; r < matrices.length; r++) column[r] = (matrices[r] as Matrix).values[cell] as number;
    const e = confidenceInterval95(column);
    mean[cell] = e.mean;
    low[cell] = e.low;
    high[cell] = e.high;
  }
  const shape = (values: Float64Array): Matrix => ({ periods, entities, values });
  return { mean: shape(mean), low: shape(low), high: shape(high) };
}

function bandsOf<K extends string>(
  replications: readonly ReplicationResult[],
  pick: (replication: ReplicationResult) => Record<K, Matrix>,
  group: string,
): Record<K, Band> {
  const first = pick(replications[0] as ReplicationResult);
  const out = {} as Record<K, Band>;
  for (const metric of Object.keys(first) as K[]) {
    out[metric] = bandOf(
      replications.map((replication) => pick(replication)[metric]),
      `${group}.${metric}`,
    );
  }
  return out;
}

function resourceSummary(replications: readonly ReplicationResult[]): RunResult['resourceSummary'] {
  const ids = (replications[0] as ReplicationResult).resources.ids;
  const per = (field: 'meanWaitHours' | 'meanQueueLength' | 'utilisation'): Estimate[] =>
    ids.map((_, i) =>
      confidenceInterval95(replications.map((replication) => replication.resources[field][i] ?? NaN)),
    );
  return {
    ids: [...ids],
    meanWaitHours: per('meanWaitHours'),
    meanQueueLength: per('meanQueueLength'),
    utilisation: per('utilisation'),
  };
}

/** The labels the CSV and the dashboard read beside the ids (see ResultLabels). */
export function resultLabels(scenario: Scenario): ResultLabels {
  return {
    linkModes: scenario.links.map((link) => link.mode),
    demandOrigins: scenario.demand.map((demand) => demand.origin),
    demandDestinations: scenario.demand.map((demand) => demand.destination),
    demandCorridors: scenario.demand.map((demand) => demand.corridor),
    targetTrainsPerYear: scenario.kpi.targetTrainsPerYear,
    targetTradeGrowthPerYear: scenario.kpi.targetTradeGrowthPerYear,
  };
}

/**
 * Builds the RunResult of a run from its replications (in replication order). Pass the validated
 * scenario to label the result (link modes, demand endpoints, KPI targets) for the CSV.
 */
export function aggregateReplications(
  provenance: RunProvenance,
  replications: ReplicationResult[],
  scenario?: Scenario,
): RunResult {
  if (replications.length === 0)
    throw new RangeError('aggregateReplications: a run has at least one replication');
  const ordered = [...replications].sort((a, b) => a.replication - b.replication);
  const result: RunResult = {
    provenance,
    replications: ordered,
    bands: {
      nodes: bandsOf<NodeMetric>(ordered, (r) => r.nodes, 'nodes'),
      links: bandsOf<LinkMetric>(ordered, (r) => r.links, 'links'),
      modes: bandsOf<ModeMetric>(ordered, (r) => r.modes, 'modes'),
      corridors: bandsOf<CorridorMetric>(ordered, (r) => r.corridors, 'corridors'),
    },
    resourceSummary: resourceSummary(ordered),
  };
  if (scenario) result.labels = resultLabels(scenario);
  return result;
}

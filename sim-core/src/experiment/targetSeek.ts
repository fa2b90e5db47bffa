/**
 * Target seeking: the smallest (or largest) value of one parameter that meets every KPI condition
 * with 95 % confidence, for a response that moves one way with the parameter (more trains a week
 * never lengthen the wait for a train). Bisection over the parameter's levels; at each level
 * tried, replications are added in batches only while a condition's 95 % CI still contains its
 * threshold, so replications go where the answer is uncertain. A level still undecided at the
 * replication cap counts as not met: the answer is one the evidence supports.
 */
import { confidenceInterval95 } from '../vocabulary/confidenceInterval.ts';
import type { ReplicationRows } from './runPoint.ts';
import type { Condition, TargetSeek } from './schema.ts';

export type Verdict = 'met' | 'failed' | 'undecided';

export interface ConditionEvidence {
  metric: string;
  year: number | undefined;
  op: Condition['op'];
  threshold: number;
  mean: number;
  ci95Low: number;
  ci95High: number;
  verdict: Verdict;
}

/** One parameter value tried, with the replications it took and what they showed. */
export interface LevelEvaluation {
  value: number;
  replications: number;
  conditions: ConditionEvidence[];
  verdict: Verdict;
}

export interface SeekReport {
  goal: TargetSeek['goal'];
  /** The value found, or undefined when no value in the range meets the conditions. */
  answer: number | undefined;
  /** The evaluation of the answer (its CIs clear every threshold). */
  evidence: LevelEvaluation | undefined;
  /** Every value tried, in the order tried. */
  tried: LevelEvaluation[];
  totalReplications: number;
}

/** Runs replications `indices` of the level at `level` (an index into the levels). */
export type RunLevel = (level: number, indices: number[]) => Promise<ReplicationRows[]>;

function conditionValue(
  rows: ReplicationRows['rows'],
  condition: Condition,
): { value: number; year: number | undefined } {
  const matching = rows.filter(
    (row) => row.metric === condition.metric && (condition.year === undefined || row.year === condition.year),
  );
  const row = matching.at(-1);
  return { value: row?.value ?? NaN, year: row?.year };
}

function judge(condition: Condition, low: number, high: number): Verdict {
  if (Number.isNaN(low) || Number.isNaN(high)) return 'undecided';
  if (condition.op === '>=')
    return low >= condition.value ? 'met' : high < condition.value ? 'failed' : 'undecided';
  return high <= condition.value ? 'met' : low > condition.value ? 'failed' : 'undecided';
}

/** What the replications of a level show, condition by condition. */
export function evaluateLevel(
  value: number,
  results: readonly ReplicationRows[],
  conditions: readonly Condition[],
): LevelEvaluation {
  const evidence = conditions.map((condition): ConditionEvidence => {
    const values = results.map((r) => conditionValue(r.rows, condition));
    // One replication gives no interval; confidenceInterval95() would return a zero-width one.
    const e =
      values.length >= 2
        ? confidenceInterval95(values.map((v) => v.value))
        : { mean: NaN, low: NaN, high: NaN };
    return {
      metric: condition.metric,
      year: values[0]?.year,
      op: condition.op,
      threshold: condition.value,
      mean: e.mean,
      ci95Low: e.low,
      ci95High: e.high,
      verdict: judge(condition, e.low, e.high),
    };
  });
  const verdicts = evidence.map((e) => e.verdict);
  const verdict: Verdict = verdicts.includes('failed')
    ? 'failed'
    : verdicts.every((v) => v === 'met')
      ? 'met'
      : 'undecided';
  return { value, replications: results.length, conditions: evidence, verdict };
}

/** Bisection over `levels` (ascending) with sequential replications at each level tried. */
export async function seekTarget(
  spec: TargetSeek,
  levels: readonly number[],
  runLevel: RunLevel,
): Promise<SeekReport> {
  const { initial, batch, max } = spec.replications;
  const tried: LevelEvaluation[] = [];
  const byLevel = new Map<number, LevelEvaluation>();
  const evaluate = async (level: number): Promise<boolean> => {
    const results: ReplicationRows[] = [];
    let evaluation: LevelEvaluation;
    do {
      const count = results.length === 0 ? initial : Math.min(batch, max - results.length);
      const indices = Array.from({ length: count }, (_, i) => results.length + i);
      results.push(...(await runLevel(level, indices)));
      evaluation = evaluateLevel(levels[level] as number, results, spec.conditions);
    } while (evaluation.verdict === 'undecided' && results.length < max);
    tried.push(evaluation);
    byLevel.set(level, evaluation);
    return evaluation.verdict === 'met';
  };
  // `good` is a level known to meet, `bad` one known not to (or a virtual end of the range).
  const smallest = spec.goal === 'smallest';
  let good = smallest ? levels.length - 1 : 0;
  let bad = smallest ? -1 : levels.length;
  let answer: number | undefined;
  if (await evaluate(good)) {
    while (Math.abs(good - bad) > 1) {
      const mid = Math.floor((good + bad) / 2);
      if (await evaluate(mid)) good = mid;
      else bad = mid;
    }
    answer = good;
  }
  return {
    goal: spec.goal,
    answer: answer === undefined ? undefined : (levels[answer] as number),
    evidence: answer === undefined ? undefined : byLevel.get(answer),
    tried,
    totalReplications: tried.reduce((sum, t) => sum + t.replications, 0),
  };
}

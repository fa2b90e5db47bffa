// Makes a variant comparable with A by common random numbers: runs the variant's scenario again
// with A's base seed and replications (so replication i has A's seed i) and puts the new run in
// the variant's slot.
import { useRunHistoryStore } from '../../state/useRunHistoryStore.ts';
import { runScenarioInput } from '../runner/runController.ts';
import { pickCompareRun } from './compareActions.ts';

export async function rerunWithSeedsOfA(slot: number): Promise<void> {
  const { runs, compareIds } = useRunHistoryStore.getState();
  const a = runs.find((run) => run.id === compareIds[0]);
  const variant = runs.find((run) => run.id === compareIds[slot]);
  if (!a || !variant) return;
  const record = await runScenarioInput(variant.scenario, {
    seed: a.seed,
    replications: Math.max(2, a.replications),
    showWhenDone: false,
  });
  if (record) pickCompareRun(slot, record.id);
}

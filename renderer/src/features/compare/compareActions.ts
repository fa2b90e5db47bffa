// Compare two runs of this session: A is the reference, B the variant. The map shows run A with
// the difference B − A (useRunStore.compareResult + the map's 'difference' colouring).
import { setMapColorMode } from '../../state/mapBridge.ts';
import { useRunHistoryStore } from '../../state/useRunHistoryStore.ts';
import { useRunStore } from '../../state/useRunStore.ts';
import { useWorkbenchStore } from '../../state/useWorkbenchStore.ts';

/** Shows the picked pair on the map; clears the comparison when either is missing. */
export function applyComparison(): void {
  const { runs, compareA, compareB } = useRunHistoryStore.getState();
  const a = runs.find((run) => run.id === compareA);
  const b = runs.find((run) => run.id === compareB);
  if (a && b) {
    useRunStore.getState().setRun(a.scenario, a.result);
    useRunStore.getState().setCompareRun(b.result);
    setMapColorMode('difference');
  } else {
    useRunStore.getState().setCompareRun(undefined);
    setMapColorMode('throughput');
  }
}

/** Picks the two latest runs (A the older) and opens the Compare panel. */
export function compareLatestRuns(): void {
  const { runs, pickCompare } = useRunHistoryStore.getState();
  useWorkbenchStore.getState().setTab('compare');
  const b = runs.at(-1);
  const a = runs.at(-2);
  if (!a || !b) {
    useWorkbenchStore.getState().showNotice({ kind: 'info', key: 'compare.needTwoRuns' });
    return;
  }
  pickCompare('A', a.id);
  pickCompare('B', b.id);
  applyComparison();
}

/** Leaves the comparison: the latest run alone, coloured by throughput. */
export function endComparison(): void {
  const { runs, pickCompare } = useRunHistoryStore.getState();
  pickCompare('A', undefined);
  pickCompare('B', undefined);
  useRunStore.getState().setCompareRun(undefined);
  const latest = runs.at(-1);
  if (latest) useRunStore.getState().setRun(latest.scenario, latest.result);
  setMapColorMode('throughput');
}

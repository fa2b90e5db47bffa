// Compare runs: A is the reference, B (and C, D) the variants. The selection is the run history's
// compareIds; the dashboard and the map derive what they draw from it (useShownRun). These
// actions change the selection and the map's colouring with it.
import { setMapColorMode } from '../../state/mapBridge.ts';
import { comparedRuns, useRunHistoryStore } from '../../state/useRunHistoryStore.ts';
import { useWorkbenchStore } from '../../state/useWorkbenchStore.ts';

/** The map shows B − A while two runs or more are compared, throughput otherwise. */
function colourMapForSelection(): void {
  setMapColorMode(comparedRuns(useRunHistoryStore.getState()).length >= 2 ? 'difference' : 'throughput');
}

/** Puts a run in a slot of the comparison (0 = A), or empties the slot. */
export function pickCompareRun(slot: number, runId: string | undefined): void {
  useRunHistoryStore.getState().pickCompare(slot, runId);
  colourMapForSelection();
}

/** Compares the given runs, the first as A. */
export function compareRuns(runIds: string[]): void {
  useRunHistoryStore.getState().setCompare(runIds);
  colourMapForSelection();
}

/** Picks the two latest runs (A the older) and opens the Compare panel. */
export function compareLatestRuns(): void {
  const { runs } = useRunHistoryStore.getState();
  useWorkbenchStore.getState().setTab('compare');
  const b = runs.at(-1);
  const a = runs.at(-2);
  if (!a || !b) {
    useWorkbenchStore.getState().showNotice({ kind: 'info', key: 'compare.needTwoRuns' });
    return;
  }
  compareRuns([a.id, b.id]);
}

/** Leaves the comparison: the latest run alone, coloured by throughput. */
export function endComparison(): void {
  compareRuns([]);
}

/** Whether runs are being compared now. */
export function isComparing(): boolean {
  return comparedRuns(useRunHistoryStore.getState()).length >= 2;
}

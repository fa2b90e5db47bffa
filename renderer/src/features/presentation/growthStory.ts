// The corridor-growth story: the 2018–2030 scenario, run once, then the timeline steps a year at a
// time with a caption per year (its KPIs in the chosen language) and the camera on the hub.
import type { RunResult } from '../../../../sim-core/src/api/types.ts';
import { flyTo, timeline } from '../../state/mapBridge.ts';
import { useRunStore } from '../../state/useRunStore.ts';
import { useWorkbenchStore } from '../../state/useWorkbenchStore.ts';
import { i18next } from '../../i18n/i18n.ts';
import { confirmDiscardUnsaved, loadBuiltinById } from '../library/scenarioActions.ts';
import { runWorkingScenario } from '../runner/runController.ts';
import { create } from 'zustand';

export const STORY_SCENARIO_ID = 'corridor-growth-2018-2030';
/** How long each year stays on screen, ms. */
export const STORY_STEP_MS = 5000;

export interface StoryState {
  playing: boolean;
  /** Index into the result's KPI years, or undefined before the story starts. */
  yearIndex: number | undefined;
  loading: boolean;
}

/** The caption's state (read by the overlay); the timer lives outside React. */
export const useStoryStore = create<StoryState>()(() => ({
  playing: false,
  yearIndex: undefined,
  loading: false,
}));

let timer: ReturnType<typeof setInterval> | undefined;

/** Sim hours at the start of the KPI year `index` (from the weekly axis). */
export function yearStartHours(result: RunResult, index: number): number | undefined {
  const replication = result.replications[0];
  const year = replication?.kpis.years[index];
  if (!replication || year === undefined) return undefined;
  const week = replication.weeks.startDates.findIndex((date) => Number(date.slice(0, 4)) >= year);
  return week < 0 ? undefined : replication.weeks.startHours[week];
}

function showYear(index: number): void {
  const { result, scenario } = useRunStore.getState();
  if (!result) return;
  const hours = yearStartHours(result, index);
  if (hours !== undefined) timeline().setHours(hours);
  const hub = scenario?.nodes.find((node) => node.id === scenario.kpi.trainHubNode) ?? scenario?.nodes[0];
  // Alternate between the corridor-wide view and the hub, so each year shows both ends.
  if (hub) flyTo({ lon: hub.lon, lat: hub.lat, distance: index % 2 === 0 ? 2.5 : 0.8 }, 2500);
  useStoryStore.setState({ yearIndex: index });
}

export function stopStory(): void {
  if (timer !== undefined) clearInterval(timer);
  timer = undefined;
  useStoryStore.setState({ playing: false });
}

/** Loads and runs the growth scenario (if it is not the current result), then plays it year by year. */
export async function playStory(): Promise<void> {
  stopStory();
  if (useRunStore.getState().result?.provenance.scenarioId !== STORY_SCENARIO_ID) {
    // The story replaces the working scenario: the planner's unsaved edit is theirs to keep.
    if (!confirmDiscardUnsaved(i18next.t('library.confirmDiscard'))) return;
    useStoryStore.setState({ loading: true });
    const loaded = await loadBuiltinById(STORY_SCENARIO_ID);
    if (loaded) await runWorkingScenario({ replications: 1 });
    useStoryStore.setState({ loading: false });
    if (!loaded || useRunStore.getState().result?.provenance.scenarioId !== STORY_SCENARIO_ID) {
      useWorkbenchStore.getState().showNotice({ kind: 'error', key: 'story.unavailable' });
      return;
    }
  }
  // Presentation mode was left while the story's run was under way: there is no story to play.
  if (!useWorkbenchStore.getState().presentation) return;
  const years = useRunStore.getState().result?.replications[0]?.kpis.years.length ?? 0;
  let index = 0;
  showYear(index);
  useStoryStore.setState({ playing: true });
  timer = setInterval(() => {
    index += 1;
    if (index >= years) stopStory();
    else showYear(index);
  }, STORY_STEP_MS);
}

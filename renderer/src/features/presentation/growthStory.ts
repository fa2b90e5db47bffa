// The corridor-growth story: the 2018–2030 scenario, run once, then played year by year. Each year
// plays its weeks in STORY_YEAR_SECONDS (the playback clock moves, so vehicles move), the camera
// flies to frame that year's corridor and the caption reads the year's figures from the run on
// screen (storyPlan.ts). The frame loop lives here, outside React; the caption reads useStoryStore.
import { create } from 'zustand';
import { i18next } from '../../i18n/i18n.ts';
import { frameLonLatsInside, type ViewInset } from '../../scene/cameraFraming.ts';
import { mapCoverInsets } from '../../scene/mapCovers.ts';
import { mapAspect } from '../../scene/mapCanvasState.ts';
import { useMapStore } from '../../state/useMapStore.ts';
import { useTimelineStore } from '../../state/useTimelineStore.ts';
import { useRunStore } from '../../state/useRunStore.ts';
import { useWorkbenchStore } from '../../state/useWorkbenchStore.ts';
import { confirmDiscardUnsaved, loadBuiltinById } from '../library/scenarioActions.ts';
import { runWorkingScenario } from '../runner/runController.ts';
import { corridorPlaces, planStory, storyHoursAt, storyYearAt, type StoryPlan } from './storyPlan.ts';

export const STORY_SCENARIO_ID = 'corridor-growth-2018-2030';
/** How long the camera takes to reach each year's corridor, ms. */
const FLIGHT_MS = 2500;

export interface StoryState {
  playing: boolean;
  /** Index into the plan's years, or undefined before the story starts. */
  yearIndex: number | undefined;
  plan: StoryPlan | undefined;
  loading: boolean;
}

/** The caption's state (read by the overlay); the frame loop lives outside React. */
export const useStoryStore = create<StoryState>()(() => ({
  playing: false,
  yearIndex: undefined,
  plan: undefined,
  loading: false,
}));

let frame: number | undefined;

/**
 * Flies the camera to frame the corridor of the plan's year `index` (or the whole network) in the
 * part of the view `inset` leaves free (on screen, above the caption strip).
 */
export function frameStoryYear(
  plan: StoryPlan,
  index: number,
  aspect: number,
  durationMs: number,
  inset: ViewInset = { top: 0, bottom: 0 },
): void {
  const scenario = useRunStore.getState().scenario;
  if (!scenario) return;
  const places = corridorPlaces(scenario, plan.years[index]?.corridorId);
  useMapStore
    .getState()
    .flyTo(frameLonLatsInside(places.length > 0 ? places : scenario.nodes, aspect, inset), durationMs);
}

/** The node ids of the corridor the story shows now (empty when no story plays), for tests. */
export function storyCorridorNodeIds(): string[] {
  const { plan, yearIndex, playing } = useStoryStore.getState();
  const scenario = useRunStore.getState().scenario;
  if (!playing || !plan || yearIndex === undefined || !scenario) return [];
  return corridorPlaces(scenario, plan.years[yearIndex]?.corridorId).map((node) => node.id);
}

export function stopStory(): void {
  if (frame !== undefined) cancelAnimationFrame(frame);
  frame = undefined;
  useStoryStore.setState({ playing: false });
}

/** Plays `plan` from its start: the clock follows the story time, the camera each year's corridor. */
function playPlan(plan: StoryPlan): void {
  useTimelineStore.getState().pause();
  const startMs = performance.now();
  let shownYear = -1;
  let framedYear = -1;
  const step = (nowMs: number): void => {
    const seconds = (nowMs - startMs) / 1000;
    const index = storyYearAt(plan, seconds);
    // The camera flies one frame after the caption changed, so it frames the corridor above the
    // new caption as it is laid out (a longer text takes more of the screen).
    if (shownYear !== framedYear) {
      framedYear = shownYear;
      frameStoryYear(plan, shownYear, mapAspect(), FLIGHT_MS, mapCoverInsets());
    }
    if (index !== shownYear) {
      shownYear = index;
      useStoryStore.setState({ yearIndex: index });
    }
    useTimelineStore.getState().setHours(storyHoursAt(plan, seconds));
    if (seconds >= plan.durationSeconds) stopStory();
    else frame = requestAnimationFrame(step);
  };
  useStoryStore.setState({ playing: true, plan, yearIndex: 0 });
  frame = requestAnimationFrame(step);
}

/** Loads and runs the growth scenario (if it is not the current result), then plays it year by year. */
export async function playStory(): Promise<void> {
  stopStory();
  // A notice from before the story (a file saved, say) is not part of it.
  useWorkbenchStore.getState().showNotice(undefined);
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
  const result = useRunStore.getState().result;
  if (result) playPlan(planStory(result));
}

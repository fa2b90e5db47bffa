// The corridor-growth story as a function of story time: each KPI year plays its weeks in
// STORY_YEAR_SECONDS (vehicles move), the camera frames one corridor per year, and the caption
// reads that year's figures from the run on screen. Pure: the player (growthStory.ts) and the
// video export drive the same plan, so a recorded story is the story on screen, frame for frame.
import type { RunResult, Scenario } from '../../../../sim-core/src/api/types.ts';

/** Seconds of story per simulated year. */
export const STORY_YEAR_SECONDS = 8;
/** A year covering fewer reported weeks than this is partial (the run starts or ends in it). */
const FULL_YEAR_WEEKS = 52;
/** A change on the year before larger than this (either way) earns a footnote. */
const UNUSUAL_CHANGE = 0.35;

export interface StoryYear {
  year: number;
  /** Index into the result's KPI years. */
  kpiIndex: number;
  startHours: number;
  endHours: number;
  /** Reported weeks that start in this year. */
  weeks: number;
  /** The corridor the camera frames this year (the busiest not shown yet), if any carried cargo. */
  corridorId: string | undefined;
  /** Why the year is unusual, for a footnote; undefined for an ordinary year. */
  note: StoryNote | undefined;
}

export type StoryNote =
  { kind: 'partial'; weeks: number } | { kind: 'change'; metric: 'trains' | 'teu'; change: number };

export interface StoryPlan {
  years: StoryYear[];
  durationSeconds: number;
}

function yearWeeks(startDates: readonly string[], year: number): number[] {
  const weeks: number[] = [];
  startDates.forEach((date, index) => {
    if (Number(date.slice(0, 4)) === year) weeks.push(index);
  });
  return weeks;
}

/** TEU delivered per corridor over the weeks given (replication 0). */
function corridorTeu(result: RunResult, weeks: readonly number[]): Float64Array {
  const matrix = result.replications[0]!.corridors.teuDelivered;
  const totals = new Float64Array(matrix.entities);
  for (const week of weeks)
    for (let e = 0; e < matrix.entities; e++) totals[e]! += matrix.values[week * matrix.entities + e]!;
  return totals;
}

function yearNote(result: RunResult, index: number, weeks: number): StoryNote | undefined {
  if (weeks < FULL_YEAR_WEEKS) return { kind: 'partial', weeks };
  const kpis = result.replications[0]!.kpis;
  if (index === 0) return undefined;
  for (const [metric, series] of [
    ['trains', kpis.trainsPerYear],
    ['teu', kpis.teuDelivered],
  ] as const) {
    const before = series[index - 1] ?? 0;
    const now = series[index] ?? 0;
    if (before > 0 && Math.abs(now / before - 1) > UNUSUAL_CHANGE)
      return { kind: 'change', metric, change: now / before - 1 };
  }
  return undefined;
}

/** The story of `result`: one entry per KPI year that has reported weeks. */
export function planStory(result: RunResult): StoryPlan {
  const replication = result.replications[0];
  if (!replication) return { years: [], durationSeconds: 0 };
  const { startDates, startHours, hours } = replication.weeks;
  const shown = new Set<number>();
  const years: StoryYear[] = [];
  replication.kpis.years.forEach((year, kpiIndex) => {
    const weeks = yearWeeks(startDates, year);
    if (weeks.length === 0) return;
    const first = weeks[0]!;
    const last = weeks[weeks.length - 1]!;
    const teu = corridorTeu(result, weeks);
    let corridor = -1;
    for (let e = 0; e < teu.length; e++)
      if (!shown.has(e) && teu[e]! > 0 && (corridor < 0 || teu[e]! > teu[corridor]!)) corridor = e;
    if (corridor >= 0) shown.add(corridor);
    years.push({
      year,
      kpiIndex,
      startHours: startHours[first]!,
      endHours: startHours[last]! + hours[last]!,
      weeks: weeks.length,
      corridorId: corridor >= 0 ? replication.corridorIds[corridor] : undefined,
      note: yearNote(result, kpiIndex, weeks.length),
    });
  });
  return { years, durationSeconds: years.length * STORY_YEAR_SECONDS };
}

/** The story's year at `seconds` (clamped to the story), as an index into plan.years. */
export function storyYearAt(plan: StoryPlan, seconds: number): number {
  const index = Math.floor(Math.max(0, seconds) / STORY_YEAR_SECONDS);
  return Math.min(plan.years.length - 1, index);
}

/** The playback hour at story time `seconds`: each year's weeks at an even pace. */
export function storyHoursAt(plan: StoryPlan, seconds: number): number {
  const index = storyYearAt(plan, seconds);
  const year = plan.years[index];
  if (!year) return 0;
  const within = Math.min(1, Math.max(0, seconds / STORY_YEAR_SECONDS - index));
  return year.startHours + within * (year.endHours - year.startHours);
}

/** The places the camera frames for a corridor: the ends of its demands. */
export function corridorPlaces(scenario: Scenario, corridorId: string | undefined): Scenario['nodes'] {
  const ids = new Set<string>();
  for (const demand of scenario.demand)
    if (demand.corridor === corridorId) {
      ids.add(demand.origin);
      ids.add(demand.destination);
    }
  return scenario.nodes.filter((node) => ids.has(node.id));
}

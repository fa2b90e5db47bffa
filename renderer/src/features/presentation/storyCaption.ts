// The caption of a story year, in the interface language, from the figures of the run on screen
// (replication 1, which the map animates), with a footnote when the year is unusual.
import type { TFunction } from 'i18next';
import type { RunResult, Scenario } from '../../../../sim-core/src/api/types.ts';
import { formatNumber, formatPercent } from '../../i18n/format.ts';
import type { Language } from '../../state/useSettingsStore.ts';
import type { StoryPlan } from './storyPlan.ts';

export interface StoryCaption {
  year: number;
  corridor: string | undefined;
  text: string;
  /** The year's historical note (story.year.<year>), when there is one. */
  event: string;
  footnote: string | undefined;
}

export function storyCaption(
  plan: StoryPlan,
  index: number,
  result: RunResult,
  scenario: Scenario | undefined,
  language: Language,
  t: TFunction,
): StoryCaption | undefined {
  const year = plan.years[index];
  const kpis = result.replications[0]?.kpis;
  if (!year || !kpis) return undefined;
  const i = year.kpiIndex;
  const trains = kpis.trainsPerYear[i] ?? 0;
  const corridor = scenario?.corridors.find((c) => c.id === year.corridorId)?.name[language];
  const note = year.note;
  let footnote: string | undefined;
  if (note?.kind === 'partial') footnote = t('story.note.partial', { count: note.weeks });
  else if (note?.kind === 'change')
    footnote = t(`story.note.${note.metric}`, {
      change: formatPercent(Math.abs(note.change), language, 0),
      context: note.change > 0 ? 'up' : 'down',
    });
  return {
    year: year.year,
    corridor,
    text: t('story.caption', {
      count: Math.round(trains),
      trains: formatNumber(trains, language, 0),
      teu: formatNumber(kpis.teuDelivered[i], language, 0),
      days: formatNumber(kpis.meanSeaRailTransitDays[i], language, 1),
    }),
    event: t(`story.year.${year.year}`, { defaultValue: '' }),
    footnote,
  };
}

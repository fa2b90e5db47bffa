// The decorations of an exported frame as the map is now: the scenario's name, the playback date
// in the interface language, the mode legend in the map's colours and the source line naming the
// run that produced the figures (scenario, seed, replications, engine version).
import { i18next } from '../../i18n/i18n.ts';
import { formatPlaybackDate } from '../timeline/formatPlaybackDate.ts';
import type { FrameDecorations } from '../../scene/frameDecorations.ts';
import { MAP_MODES, MODE_COLORS } from '../../scene/mapColors.ts';
import { useRunStore } from '../../state/useRunStore.ts';
import { useSettingsStore } from '../../state/useSettingsStore.ts';
import { timelineClock, useTimelineStore } from '../../state/useTimelineStore.ts';

export function frameDecorationsNow(caption?: string): FrameDecorations {
  const language = useSettingsStore.getState().language;
  const { scenario, result } = useRunStore.getState();
  const { startDate } = useTimelineStore.getState();
  const t = i18next.getFixedT(language);
  const source = result
    ? t('media.source', {
        scenario: scenario?.name[language] ?? result.provenance.scenarioId,
        seed: result.provenance.seed,
        count: result.replications.length,
        engine: result.provenance.engineVersion,
      })
    : t('title.app');
  return {
    title: scenario?.name[language] ?? t('title.app'),
    date: formatPlaybackDate(startDate, timelineClock.hours, language),
    legendTitle: t('media.legend'),
    legend: MAP_MODES.map((mode) => ({ label: t(`modes.${mode}`), color: MODE_COLORS[mode] })),
    source,
    caption,
  };
}

// Presentation mode's chrome over the full-screen map: the caption strip and the story controls.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../i18n/format.ts';
import { useRunHistoryStore } from '../../state/useRunHistoryStore.ts';
import { useRunStore } from '../../state/useRunStore.ts';
import { useSettingsStore } from '../../state/useSettingsStore.ts';
import { leavePresentation } from './presentationActions.ts';
import { playStory, stopStory, useStoryStore } from './growthStory.ts';

function Caption() {
  const { t } = useTranslation();
  const language = useSettingsStore((state) => state.language);
  const yearIndex = useStoryStore((state) => state.yearIndex);
  const loading = useStoryStore((state) => state.loading);
  const progress = useRunHistoryStore((state) => state.progress);
  const result = useRunStore((state) => state.result);
  const scenario = useRunStore((state) => state.scenario);
  if (loading) {
    return (
      <p>
        {t('story.loading')} {progress ? formatPercent(progress.fraction, language, 0) : ''}
      </p>
    );
  }
  const kpis = result?.replications[0]?.kpis;
  if (yearIndex === undefined || !kpis) return <p>{scenario ? scenario.name[language] : ''}</p>;
  const year = kpis.years[yearIndex] ?? 0;
  return (
    <p data-testid="story-caption">
      <strong>{year}</strong>{' '}
      {t('story.caption', {
        trains: formatNumber(kpis.trainsPerYear[yearIndex], language, 0),
        teu: formatNumber(kpis.teuDelivered[yearIndex], language, 0),
        days: formatNumber(kpis.meanSeaRailTransitDays[yearIndex], language, 1),
      })}{' '}
      {t(`story.year.${year}`, { defaultValue: '' })}
    </p>
  );
}

export function PresentationOverlay() {
  const { t } = useTranslation();
  const playing = useStoryStore((state) => state.playing);
  // Leaving presentation mode by any way (Esc, the menu, the browser leaving full screen) unmounts
  // the overlay: the story stops with it, so it never moves the map behind the workbench.
  useEffect(() => stopStory, []);
  return (
    <div className="caption-strip" role="region" aria-label={t('story.captions')}>
      <Caption />
      <div className="row">
        <button type="button" onClick={() => (playing ? stopStory() : void playStory())}>
          {playing ? t('story.stop') : t('story.play')}
        </button>
        <button
          type="button"
          onClick={() => {
            stopStory();
            leavePresentation();
          }}
        >
          {t('story.leave')}
        </button>
      </div>
    </div>
  );
}

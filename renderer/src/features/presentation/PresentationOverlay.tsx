// Presentation mode's chrome over the full-screen map: the caption box (left of the legend, so it
// never covers it; a map cover, so no node label goes under it) and the story controls. The caption's figures are the run on screen.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../i18n/format.ts';
import { useRunHistoryStore } from '../../state/useRunHistoryStore.ts';
import { useRunStore } from '../../state/useRunStore.ts';
import { useSettingsStore } from '../../state/useSettingsStore.ts';
import { useVideoExportStore } from '../video-export/useVideoExportStore.ts';
import { useMapCover } from '../../scene/mapCovers.ts';
import { leavePresentation } from './presentationActions.ts';
import { playStory, stopStory, storyCorridorNodeIds, useStoryStore } from './growthStory.ts';
import { storyCaption } from './storyCaption.ts';

function Caption() {
  const { t } = useTranslation();
  const language = useSettingsStore((state) => state.language);
  const yearIndex = useStoryStore((state) => state.yearIndex);
  const plan = useStoryStore((state) => state.plan);
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
  const caption =
    plan && yearIndex !== undefined && result
      ? storyCaption(plan, yearIndex, result, scenario, language, t)
      : undefined;
  if (!caption) return <p>{scenario ? scenario.name[language] : ''}</p>;
  return (
    <div data-testid="story-caption">
      <p>
        <strong>{caption.year}</strong> {caption.text} {caption.event}
      </p>
      {caption.corridor && (
        <p className="caption-corridor">{t('story.corridor', { corridor: caption.corridor })}</p>
      )}
      {caption.footnote && <p className="caption-footnote">{caption.footnote}</p>}
    </div>
  );
}

export function PresentationOverlay() {
  const { t } = useTranslation();
  const playing = useStoryStore((state) => state.playing);
  // Leaving presentation mode by any way (Esc, the menu, the browser leaving full screen) unmounts
  // the overlay: the story stops with it, so it never moves the map behind the workbench.
  useEffect(() => stopStory, []);
  // With ?testHooks=1, end-to-end tests read which places the story frames now.
  useEffect(() => {
    if (new URLSearchParams(location.search).get('testHooks') !== '1') return;
    window.__scoda = { ...window.__scoda, storyCorridor: storyCorridorNodeIds };
  }, []);
  // Node labels are never placed under the captions, and the story frames its corridors above them.
  const cover = useMapCover();
  return (
    <div ref={cover} className="caption-strip" role="region" aria-label={t('story.captions')}>
      <Caption />
      <div className="row">
        <button type="button" onClick={() => (playing ? stopStory() : void playStory())}>
          {playing ? t('story.stop') : t('story.play')}
        </button>
        <button type="button" onClick={() => useVideoExportStore.getState().setOpen(true)}>
          {t('media.exportVideo')}
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

// Playback controls for the map: play/pause, step by a day or a week, scrub, speed. The date
// label and the slider follow the clock by ref (subscribeClock), so playing re-renders nothing;
// React re-renders only on play/pause, speed, range and week changes.
import { useEffect, useRef } from 'react';
import {
  PLAYBACK_SPEEDS_DAYS_PER_SECOND,
  subscribeClock,
  timelineClock,
  useTimelineStore,
} from '../../state/useTimelineStore.ts';
import { useSettingsStore } from '../../state/useSettingsStore.ts';
import { useMapText, type MapTextKey } from '../../scene/useMapText.ts';
import { formatPlaybackDate } from './formatPlaybackDate.ts';

export function Timeline() {
  const t = useMapText();
  const language = useSettingsStore((s) => s.language);
  const playing = useTimelineStore((s) => s.playing);
  const speed = useTimelineStore((s) => s.speedDaysPerSecond);
  const startHours = useTimelineStore((s) => s.startHours);
  const durationHours = useTimelineStore((s) => s.durationHours);
  const startDate = useTimelineStore((s) => s.startDate);
  const weekIndex = useTimelineStore((s) => s.weekIndex);
  const { toggle, stepDays, setHours, setSpeed } = useTimelineStore.getState();
  const slider = useRef<HTMLInputElement>(null);
  const dateLabel = useRef<HTMLOutputElement>(null);

  useEffect(() => {
    let shownHour = Number.NaN;
    let shownDay = Number.NaN;
    const update = (hours: number): void => {
      const hour = Math.round(hours);
      if (slider.current && hour !== shownHour) {
        slider.current.value = String(hour);
        shownHour = hour;
      }
      const day = Math.floor(hours / 24);
      if (dateLabel.current && day !== shownDay) {
        dateLabel.current.textContent = formatPlaybackDate(startDate, hours, language);
        shownDay = day;
      }
    };
    update(timelineClock.hours);
    return subscribeClock(update);
  }, [startDate, language, startHours, durationHours]);

  const disabled = durationHours <= startHours;
  return (
    <div className="map-timeline" role="group" aria-label={t('playbackTime')}>
      <button
        type="button"
        onClick={() => stepDays(-7)}
        disabled={disabled}
        aria-label={t('stepBackWeek')}
        title={t('stepBackWeek')}
      >
        «
      </button>
      <button
        type="button"
        onClick={() => stepDays(-1)}
        disabled={disabled}
        aria-label={t('stepBackDay')}
        title={t('stepBackDay')}
      >
        ‹
      </button>
      <button
        type="button"
        className="map-timeline-play"
        onClick={toggle}
        disabled={disabled}
        aria-label={playing ? t('pause') : t('play')}
        title={playing ? t('pause') : t('play')}
      >
        {playing ? '❚❚' : '▶'}
      </button>
      <button
        type="button"
        onClick={() => stepDays(1)}
        disabled={disabled}
        aria-label={t('stepForwardDay')}
        title={t('stepForwardDay')}
      >
        ›
      </button>
      <button
        type="button"
        onClick={() => stepDays(7)}
        disabled={disabled}
        aria-label={t('stepForwardWeek')}
        title={t('stepForwardWeek')}
      >
        »
      </button>
      <input
        ref={slider}
        className="map-timeline-slider"
        type="range"
        min={startHours}
        max={Math.max(startHours, durationHours)}
        step={1}
        defaultValue={timelineClock.hours}
        disabled={disabled}
        aria-label={t('playbackTime')}
        onInput={(event) => setHours(Number(event.currentTarget.value))}
      />
      <output ref={dateLabel} className="map-timeline-date" aria-live="off" data-testid="playback-date" />
      <span className="map-timeline-week">{t('week', { week: Math.max(0, weekIndex) + 1 })}</span>
      <select
        aria-label={t('speed')}
        value={speed}
        onChange={(event) => setSpeed(Number(event.currentTarget.value))}
      >
        {PLAYBACK_SPEEDS_DAYS_PER_SECOND.map((days) => (
          <option key={days} value={days}>
            {t(`speedOption_${days}` as MapTextKey)}
          </option>
        ))}
      </select>
    </div>
  );
}

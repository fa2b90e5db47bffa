// The video export dialog's form: what to record (the story, or a span of the timeline at a
// speed), the format and size. Dates are typed in the language's own order. Loaded when the dialog
// first opens (VideoExportDialog.tsx), with the encoder and muxer (mediabunny, the largest
// library of the app), so they never weigh on the launch.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VideoCodec } from 'mediabunny';
import { dateInputPattern, formatDateInput, parseDateInput } from '../../i18n/format.ts';
import { useRunStore } from '../../state/useRunStore.ts';
import { useSettingsStore } from '../../state/useSettingsStore.ts';
import { timelineClock, useTimelineStore } from '../../state/useTimelineStore.ts';
import { planStory } from '../presentation/storyPlan.ts';
import { codecName, containerCodecs, encodableCodec, type VideoContainer } from './exportVideo.ts';
import { recordVideo } from './recordVideo.ts';
import { useVideoExportStore } from './useVideoExportStore.ts';
import { playbackTimeMs } from '../timeline/formatPlaybackDate.ts';

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
] as const;
const FPS = 30;
const MS_PER_HOUR = 3_600_000;

function isoAt(startDate: string, hours: number): string {
  return new Date(playbackTimeMs(startDate, hours)).toISOString().slice(0, 10);
}

function hoursOf(startDate: string, iso: string): number {
  return (Date.parse(`${iso}T00:00:00Z`) - playbackTimeMs(startDate, 0)) / MS_PER_HOUR;
}

/** The codec each container would be written with at `size`, or null where none encodes. */
function useEncoders(size: { width: number; height: number }): Record<VideoContainer, VideoCodec | null> {
  const [available, setAvailable] = useState<Record<VideoContainer, VideoCodec | null>>({
    webm: null,
    mp4: null,
  });
  const { width, height } = size;
  useEffect(() => {
    let current = true;
    void Promise.all([encodableCodec('webm', width, height), encodableCodec('mp4', width, height)]).then(
      ([webm, mp4]) => {
        if (current) setAvailable({ webm: webm ?? null, mp4: mp4 ?? null });
      },
    );
    return () => {
      current = false;
    };
  }, [width, height]);
  return available;
}

/** "WebM · VP9", or "MP4 (no H.264, VP9 or AV1 encoder in this browser)". */
function ContainerOption({ container, codec }: { container: VideoContainer; codec: VideoCodec | null }) {
  const { t } = useTranslation();
  const label = container === 'webm' ? 'WebM' : 'MP4';
  const codecs = containerCodecs(container).map(codecName).join(', ');
  return (
    <option value={container} disabled={codec === null}>
      {codec ? `${label} · ${codecName(codec)}` : `${label} (${t('media.noEncoder', { codecs })})`}
    </option>
  );
}

/** The choices, mounted each time the dialog opens (so the span starts at the playback date). */
export default function VideoForm() {
  const { t } = useTranslation();
  const language = useSettingsStore((s) => s.language);
  const recording = useVideoExportStore((s) => s.progress !== undefined);
  const result = useRunStore((s) => s.result);
  const { startDate, durationHours, speedDaysPerSecond } = useTimelineStore.getState();
  const [what, setWhat] = useState<'span' | 'story'>('span');
  const [container, setContainer] = useState<VideoContainer>('webm');
  const [size, setSize] = useState(1);
  const encoders = useEncoders(SIZES[size] ?? SIZES[1]);
  const [from, setFrom] = useState(() => formatDateInput(isoAt(startDate, timelineClock.hours), language));
  const [to, setTo] = useState(() =>
    formatDateInput(isoAt(startDate, Math.min(durationHours, timelineClock.hours + 28 * 24)), language),
  );
  const fromIso = parseDateInput(from, language);
  const toIso = parseDateInput(to, language);
  const spanValid = fromIso !== undefined && toIso !== undefined && toIso > fromIso;
  const pattern = dateInputPattern(language, {
    year: t('media.dateLetters.year'),
    month: t('media.dateLetters.month'),
    day: t('media.dateLetters.day'),
  });
  const start = (): void => {
    if (!result) return;
    const chosen = SIZES[size] ?? SIZES[1];
    if (what === 'story')
      void recordVideo({ kind: 'story', plan: planStory(result) }, container, chosen, FPS);
    else if (fromIso && toIso) {
      const span = {
        kind: 'timeline' as const,
        fromHours: hoursOf(startDate, fromIso),
        toHours: hoursOf(startDate, toIso),
        speedDaysPerSecond,
      };
      void recordVideo(span, container, chosen, FPS);
    }
  };
  return (
    <fieldset disabled={recording} className="video-export">
      <label>
        {t('media.what')}{' '}
        <select value={what} onChange={(e) => setWhat(e.currentTarget.value as 'span' | 'story')}>
          <option value="span">{t('media.span')}</option>
          <option value="story">{t('media.story')}</option>
        </select>
      </label>
      {what === 'span' && (
        <>
          <label>
            {t('media.from')} <input value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
          </label>
          <label>
            {t('media.to')} <input value={to} onChange={(e) => setTo(e.currentTarget.value)} />
          </label>
          {!spanValid && <p className="error-text">{t('media.badSpan', { pattern })}</p>}
        </>
      )}
      <label>
        {t('media.format')}{' '}
        <select value={container} onChange={(e) => setContainer(e.currentTarget.value as VideoContainer)}>
          <ContainerOption container="webm" codec={encoders.webm} />
          <ContainerOption container="mp4" codec={encoders.mp4} />
        </select>
      </label>
      <label>
        {t('media.size')}{' '}
        <select value={size} onChange={(e) => setSize(Number(e.currentTarget.value))}>
          {SIZES.map((s, i) => (
            <option key={s.width} value={i}>{`${s.width} × ${s.height}`}</option>
          ))}
        </select>
      </label>
      <button
        type="button"
        onClick={start}
        disabled={!result || (what === 'span' && !spanValid) || encoders[container] === null}
      >
        {t('media.record')}
      </button>
    </fieldset>
  );
}

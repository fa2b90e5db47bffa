// Records a video of the story or a timeline span and saves it (desktop Save dialog or download),
// reporting progress to the dialog's store. One recording at a time; cancel aborts between frames.
import { i18next } from '../../i18n/i18n.ts';
import { mapAspect } from '../../scene/mapCanvasState.ts';
import { useRunStore } from '../../state/useRunStore.ts';
import { useSettingsStore } from '../../state/useSettingsStore.ts';
import { frameStoryYear, stopStory } from '../presentation/growthStory.ts';
import { storyCaption } from '../presentation/storyCaption.ts';
import { codecName, exportVideo, type VideoContainer } from './exportVideo.ts';
import { frameDecorationsNow } from './frameDecorationsNow.ts';
import { saveBinary } from './saveBinary.ts';
import { useVideoExportStore } from './useVideoExportStore.ts';
import type { VideoSpan } from './videoSpan.ts';

export const VIDEO_NAME = 'scoda-video';
let controller: AbortController | undefined;

export function cancelRecording(): void {
  controller?.abort();
}

function storyCaptionText(span: VideoSpan, year: number | undefined): string | undefined {
  const { result, scenario } = useRunStore.getState();
  if (span.kind !== 'story' || year === undefined || !result) return undefined;
  const language = useSettingsStore.getState().language;
  const caption = storyCaption(span.plan, year, result, scenario, language, i18next.getFixedT(language));
  return caption ? `${caption.year} · ${caption.corridor ?? ''} · ${caption.text}` : undefined;
}

export async function recordVideo(
  span: VideoSpan,
  container: VideoContainer,
  size: { width: number; height: number },
  fps: number,
): Promise<boolean> {
  if (controller) return false;
  controller = new AbortController();
  // The story's own player would move the clock under the recording.
  stopStory();
  const store = useVideoExportStore;
  store.setState({ progress: { done: 0, total: 1 }, outcome: undefined });
  try {
    const video = await exportVideo({
      span,
      container,
      ...size,
      fps,
      signal: controller.signal,
      decorate: (frame) => frameDecorationsNow(storyCaptionText(span, frame.storyYear)),
      onStoryYear: (year) => {
        if (span.kind === 'story')
          frameStoryYear(span.plan, year, size.width / size.height || mapAspect(), 2500);
      },
      onProgress: (done, total) => store.setState({ progress: { done, total } }),
    });
    if (!video) {
      store.setState({ outcome: { key: 'media.cancelled' } });
      return false;
    }
    const saved = await saveBinary(VIDEO_NAME, container, video.data);
    store.setState({
      outcome: saved
        ? {
            key: 'media.saved',
            values: {
              count: video.frames,
              codec: `${container === 'webm' ? 'WebM' : 'MP4'}, ${codecName(video.codec)}`,
            },
          }
        : { key: 'media.cancelled' },
    });
    return saved;
  } catch (error) {
    store.setState({ outcome: { key: 'media.failed', values: { reason: String(error) } } });
    return false;
  } finally {
    controller = undefined;
    store.setState({ progress: undefined });
  }
}

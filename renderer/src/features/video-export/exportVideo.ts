// Video export: every frame rendered offscreen at its own sim time (exportFrame.ts), encoded with
// WebCodecs and muxed by mediabunny into WebM (VP9 or VP8) or MP4 (H.264, else VP9 or AV1: MP4
// carries those too, and Debian's Chromium encodes VP9 and AV1 but has no H.264 encoder). Frame-exact from the sim clock: frame i shows hour from + i / fps × speed, and
// the story's camera flights are timed in frames, so a slow machine records the same video, only
// more slowly. Cancel stops between frames and discards the output; the map is given back as it was.
import {
  BufferTarget,
  CanvasSource,
  Mp4OutputFormat,
  Output,
  QUALITY_HIGH,
  WebMOutputFormat,
  canEncodeVideo,
  type VideoCodec,
} from 'mediabunny';
import { beginExport } from '../../scene/exportFrame.ts';
import { frameClock } from '../../scene/sceneUniforms.ts';
import { cameraFlight, cameraView, useMapStore } from '../../state/useMapStore.ts';
import { timelineClock, useTimelineStore } from '../../state/useTimelineStore.ts';
import type { FrameDecorations } from '../../scene/frameDecorations.ts';
import { frameAt, frameCount, type VideoFrame, type VideoSpan } from './videoSpan.ts';

export type VideoContainer = 'webm' | 'mp4';

export interface VideoOptions {
  span: VideoSpan;
  container: VideoContainer;
  width: number;
  height: number;
  fps: number;
  /** Decorations of a frame (title, date, legend, source, the story's caption). */
  decorate(frame: VideoFrame): FrameDecorations;
  /** Called before a story year's first frame (the camera flies to its corridor). */
  onStoryYear?(year: number): void;
  onProgress?(framesDone: number, framesTotal: number): void;
  signal?: AbortSignal;
}

export interface EncodedVideo {
  data: Uint8Array;
  container: VideoContainer;
  codec: VideoCodec;
  frames: number;
  durationSeconds: number;
}

/** Codecs tried per container, most widely played first (H.264 plays everywhere MP4 does). */
const PREFERRED_CODECS: Record<VideoContainer, VideoCodec[]> = {
  webm: ['vp9', 'vp8'],
  mp4: ['avc', 'vp9', 'av1'],
};

function outputFormat(container: VideoContainer): WebMOutputFormat | Mp4OutputFormat {
  return container === 'webm' ? new WebMOutputFormat() : new Mp4OutputFormat({ fastStart: 'in-memory' });
}

const CODEC_NAMES: Partial<Record<VideoCodec, string>> = {
  avc: 'H.264',
  hevc: 'H.265',
  vp8: 'VP8',
  vp9: 'VP9',
  av1: 'AV1',
};

/** A codec as people call it ("H.264", "VP9"): a brand name, the same in every language. */
export function codecName(codec: VideoCodec): string {
  return CODEC_NAMES[codec] ?? codec.toUpperCase();
}

/** The container's preferred codecs that mediabunny's muxer for it can write, in order. */
export function containerCodecs(container: VideoContainer): VideoCodec[] {
  const muxable = outputFormat(container).getSupportedVideoCodecs();
  return PREFERRED_CODECS[container].filter((codec) => muxable.includes(codec));
}

/**
 * The first codec the browser's WebCodecs can encode at that size and the container's muxer can
 * write (mediabunny's canEncodeVideo asks VideoEncoder.isConfigSupported), if any.
 */
export async function encodableCodec(
  container: VideoContainer,
  width: number,
  height: number,
): Promise<VideoCodec | undefined> {
  for (const codec of containerCodecs(container))
    if (await canEncodeVideo(codec, { width, height, bitrate: QUALITY_HIGH })) return codec;
  return undefined;
}

/** Puts the clock, and for the story the camera, where frame `frame` needs them. */
function poseFrame(
  frame: VideoFrame,
  frameMs: number,
  options: VideoOptions,
  lastYear: { value: number },
): void {
  frameClock.overrideMs = frameMs;
  if (frame.storyYear !== undefined && frame.storyYear !== lastYear.value) {
    lastYear.value = frame.storyYear;
    options.onStoryYear?.(frame.storyYear);
    // The flight starts on this frame, in frame time.
    cameraFlight.startMs = frameMs;
  }
  useTimelineStore.getState().setHours(frame.hours);
}

/** React takes the new week into the columns in a task after the clock moves. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export async function exportVideo(options: VideoOptions): Promise<EncodedVideo | undefined> {
  const { width, height, fps, span, container } = options;
  const codec = await encodableCodec(container, width, height);
  if (!codec) throw new Error(`no ${container} encoder in this browser at ${width}×${height}`);
  const saved = { hours: timelineClock.hours, view: { ...cameraView } };
  useTimelineStore.getState().pause();
  const session = beginExport(width, height);
  if (!session) return undefined;
  const output = new Output({
    format: outputFormat(container),
    target: new BufferTarget(),
  });
  const source = new CanvasSource(session.canvas, { codec, bitrate: QUALITY_HIGH, keyFrameInterval: 2 });
  output.addVideoTrack(source, { frameRate: fps });
  const total = frameCount(span, fps);
  const lastYear = { value: -1 };
  try {
    await output.start();
    for (let i = 0; i < total; i++) {
      if (options.signal?.aborted) {
        await output.cancel();
        return undefined;
      }
      const frame = frameAt(span, i, fps);
      poseFrame(frame, (i / fps) * 1000, options, lastYear);
      await nextTask();
      session.render(options.decorate(frame));
      await source.add(i / fps, 1 / fps);
      options.onProgress?.(i + 1, total);
    }
    source.close();
    await output.finalize();
  } finally {
    frameClock.overrideMs = undefined;
    session.end();
    Object.assign(cameraView, saved.view);
    cameraFlight.active = false;
    useTimelineStore.getState().setHours(saved.hours);
    useMapStore.setState({ flights: useMapStore.getState().flights + 1 });
  }
  const buffer = (output.target as BufferTarget).buffer;
  if (!buffer) return undefined;
  return { data: new Uint8Array(buffer), container, codec, frames: total, durationSeconds: total / fps };
}

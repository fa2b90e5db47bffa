// What a video shows at each of its frames: a span of the timeline played at a speed, or the
// presentation story. Pure: frame i of a span is at sim hour from + i / fps × speed, so the
// recording is frame-exact from the sim clock, whatever the machine's speed.
import { STORY_YEAR_SECONDS, storyHoursAt, storyYearAt, type StoryPlan } from '../presentation/storyPlan.ts';

const HOURS_PER_DAY = 24;

export type VideoSpan =
  | { kind: 'timeline'; fromHours: number; toHours: number; speedDaysPerSecond: number }
  | { kind: 'story'; plan: StoryPlan };

export interface VideoFrame {
  /** Sim hours shown in the frame. */
  hours: number;
  /** Story year index (story videos), for the caption and the camera. */
  storyYear: number | undefined;
  /** Seconds since the story year began (story videos), for the camera's flight. */
  secondsIntoYear: number;
}

/** Seconds of video for a span. */
export function spanSeconds(span: VideoSpan): number {
  if (span.kind === 'story') return span.plan.durationSeconds;
  const days = Math.max(0, span.toHours - span.fromHours) / HOURS_PER_DAY;
  return days / span.speedDaysPerSecond;
}

/** Whole frames of a span at `fps` (at least one). */
export function frameCount(span: VideoSpan, fps: number): number {
  return Math.max(1, Math.round(spanSeconds(span) * fps));
}

/** What frame `index` shows at `fps`. */
export function frameAt(span: VideoSpan, index: number, fps: number): VideoFrame {
  const seconds = index / fps;
  if (span.kind === 'story') {
    const year = storyYearAt(span.plan, seconds);
    return {
      hours: storyHoursAt(span.plan, seconds),
      storyYear: year,
      secondsIntoYear: seconds - year * STORY_YEAR_SECONDS,
    };
  }
  const hours = span.fromHours + seconds * span.speedDaysPerSecond * HOURS_PER_DAY;
  return { hours: Math.min(span.toHours, hours), storyYear: undefined, secondsIntoYear: 0 };
}

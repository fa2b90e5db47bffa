import { describe, expect, it } from 'vitest';
import { frameAt, frameCount, spanSeconds, type VideoSpan } from './videoSpan.ts';
import { STORY_YEAR_SECONDS, type StoryPlan } from '../presentation/storyPlan.ts';

describe('what each video frame shows', () => {
  const fortnight: VideoSpan = {
    kind: 'timeline',
    fromHours: 1000,
    toHours: 1000 + 14 * 24,
    speedDaysPerSecond: 7,
  };

  it('plays a timeline span at its speed: two weeks at a week a second is two seconds', () => {
    expect(spanSeconds(fortnight)).toBe(2);
    expect(frameCount(fortnight, 30)).toBe(60);
  });

  it('puts each frame at its own sim hour, evenly spaced, first frame at the span start', () => {
    expect(frameAt(fortnight, 0, 30).hours).toBe(1000);
    // 1/30 s at 7 days/s = 5.6 h.
    expect(frameAt(fortnight, 1, 30).hours).toBeCloseTo(1000 + (7 * 24) / 30, 9);
    expect(frameAt(fortnight, 59, 30).hours).toBeCloseTo(1000 + (59 / 30) * 7 * 24, 9);
  });

  it('plays the story year by year, each year over its own weeks', () => {
    const plan: StoryPlan = {
      years: [
        {
          year: 2018,
          kpiIndex: 0,
          startHours: 0,
          endHours: 8760,
          weeks: 52,
          corridorId: 'a',
          note: undefined,
        },
        {
          year: 2019,
          kpiIndex: 1,
          startHours: 8760,
          endHours: 17520,
          weeks: 52,
          corridorId: 'b',
          note: undefined,
        },
      ],
      durationSeconds: 2 * STORY_YEAR_SECONDS,
    };
    const span: VideoSpan = { kind: 'story', plan };
    expect(frameCount(span, 25)).toBe(2 * STORY_YEAR_SECONDS * 25);
    const middleOfFirst = frameAt(span, (STORY_YEAR_SECONDS / 2) * 25, 25);
    expect(middleOfFirst.storyYear).toBe(0);
    expect(middleOfFirst.hours).toBeCloseTo(4380, 6);
    const startOfSecond = frameAt(span, STORY_YEAR_SECONDS * 25, 25);
    expect(startOfSecond.storyYear).toBe(1);
    expect(startOfSecond.hours).toBe(8760);
    expect(startOfSecond.secondsIntoYear).toBe(0);
  });
});

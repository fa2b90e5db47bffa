// What to do when the renderer process dies. A crash reloads the window, which restores the
// working scenario from the autosave; but a page that crashes again and again (a bad autosave
// that crashes the renderer on load, say) must not loop forever.

/** More than this many crashes within CRASH_WINDOW_MS and the app stops reloading. */
export const MAX_CRASHES = 3;
export const CRASH_WINDOW_MS = 60_000;

export type CrashDecision = 'ignore' | 'reload' | 'give-up';

/**
 * Decides after a `render-process-gone` with `reason`, given the times (ms) of earlier crashes.
 * 'clean-exit' is not a crash (the window is closing).
 */
export function decideAfterRendererGone(
  reason: string,
  earlierCrashesMs: readonly number[],
  nowMs: number,
): CrashDecision {
  if (reason === 'clean-exit') return 'ignore';
  const recent = earlierCrashesMs.filter((time) => nowMs - time < CRASH_WINDOW_MS);
  return recent.length + 1 > MAX_CRASHES ? 'give-up' : 'reload';
}

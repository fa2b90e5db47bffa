// JavaScript time per frame, for the benchmark (tests/bench/mapBench.ts) and test hooks: from
// R3F's before-frame effect to its after-frame effect, i.e. every useFrame callback plus three's
// render call. Timing costs two performance.now() calls a frame and allocates nothing.
import { addAfterEffect, addEffect } from '@react-three/fiber';

export const frameStats = { frames: 0, totalMs: 0, maxMs: 0, startedMs: 0 };

let installed = false;

/** Starts counting (idempotent). */
export function installFrameStats(): void {
  if (installed) return;
  installed = true;
  addEffect(() => {
    frameStats.startedMs = performance.now();
  });
  addAfterEffect(() => {
    const ms = performance.now() - frameStats.startedMs;
    frameStats.frames++;
    frameStats.totalMs += ms;
    if (ms > frameStats.maxMs) frameStats.maxMs = ms;
  });
}

export function resetFrameStats(): void {
  frameStats.frames = 0;
  frameStats.totalMs = 0;
  frameStats.maxMs = 0;
}

// The window's size and position, saved when it closes and restored when the app starts, but only
// where it would be visible: a monitor unplugged since must not leave the window off-screen.
import type { Rectangle } from 'electron';
import { z } from 'zod';
import { MIN_WINDOW_SIZE } from '../security/windowOptions.ts';

export const WindowStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

/** At least this much of the title bar area (in px) must lie on a display to count as visible. */
const MIN_VISIBLE_WIDTH = 100;
const MIN_VISIBLE_HEIGHT = 50;

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/** True when the top strip of `bounds` (where the title bar is) lies enough on one work area. */
export function isVisibleOnSomeDisplay(bounds: Rectangle, workAreas: readonly Rectangle[]): boolean {
  const titleStrip = { x: bounds.x, y: bounds.y, width: bounds.width, height: Math.min(bounds.height, 40) };
  return workAreas.some((area) => {
    const shared = overlap(titleStrip, area);
    return (
      shared.width >= MIN_VISIBLE_WIDTH && shared.height >= Math.min(MIN_VISIBLE_HEIGHT, titleStrip.height)
    );
  });
}

/** The bounds to open the window with, or undefined for the default size, centred. */
export function boundsToRestore(
  saved: WindowState | undefined,
  workAreas: readonly Rectangle[],
): Rectangle | undefined {
  if (!saved) return undefined;
  const bounds = {
    x: saved.x,
    y: saved.y,
    width: Math.max(saved.width, MIN_WINDOW_SIZE.width),
    height: Math.max(saved.height, MIN_WINDOW_SIZE.height),
  };
  return isVisibleOnSomeDisplay(bounds, workAreas) ? bounds : undefined;
}

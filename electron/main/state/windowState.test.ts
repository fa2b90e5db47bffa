import { describe, expect, it } from 'vitest';
import { boundsToRestore, isVisibleOnSomeDisplay } from './windowState.ts';

const laptop = { x: 0, y: 0, width: 1920, height: 1080 };
const rightMonitor = { x: 1920, y: 0, width: 2560, height: 1440 };

describe('window state', () => {
  it('restores the saved bounds when they are on a display', () => {
    const saved = { x: 2100, y: 100, width: 1600, height: 1000, maximized: false };
    expect(boundsToRestore(saved, [laptop, rightMonitor])).toEqual({
      x: 2100,
      y: 100,
      width: 1600,
      height: 1000,
    });
  });

  it('falls back to the default when the monitor it was on is unplugged', () => {
    const saved = { x: 2100, y: 100, width: 1600, height: 1000, maximized: false };
    expect(boundsToRestore(saved, [laptop])).toBeUndefined();
  });

  it('refuses a window whose title bar is above the screen, where it could not be dragged', () => {
    expect(isVisibleOnSomeDisplay({ x: 100, y: -500, width: 1200, height: 800 }, [laptop])).toBe(false);
    expect(isVisibleOnSomeDisplay({ x: 1850, y: 10, width: 1200, height: 800 }, [laptop])).toBe(false);
    expect(isVisibleOnSomeDisplay({ x: 1700, y: 10, width: 1200, height: 800 }, [laptop])).toBe(true);
  });

  it('grows a saved size below the minimum, and has nothing to restore on first start', () => {
    expect(boundsToRestore({ x: 0, y: 0, width: 200, height: 100, maximized: false }, [laptop])).toEqual({
      x: 0,
      y: 0,
      width: 960,
      height: 600,
    });
    expect(boundsToRestore(undefined, [laptop])).toBeUndefined();
  });
});

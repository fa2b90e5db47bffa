import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clearLabelPosition, labelPosition } from './labelPlacement.ts';

describe('labelPosition', () => {
  it('puts a label right of its node when it fits', () => {
    const { x, y } = labelPosition(100, 100, 80, 18, 1000, 600);
    expect(x).toBeGreaterThan(100);
    expect(y).toBeLessThan(100);
  });

  it('flips a label that would run past the right edge to the left of its node', () => {
    const { x } = labelPosition(950, 100, 200, 18, 1000, 600);
    expect(x + 200).toBeLessThanOrEqual(950);
  });

  it('keeps every label that fits in the view inside it, wherever its node is', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -500, max: 2500, noNaN: true }),
        fc.double({ min: -500, max: 1500, noNaN: true }),
        fc.double({ min: 1, max: 600, noNaN: true }),
        fc.double({ min: 8, max: 60, noNaN: true }),
        fc.integer({ min: 640, max: 3840 }),
        fc.integer({ min: 360, max: 2160 }),
        (nodeX, nodeY, width, height, viewWidth, viewHeight) => {
          const { x, y } = labelPosition(nodeX, nodeY, width, height, viewWidth, viewHeight);
          expect(x).toBeGreaterThanOrEqual(0);
          expect(y).toBeGreaterThanOrEqual(0);
          expect(x + width).toBeLessThanOrEqual(viewWidth + 1e-9);
          expect(y + height).toBeLessThanOrEqual(viewHeight + 1e-9);
        },
      ),
    );
  });
});

describe('clearLabelPosition', () => {
  // A caption strip along the bottom of a 1280 × 800 view and a legend at its right.
  const covers = new Float32Array([16, 600, 900, 760, 940, 560, 1272, 748]);
  const overlaps = (x: number, y: number, w: number, h: number): boolean => {
    for (let b = 0; b < 2; b++) {
      const o = b * 4;
      if (x < covers[o + 2]! && x + w > covers[o]! && y < covers[o + 3]! && y + h > covers[o + 1]!)
        return true;
    }
    return false;
  };

  it('keeps the usual place when nothing covers it', () => {
    expect(clearLabelPosition(300, 200, 90, 22, 1280, 800, covers, 2)).toEqual(
      labelPosition(300, 200, 90, 22, 1280, 800),
    );
  });

  it('hides the label of a node under a cover', () => {
    expect(clearLabelPosition(300, 700, 90, 22, 1280, 800, covers, 2)).toBeUndefined();
  });

  it('moves a label whose usual place runs under the caption above its node', () => {
    const at = clearLabelPosition(300, 595, 90, 22, 1280, 800, covers, 2)!;
    expect(at).toBeDefined();
    expect(at.y + 22).toBeLessThanOrEqual(600);
  });

  it('never returns a place under a cover, and only hides a label it cannot place', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1280, noNaN: true }),
        fc.double({ min: 0, max: 800, noNaN: true }),
        fc.integer({ min: 20, max: 260 }),
        fc.integer({ min: 12, max: 30 }),
        (x, y, w, h) => {
          const at = clearLabelPosition(x, y, w, h, 1280, 800, covers, 2);
          if (at) {
            expect(overlaps(at.x, at.y, w, h)).toBe(false);
            expect(at.x).toBeGreaterThanOrEqual(0);
            expect(at.x + w).toBeLessThanOrEqual(1280 + 1e-6);
          } else if (!overlaps(x, y, 1, 1)) {
            // Hidden although its node is clear: every place tried near it is covered.
            const usual = labelPosition(x, y, w, h, 1280, 800);
            expect(overlaps(usual.x, usual.y, w, h)).toBe(true);
          }
        },
      ),
    );
  });

  it('gives the usual place wherever it is clear, and one reused object (no allocation a frame)', () => {
    const noCovers = new Float32Array(0);
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1280, noNaN: true }),
        fc.double({ min: 0, max: 800, noNaN: true }),
        fc.integer({ min: 20, max: 260 }),
        (x, y, w) => {
          expect({ ...clearLabelPosition(x, y, w, 18, 1280, 800, noCovers, 0)! }).toEqual(
            labelPosition(x, y, w, 18, 1280, 800),
          );
        },
      ),
    );
    const first = clearLabelPosition(300, 200, 90, 22, 1280, 800, covers, 2);
    const moved = clearLabelPosition(300, 595, 90, 22, 1280, 800, covers, 2);
    expect(moved).toBe(first);
  });
});

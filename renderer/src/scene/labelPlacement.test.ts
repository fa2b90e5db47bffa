import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelPosition } from './labelPlacement.ts';

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

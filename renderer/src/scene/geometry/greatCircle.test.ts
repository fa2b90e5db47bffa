import { describe, expect, it } from 'vitest';
import { centralAngle, interpolateGreatCircle, resamplePath } from './greatCircle.ts';

describe('great-circle interpolation', () => {
  it('goes halfway along the equator to the midpoint longitude', () => {
    const out = [0, 0];
    interpolateGreatCircle(0, 0, 90, 0, 0.5, out);
    expect(out[0]).toBeCloseTo(45, 9);
    expect(out[1]).toBeCloseTo(0, 9);
  });

  it('arcs toward the pole between two places at the same northern latitude (Qingdao to Rotterdam)', () => {
    const out = [0, 0];
    interpolateGreatCircle(120.32, 36.08, 4.48, 51.92, 0.5, out);
    expect(out[1]).toBeGreaterThan(60);
  });

  it('measures a quarter of the Earth between the equator and the pole', () => {
    expect(centralAngle(30, 0, 30, 90)).toBeCloseTo(Math.PI / 2, 12);
  });
});

describe('resamplePath', () => {
  const path: [number, number][] = [
    [120.32, 36.08],
    [103.82, 1.35],
    [43.5, 12.6],
    [4.48, 51.92],
  ];

  it('keeps the first and last points and spaces samples evenly along the ground', () => {
    const r = resamplePath(path, 64);
    expect(r.lonLat[0]).toBeCloseTo(120.32, 9);
    expect(r.lonLat[1]).toBeCloseTo(36.08, 9);
    expect(r.lonLat[126]).toBeCloseTo(4.48, 9);
    expect(r.lonLat[127]).toBeCloseTo(51.92, 9);
    const step = r.lengthRadians / 63;
    for (let k = 1; k < 64; k++) {
      const d = centralAngle(
        r.lonLat[(k - 1) * 2]!,
        r.lonLat[(k - 1) * 2 + 1]!,
        r.lonLat[k * 2]!,
        r.lonLat[k * 2 + 1]!,
      );
      // A sample step may cut a corner of the polyline, never exceed the even ground step.
      expect(d).toBeLessThanOrEqual(step + 1e-9);
      expect(d).toBeGreaterThan(step * 0.5);
    }
  });

  it('keeps the flat-map longitude continuous when a route crosses the map edge', () => {
    // Qingdao to Santos eastward across the Pacific and South America: crosses the seam at -59.62.
    const r = resamplePath(
      [
        [120.32, 36.08],
        [-80, 8],
        [-46.33, -23.96],
      ],
      64,
    );
    for (let k = 1; k < 64; k++) {
      expect(Math.abs(r.unwrappedRelLon[k]! - r.unwrappedRelLon[k - 1]!)).toBeLessThan(20);
    }
    expect(r.unwrappedRelLon[63]).toBeGreaterThan(180);
  });

  it('rejects a path with a single point', () => {
    expect(() => resamplePath([[0, 0]], 8)).toThrow(/at least two points/);
  });
});

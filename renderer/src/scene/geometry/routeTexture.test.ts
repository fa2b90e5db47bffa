import { describe, expect, it } from 'vitest';
import {
  buildRouteTexture,
  LINKS_PER_ROW,
  ROUTE_POINTS,
  ROUTE_TEXTURE_WIDTH,
  routeTexelCoord,
  routeTexelIndex,
  samplePosition,
} from './routeTexture.ts';
import { lonLatToFlat, lonLatToGlobe } from './projection.ts';

describe('route texture layout', () => {
  it('stores each link as its globe points then its flat points, wrapping links into rows', () => {
    expect(routeTexelIndex(0, 0, true)).toBe(ROUTE_POINTS);
    expect(routeTexelCoord(routeTexelIndex(LINKS_PER_ROW, 0, false))).toEqual({ x: 0, y: 1 });
    expect(routeTexelCoord(routeTexelIndex(LINKS_PER_ROW - 1, ROUTE_POINTS - 1, true))).toEqual({
      x: ROUTE_TEXTURE_WIDTH - 1,
      y: 0,
    });
  });

  it('sizes the texture for every link and no more than a row of spare', () => {
    const routes = Array.from({ length: LINKS_PER_ROW + 1 }, () => ({
      mode: 'rail' as const,
      geometry: [
        [120, 36],
        [80, 44],
      ] as [number, number][],
    }));
    const t = buildRouteTexture(routes);
    expect(t.width).toBe(ROUTE_TEXTURE_WIDTH);
    expect(t.height).toBe(2);
    expect(t.data.length).toBe(ROUTE_TEXTURE_WIDTH * 2 * 4);
  });

  it('starts a route at its first point and ends it at its last, in both views', () => {
    const t = buildRouteTexture([
      {
        mode: 'sea',
        geometry: [
          [120.32, 36.08],
          [103.82, 1.35],
        ],
      },
    ]);
    const p = [0, 0, 0];
    const expected = [0, 0, 0];
    samplePosition(t, 0, 0, 0, p);
    lonLatToGlobe(120.32, 36.08, 0.0015, expected);
    p.forEach((v, c) => expect(v).toBeCloseTo(expected[c]!, 5));
    samplePosition(t, 0, 1, 1, p);
    lonLatToFlat(103.82, 1.35, 0.0015, expected);
    p.forEach((v, c) => expect(v).toBeCloseTo(expected[c]!, 5));
  });

  it('arcs flights above the ground in the middle and lands them at the ends', () => {
    const t = buildRouteTexture([
      {
        mode: 'air',
        geometry: [
          [120.09, 36.36],
          [37.62, 55.75],
        ],
      },
    ]);
    const start = [0, 0, 0];
    const middle = [0, 0, 0];
    samplePosition(t, 0, 0, 0, start);
    samplePosition(t, 0, 0.5, 0, middle);
    expect(Math.hypot(start[0]!, start[1]!, start[2]!)).toBeLessThan(1.003);
    expect(Math.hypot(middle[0]!, middle[1]!, middle[2]!)).toBeGreaterThan(1.05);
  });
});

import { describe, expect, it } from 'vitest';
import { QINGDAO } from '../../state/mapHome.ts';
import { globeToLonLat, lonLatToFlat, lonLatToGlobe, relativeLon } from './projection.ts';

describe('projection', () => {
  it('puts Qingdao on the meridian that faces the viewer, on the unit sphere', () => {
    const p = [0, 0, 0];
    lonLatToGlobe(QINGDAO.lon, QINGDAO.lat, 0, p);
    expect(p[0]).toBeCloseTo(0, 12);
    expect(p[2]).toBeGreaterThan(0);
    expect(Math.hypot(p[0]!, p[1]!, p[2]!)).toBeCloseTo(1, 12);
    expect(p[1]).toBeCloseTo(Math.sin((QINGDAO.lat * Math.PI) / 180), 12);
  });

  it('lifts a point by its altitude in Earth radii', () => {
    const p = [0, 0, 0];
    lonLatToGlobe(10, 20, 0.05, p);
    expect(Math.hypot(p[0]!, p[1]!, p[2]!)).toBeCloseTo(1.05, 12);
  });

  it('places east of Qingdao at positive x on both the globe and the flat map', () => {
    const g = [0, 0, 0];
    const f = [0, 0, 0];
    lonLatToGlobe(140, 36, 0, g);
    lonLatToFlat(140, 36, 0, f);
    expect(g[0]).toBeGreaterThan(0);
    expect(f[0]).toBeCloseTo(((140 - QINGDAO.lon) * Math.PI) / 180, 12);
    expect(f[1]).toBeCloseTo((36 * Math.PI) / 180, 12);
  });

  it('wraps longitudes around the reference meridian into [-180, 180)', () => {
    expect(relativeLon(QINGDAO.lon)).toBeCloseTo(0, 12);
    expect(relativeLon(-118.24)).toBeCloseTo(-118.24 - QINGDAO.lon + 360, 9);
    expect(relativeLon(QINGDAO.lon + 180)).toBeCloseTo(-180, 9);
  });

  it('recovers longitude and latitude from a globe position', () => {
    const p = [0, 0, 0];
    for (const [lon, lat] of [
      [4.48, 51.92],
      [-46.33, -23.96],
      [179.9, -10],
    ] as const) {
      lonLatToGlobe(lon, lat, 0.01, p);
      const back = globeToLonLat(p[0]!, p[1]!, p[2]!);
      expect(back.lon).toBeCloseTo(lon, 9);
      expect(back.lat).toBeCloseTo(lat, 9);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { frameLonLats } from './cameraFraming.ts';
import { DEG_TO_RAD } from './geometry/projection.ts';

const TAN_HALF_FOV = Math.tan(22.5 * DEG_TO_RAD);

describe('framing places for the camera', () => {
  it('centres between the places and backs off until their extent fits the view', () => {
    // Qingdao to Duisburg: the China–Europe corridor.
    const view = frameLonLats(
      [
        { lon: 119.96, lat: 36.33 },
        { lon: 6.76, lat: 51.43 },
      ],
      16 / 9,
    );
    expect(view.lon).toBeGreaterThan(55);
    expect(view.lon).toBeLessThan(70);
    expect(view.lat).toBeCloseTo((36.33 + 51.43) / 2, 5);
    // Both ends within the horizontal half-field seen from that distance.
    const halfWidthSeen = (view.distance + 0.3) * TAN_HALF_FOV * (16 / 9);
    expect(halfWidthSeen).toBeGreaterThan(((119.96 - 6.76) / 2) * DEG_TO_RAD * Math.cos(36 * DEG_TO_RAD));
  });

  it('comes closer for a short corridor than for a long one', () => {
    const short = frameLonLats(
      [
        { lon: 120.21, lat: 36.02 },
        { lon: 126.6, lat: 37.38 },
      ],
      16 / 9,
    );
    const long = frameLonLats(
      [
        { lon: 120.21, lat: 36.02 },
        { lon: 37.41, lat: 55.97 },
      ],
      16 / 9,
    );
    expect(short.distance).toBeLessThan(long.distance / 3);
  });

  it('needs more distance on a tall, narrow screen for the same east–west corridor', () => {
    const points = [
      { lon: 80, lat: 44 },
      { lon: 120, lat: 36 },
    ];
    expect(frameLonLats(points, 0.6).distance).toBeGreaterThan(frameLonLats(points, 2).distance);
  });

  it('centres across the date line on the short way round', () => {
    const view = frameLonLats(
      [
        { lon: 170, lat: 0 },
        { lon: -170, lat: 0 },
      ],
      1,
    );
    expect(Math.abs(Math.abs(view.lon) - 180)).toBeLessThan(1e-6);
  });
});

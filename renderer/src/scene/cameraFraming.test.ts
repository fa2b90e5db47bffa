import { describe, expect, it } from 'vitest';
import { frameLonLats, frameLonLatsInside, projectOnGlobe } from './cameraFraming.ts';
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

describe('framing places above a band the captions take', () => {
  // Qingdao, Moscow, Duisburg, Almaty: a long corridor; and Qingdao to Busan, a short one.
  const long = [
    { lon: 120.21, lat: 36.02 },
    { lon: 37.41, lat: 55.97 },
    { lon: 6.76, lat: 51.43 },
    { lon: 76.95, lat: 43.24 },
  ];
  const short = [
    { lon: 120.21, lat: 36.02 },
    { lon: 129.04, lat: 35.1 },
  ];

  for (const [name, points] of [
    ['long', long],
    ['short', short],
  ] as const)
    for (const aspect of [1280 / 800, 1920 / 1080, 0.8])
      for (const bottom of [0, 0.2, 0.35])
        it(`keeps every place of the ${name} corridor in the free part (aspect ${aspect.toFixed(2)}, band ${bottom})`, () => {
          const view = frameLonLatsInside(points, aspect, { top: 0.05, bottom });
          const seen = points.map((point) => projectOnGlobe(view, point, aspect)!);
          for (const at of seen) {
            expect(at).toBeDefined();
            expect(Math.abs(at.x)).toBeLessThan(1);
            expect(at.y).toBeGreaterThan(-1 + 2 * bottom);
            expect(at.y).toBeLessThan(1 - 2 * 0.05);
          }
          // It fills the free part (with the margin), not a corner of it, unless already as close
          // as the story comes (0.15 Earth radii: a short hop stays in its region's context).
          const ys = seen.map((at) => at.y);
          const xs = seen.map((at) => at.x);
          const fill = Math.max(
            (Math.max(...ys) - Math.min(...ys)) / (2 - 2 * bottom - 0.1),
            (Math.max(...xs) - Math.min(...xs)) / 2,
          );
          if (view.distance > 0.15 + 1e-9) expect(fill).toBeGreaterThan(0.7);
          else expect(fill).toBeGreaterThan(0.3);
        });

  it('looks further south the larger the band, so the places rise above it', () => {
    const clear = frameLonLatsInside(long, 16 / 9, { top: 0, bottom: 0 });
    const banded = frameLonLatsInside(long, 16 / 9, { top: 0, bottom: 0.3 });
    expect(banded.lat).toBeLessThan(clear.lat - 1);
  });

  it('projects the target to the middle of the view and a point north of it above the middle', () => {
    const view = { lon: 100, lat: 40, distance: 1 };
    const middle = projectOnGlobe(view, { lon: 100, lat: 40 }, 1.5)!;
    expect(middle.x).toBeCloseTo(0, 9);
    expect(middle.y).toBeCloseTo(0, 9);
    expect(projectOnGlobe(view, { lon: 100, lat: 45 }, 1.5)!.y).toBeGreaterThan(0);
    expect(projectOnGlobe(view, { lon: 105, lat: 40 }, 1.5)!.x).toBeGreaterThan(0);
    expect(projectOnGlobe(view, { lon: -80, lat: -40 }, 1.5)).toBeUndefined();
  });
});

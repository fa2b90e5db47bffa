import { describe, expect, it } from 'vitest';
import { buildLineArrays, unwrapRing } from './worldLines.ts';
import { REFERENCE_LON } from './projection.ts';

const seam = REFERENCE_LON - 180; // -59.62: the flat map's edge

describe('buildLineArrays', () => {
  it('makes one segment per pair of consecutive points', () => {
    const lines = buildLineArrays(
      [
        [
          [100, 30],
          [110, 31],
          [120, 32],
        ],
      ],
      0,
    );
    expect(lines.segments).toBe(2);
    expect(lines.globe.length).toBe(12);
  });

  it('splits a coastline segment that crosses the flat map edge, ending each part at an edge', () => {
    const lines = buildLineArrays(
      [
        [
          [seam - 1, -10],
          [seam + 1, -12],
        ],
      ],
      0,
    );
    expect(lines.segments).toBe(2);
    const xs = [0, 1, 2, 3].map((v) => lines.flat[v * 3]!);
    // First part runs to the east edge (+pi), the second starts at the west edge (-pi).
    expect(xs[1]).toBeCloseTo(Math.PI, 5);
    expect(xs[2]).toBeCloseTo(-Math.PI, 5);
    expect(Math.abs(xs[0]! - xs[1]!)).toBeLessThan(0.05);
    expect(Math.abs(xs[3]! - xs[2]!)).toBeLessThan(0.05);
  });

  it('drops the antimeridian cuts of Natural Earth polygons', () => {
    const lines = buildLineArrays(
      [
        [
          [180, 65],
          [180, 68],
        ],
      ],
      0,
    );
    expect(lines.segments).toBe(0);
  });
});

describe('unwrapRing', () => {
  it('keeps a ring cut at the antimeridian continuous (Chukotka stays beside Siberia)', () => {
    const ring = unwrapRing([
      [170, 65],
      [179.9, 66],
      [-180, 66],
      [-175, 67],
      [-180, 68],
      [179.9, 68],
      [170, 65],
    ]);
    for (let i = 1; i < ring.length; i++) expect(Math.abs(ring[i]![0] - ring[i - 1]![0])).toBeLessThan(20);
    expect(ring[3]![0]).toBe(185);
  });

  it('closes a ring around the South Pole along the bottom of the map', () => {
    const ring = unwrapRing([
      [-180, -80],
      [-60, -75],
      [60, -70],
      [180, -80],
    ]);
    expect(ring.slice(-2)).toEqual([
      [180, -90],
      [-180, -90],
    ]);
  });
});

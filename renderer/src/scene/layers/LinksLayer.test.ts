import { describe, expect, it } from 'vitest';
import { buildRibbonGeometry } from './LinksLayer.tsx';
import { ROUTE_POINTS } from '../geometry/routeTexture.ts';

/** The shader's unpackRibbon(), on the CPU. */
function unpack(x: number, y: number, z: number) {
  return { link: x, point: y, side: Math.sign(z), other: Math.abs(z) - 1 };
}

describe('buildRibbonGeometry', () => {
  it('gives every route segment a quad whose ends point at each other, one vertex each side', () => {
    const geometry = buildRibbonGeometry(2);
    const p = geometry.getAttribute('position');
    expect(p.count).toBe(2 * (ROUTE_POINTS - 1) * 4);
    expect(geometry.getIndex()!.count).toBe(2 * (ROUTE_POINTS - 1) * 6);
    // The last quad of link 1: points 62 and 63, facing each other.
    const last = p.count - 4;
    const vertices = [0, 1, 2, 3].map((i) => unpack(p.getX(last + i), p.getY(last + i), p.getZ(last + i)));
    expect(vertices.map((v) => v.link)).toEqual([1, 1, 1, 1]);
    expect(vertices.map((v) => v.point)).toEqual([62, 62, 63, 63]);
    expect(vertices.map((v) => v.other)).toEqual([63, 63, 62, 62]);
    expect(vertices.map((v) => v.side)).toEqual([-1, 1, -1, 1]);
  });

  it('packs point 0 so its side survives (side * (other + 1) is never zero)', () => {
    const p = buildRibbonGeometry(1).getAttribute('position');
    expect(unpack(p.getX(2), p.getY(2), p.getZ(2))).toEqual({ link: 0, point: 1, side: -1, other: 0 });
  });
});

import { describe, expect, it } from 'vitest';
import { QINGDAO, type CameraViewState } from '../state/mapHome.ts';
import { CAMERA_LIMITS, computeCameraPose, panView, zoomView } from './cameraPose.ts';
import { lonLatToGlobe } from './geometry/projection.ts';

function view(overrides: Partial<CameraViewState> = {}): CameraViewState {
  return { lon: QINGDAO.lon, lat: QINGDAO.lat, distance: 2, tilt: 0, heading: 0, ...overrides };
}

describe('camera pose', () => {
  it('looks straight down at Qingdao from above the globe', () => {
    const position = new Float64Array(3);
    const target = new Float64Array(3);
    const up = new Float64Array(3);
    computeCameraPose(view(), 0, position, target, up);
    const q = [0, 0, 0];
    lonLatToGlobe(QINGDAO.lon, QINGDAO.lat, 0, q);
    target.forEach((v, c) => expect(v).toBeCloseTo(q[c]!, 9));
    // Distance 2 above a unit sphere along the normal: 3 from the centre.
    expect(Math.hypot(position[0]!, position[1]!, position[2]!)).toBeCloseTo(3, 9);
    // North is up on screen: the up vector points toward the North Pole side.
    expect(up[1]).toBeGreaterThan(0);
  });

  it('hovers above the flat map at the same distance', () => {
    const position = new Float64Array(3);
    const target = new Float64Array(3);
    const up = new Float64Array(3);
    computeCameraPose(view(), 1, position, target, up);
    expect(position[2]).toBeCloseTo(2, 9);
    expect(position[0]).toBeCloseTo(target[0]!, 9);
    expect(up[1]).toBeCloseTo(1, 9);
  });

  it('pans the view against the drag, so the ground follows the pointer', () => {
    const v = view();
    panView(v, 100, 0, 800, 0);
    expect(v.lon).toBeLessThan(QINGDAO.lon);
    const w = view();
    panView(w, 0, 100, 800, 1);
    expect(w.lat).toBeGreaterThan(QINGDAO.lat);
  });

  it('zooms within limits', () => {
    const v = view();
    zoomView(v, -100_000);
    expect(v.distance).toBe(CAMERA_LIMITS.minDistance);
    zoomView(v, 100_000);
    expect(v.distance).toBe(CAMERA_LIMITS.maxDistance);
  });
});

import { describe, expect, it } from 'vitest';
import { QINGDAO, type CameraViewState } from '../state/mapHome.ts';
import { CAMERA_LIMITS, computeCameraPose, panView, zoomView, zoomViewAt } from './cameraPose.ts';
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

describe('zooming towards the pointer', () => {
  it('keeps the centre when zooming at the centre, and moves toward a point off-centre', () => {
    const centre = { lon: 120, lat: 36, distance: 1, tilt: 0, heading: 0 };
    zoomViewAt(centre, -200, 0, 0, 800, 1);
    expect(centre.lon).toBeCloseTo(120, 9);
    expect(centre.distance).toBeLessThan(1);
    const east = { lon: 120, lat: 36, distance: 1, tilt: 0, heading: 0 };
    zoomViewAt(east, -200, 300, 0, 800, 1);
    expect(east.lon).toBeGreaterThan(120);
    expect(east.lat).toBeCloseTo(36, 9);
    // Zooming out from the same point moves away from it.
    const out = { lon: 120, lat: 36, distance: 1, tilt: 0, heading: 0 };
    zoomViewAt(out, 200, 300, 0, 800, 1);
    expect(out.lon).toBeLessThan(120);
  });

  it('keeps the ground under the pointer in place on the flat map', () => {
    const view = { lon: 100, lat: 30, distance: 1, tilt: 0, heading: 0 };
    const height = 800;
    const degreesPerPixel = (d: number) =>
      (2 * d * Math.tan((22.5 * Math.PI) / 180)) / height / (Math.PI / 180);
    const pointerLon = view.lon + 200 * degreesPerPixel(view.distance);
    zoomViewAt(view, -300, 200, 0, height, 1);
    expect(view.lon + 200 * degreesPerPixel(view.distance)).toBeCloseTo(pointerLon, 6);
  });
});

// Where nodes and links are on screen, for labels and picking. The label pass projects every
// node once a frame into `nodeScreen`; picking (on pointer move, not per frame) searches those
// positions, then the links' route samples. Screen-space nearest search is cheap and robust:
// no pick meshes, and it works the same on the globe, the flat map and in between.
import { Vector3, type Camera } from 'three';
import { ROUTE_POINTS, samplePosition } from './geometry/routeTexture.ts';
import type { MapModel } from './mapModel.ts';
import type { MapPick } from '../state/useMapStore.ts';
import type { Mode } from '../../../sim-core/src/api/types.ts';

/** Pixels within which the pointer picks a node, or a link. */
const NODE_PICK_PIXELS = 14;
const LINK_PICK_PIXELS = 8;
/** Route samples used for link picking: every 2nd of ROUTE_POINTS. */
const LINK_PICK_STEP = 2;

export const screenState = {
  camera: undefined as Camera | undefined,
  /** CSS pixels of the canvas. */
  width: 1,
  height: 1,
  flat: 0,
  /** Per node: x, y (CSS px from the canvas's top left), visible (1 or 0). */
  nodeScreen: new Float32Array(0),
};

const scratch = new Vector3();
const sample = new Float64Array(3);

/** Projects a world point to CSS pixels; returns false when it is behind the camera or the globe. */
export function projectToScreen(
  x: number,
  y: number,
  z: number,
  camera: Camera,
  out: Float32Array,
  offset: number,
): boolean {
  scratch.set(x, y, z);
  // Hidden behind the globe: the point faces away from the camera (only while mostly a globe).
  if (screenState.flat < 0.5) {
    const cx = camera.position.x - x;
    const cy = camera.position.y - y;
    const cz = camera.position.z - z;
    if (cx * x + cy * y + cz * z < 0) {
      out[offset + 2] = 0;
      return false;
    }
  }
  scratch.project(camera);
  out[offset] = (scratch.x * 0.5 + 0.5) * screenState.width;
  out[offset + 1] = (-scratch.y * 0.5 + 0.5) * screenState.height;
  const visible = scratch.z > -1 && scratch.z < 1;
  out[offset + 2] = visible ? 1 : 0;
  return visible;
}

/** Projects every node into screenState.nodeScreen (called by the label pass each frame). */
export function projectNodes(model: MapModel, camera: Camera, flat: number): void {
  const n = model.source.nodes.length;
  if (screenState.nodeScreen.length !== n * 3) screenState.nodeScreen = new Float32Array(n * 3);
  screenState.camera = camera;
  screenState.flat = flat;
  const g = model.nodeGlobe;
  const f = model.nodeFlat;
  for (let i = 0; i < n; i++) {
    const o = i * 3;
    projectToScreen(
      g[o]! + (f[o]! - g[o]!) * flat,
      g[o + 1]! + (f[o + 1]! - g[o + 1]!) * flat,
      g[o + 2]! + (f[o + 2]! - g[o + 2]!) * flat,
      camera,
      screenState.nodeScreen,
      o,
    );
  }
}

const segmentScreen = new Float32Array(6);

function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const l2 = dx * dx + dy * dy;
  const t = l2 > 0 ? Math.min(1, Math.max(0, ((px - ax) * dx + (py - ay) * dy) / l2)) : 0;
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

/** The node or link under a pointer at (x, y) CSS px, nodes first; undefined when none is near. */
export function pickAt(
  model: MapModel,
  x: number,
  y: number,
  layers: Record<Mode, boolean>,
): MapPick | undefined {
  const s = screenState.nodeScreen;
  let best = -1;
  let bestDistance = NODE_PICK_PIXELS;
  for (let i = 0; i * 3 < s.length; i++) {
    if (s[i * 3 + 2] !== 1) continue;
    const d = Math.hypot(s[i * 3]! - x, s[i * 3 + 1]! - y);
    if (d < bestDistance) {
      bestDistance = d;
      best = i;
    }
  }
  if (best >= 0) return { kind: 'node', index: best };
  const camera = screenState.camera;
  if (!camera) return undefined;
  let bestLink = -1;
  bestDistance = LINK_PICK_PIXELS;
  model.source.links.forEach((link, i) => {
    if (!layers[link.mode]) return;
    let previousVisible = false;
    for (let k = 0; k < ROUTE_POINTS; k += LINK_PICK_STEP) {
      samplePosition(model.route, i, k / (ROUTE_POINTS - 1), screenState.flat, sample);
      const visible = projectToScreen(sample[0]!, sample[1]!, sample[2]!, camera, segmentScreen, 3);
      if (visible && previousVisible) {
        const d = distanceToSegment(
          x,
          y,
          segmentScreen[0]!,
          segmentScreen[1]!,
          segmentScreen[3]!,
          segmentScreen[4]!,
        );
        if (d < bestDistance) {
          bestDistance = d;
          bestLink = i;
        }
      }
      segmentScreen.copyWithin(0, 3, 6);
      previousVisible = visible;
    }
  });
  return bestLink >= 0 ? { kind: 'link', index: bestLink } : undefined;
}

// Low-poly vehicle shapes in model units: +z forward, +y up, +x to the side. The vehicle shader
// scales them with the camera distance so they stay a readable size at any zoom. Each box has
// only its 8 corners (normals point out of the corners): vehicles are a few pixels tall, and
// every vertex runs the route lookup, so 8 vertices a box instead of 24 is a 3x cheaper draw.
import { BufferAttribute, BufferGeometry } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import type { VehicleKind } from '../../../../sim-core/src/api/types.ts';

/** Corners in the order (x, y, z) = bits of the index; faces wound counter-clockwise outward. */
const BOX_INDEX = [
  0, 2, 1, 1, 2, 3, 4, 5, 6, 5, 7, 6, 0, 1, 4, 1, 5, 4, 2, 6, 3, 3, 6, 7, 0, 4, 2, 2, 4, 6, 1, 3, 5, 3, 7, 5,
];

function box(width: number, height: number, length: number, x: number, y: number, z: number): BufferGeometry {
  const position = new Float32Array(24);
  const normal = new Float32Array(24);
  for (let corner = 0; corner < 8; corner++) {
    const sx = corner & 1 ? 1 : -1;
    const sy = corner & 2 ? 1 : -1;
    const sz = corner & 4 ? 1 : -1;
    position.set(
      [x + (sx * width) / 2, y + height / 2 + (sy * height) / 2, z + (sz * length) / 2],
      corner * 3,
    );
    normal.set([sx / Math.sqrt(3), sy / Math.sqrt(3), sz / Math.sqrt(3)], corner * 3);
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(position, 3));
  geometry.setAttribute('normal', new BufferAttribute(normal, 3));
  geometry.setIndex(BOX_INDEX);
  return geometry;
}

const BUILDERS: Record<VehicleKind, () => BufferGeometry[]> = {
  // Chunky on purpose: seen from above at a few pixels, width is what makes a vehicle visible.
  vessel: () => [box(1.2, 0.4, 3, 0, 0, 0), box(1, 0.4, 1.9, 0, 0.4, 0.3), box(0.9, 0.5, 0.5, 0, 0.4, -1.1)],
  train: () => [
    box(0.9, 0.6, 1.1, 0, 0, 1.5),
    box(0.9, 0.55, 1.2, 0, 0, 0.2),
    box(0.9, 0.55, 1.2, 0, 0, -1.1),
  ],
  aircraft: () => [
    box(0.5, 0.4, 2.6, 0, 0, 0),
    box(3, 0.1, 0.7, 0, 0.12, 0.1),
    box(1.2, 0.08, 0.4, 0, 0.15, -1.1),
    box(0.08, 0.55, 0.4, 0, 0.3, -1.1),
  ],
  truck: () => [box(0.8, 0.55, 0.6, 0, 0, 0.8), box(0.9, 0.65, 1.4, 0, 0, -0.2)],
};

/** The shape of a vehicle kind, a single geometry with position and normal. */
export function buildVehicleModel(kind: VehicleKind): BufferGeometry {
  const merged = mergeGeometries(BUILDERS[kind]());
  if (!merged) throw new Error(`could not build the ${kind} model`);
  return merged;
}

/** How large each kind is drawn, relative to the others (a ship reads bigger than a truck). */
export const VEHICLE_SIZE: Record<VehicleKind, number> = { vessel: 1.2, train: 1, aircraft: 1.1, truck: 0.8 };

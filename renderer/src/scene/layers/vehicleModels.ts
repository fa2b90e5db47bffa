// Low-poly vehicle shapes in model units: +z forward, +y up, +x to the side. The vehicle shader
// scales them with the camera distance so they stay a readable size at any zoom.
import { BoxGeometry, type BufferGeometry } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import type { VehicleKind } from '../../../../sim-core/src/api/types.ts';

function box(width: number, height: number, length: number, x: number, y: number, z: number): BufferGeometry {
  const geometry = new BoxGeometry(width, height, length);
  geometry.translate(x, y + height / 2, z);
  // Keep only what the vehicle shader reads, so the parts merge.
  geometry.deleteAttribute('uv');
  return geometry;
}

const BUILDERS: Record<VehicleKind, () => BufferGeometry[]> = {
  vessel: () => [
    box(0.8, 0.35, 3, 0, 0, 0),
    box(0.7, 0.35, 1.9, 0, 0.35, 0.3),
    box(0.6, 0.45, 0.45, 0, 0.35, -1.1),
  ],
  train: () => [
    box(0.45, 0.5, 1.1, 0, 0, 1.5),
    box(0.45, 0.45, 1.2, 0, 0, 0.2),
    box(0.45, 0.45, 1.2, 0, 0, -1.1),
  ],
  aircraft: () => [
    box(0.35, 0.35, 2.6, 0, 0, 0),
    box(2.6, 0.08, 0.6, 0, 0.12, 0.1),
    box(1, 0.06, 0.35, 0, 0.15, -1.1),
    box(0.06, 0.5, 0.35, 0, 0.3, -1.1),
  ],
  truck: () => [box(0.45, 0.45, 0.5, 0, 0, 0.8), box(0.5, 0.55, 1.4, 0, 0, -0.2)],
};

/** The shape of a vehicle kind, a single geometry with position and normal. */
export function buildVehicleModel(kind: VehicleKind): BufferGeometry {
  const merged = mergeGeometries(BUILDERS[kind]());
  if (!merged) throw new Error(`could not build the ${kind} model`);
  return merged;
}

/** How large each kind is drawn, relative to the others (a ship reads bigger than a truck). */
export const VEHICLE_SIZE: Record<VehicleKind, number> = { vessel: 1.2, train: 1, aircraft: 1.1, truck: 0.8 };

// Ships, trains, aircraft and trucks: one instanced draw per vehicle kind, positioned on the GPU
// (shaders/vehicleShader.ts). The frame loop sets one time uniform; only when playback moves far
// from the time origin does it repack the instance buffer (geometry/tripTimeOrigin.ts).
import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import {
  Color,
  DynamicDrawUsage,
  InstancedBufferAttribute,
  InstancedBufferGeometry,
  Mesh,
  ShaderMaterial,
} from 'three';
import type { VehicleKind } from '../../../../sim-core/src/api/types.ts';
import { chooseOrigin, needsRebase, packTrips, TRIP_STRIDE } from '../geometry/tripTimeOrigin.ts';
import { MODE_COLORS } from '../mapColors.ts';
import { MAP_VEHICLE_KINDS, VEHICLE_MODE, type MapModel } from '../mapModel.ts';
import { sceneUniforms } from '../sceneUniforms.ts';
import { setVisible } from '../threeMutations.ts';
import { VEHICLE_FRAGMENT, VEHICLE_VERTEX } from '../shaders/vehicleShader.ts';
import { cameraView, useMapStore } from '../../state/useMapStore.ts';
import { timelineClock } from '../../state/useTimelineStore.ts';
import { buildVehicleModel, VEHICLE_SIZE } from './vehicleModels.ts';

/** Model units per Earth radius of camera distance: vehicles keep a steady size on screen. */
const VEHICLE_SCALE_PER_DISTANCE = 0.01;

/** One vehicle kind's draw and its packed instances (read by the test hooks). */
export interface VehicleBatch {
  kind: VehicleKind;
  mesh: Mesh;
  geometry: InstancedBufferGeometry;
  /** TRIP_STRIDE floats per packed instance: link, departRel, arriveRel, reversed. */
  trips: Float32Array;
  /** Trip-table row of each packed instance. */
  rows: Uint32Array;
  count: number;
}

/** The time origin of the packed buffers and the batches; read-only outside this layer. */
/** The batches of one loaded run and the time origin their buffers are packed around. */
export interface Fleet {
  /** NaN until the first frame packs the buffers. */
  originHours: number;
  batches: VehicleBatch[];
}

/** The fleet on screen; read-only outside this layer (test hooks read it). */
export const vehicleState: { fleet: Fleet | undefined } = { fleet: undefined };
const timeRelUniform = { value: 0 };
const scaleUniforms = MAP_VEHICLE_KINDS.map(() => ({ value: 0.01 }));

function buildBatch(model: MapModel, kindIndex: number): VehicleBatch {
  const kind = MAP_VEHICLE_KINDS[kindIndex]!;
  const capacity = Math.max(1, model.tripRowsByKind[kindIndex]!.length);
  const shape = buildVehicleModel(kind);
  const geometry = new InstancedBufferGeometry();
  geometry.setIndex(shape.getIndex());
  geometry.setAttribute('position', shape.getAttribute('position'));
  geometry.setAttribute('normal', shape.getAttribute('normal'));
  const trips = new Float32Array(capacity * TRIP_STRIDE);
  const attribute = new InstancedBufferAttribute(trips, TRIP_STRIDE);
  attribute.setUsage(DynamicDrawUsage);
  geometry.setAttribute('aTrip', attribute);
  geometry.instanceCount = 0;
  const material = new ShaderMaterial({
    vertexShader: VEHICLE_VERTEX,
    fragmentShader: VEHICLE_FRAGMENT,
    uniforms: {
      uFlat: sceneUniforms.uFlat,
      uRoutes: sceneUniforms.uRoutes,
      uTimeRel: timeRelUniform,
      uScale: scaleUniforms[kindIndex]!,
      // Whitened so a vehicle stands out on its own mode-coloured route.
      uColor: { value: new Color(MODE_COLORS[VEHICLE_MODE[kind]]).lerp(new Color('#ffffff'), 0.7) },
    },
  });
  // Transparent (though opaque to the eye) so three draws vehicles after the translucent route
  // ribbons, which would otherwise wash over them.
  material.transparent = true;
  const mesh = new Mesh(geometry, material);
  mesh.frustumCulled = false;
  mesh.renderOrder = 4;
  return { kind, mesh, geometry, trips, rows: new Uint32Array(capacity), count: 0 };
}

/** Repacks every batch around a new origin (rare: see REBASE_HOURS). Allocates nothing. */
function repack(model: MapModel, fleet: Fleet, originHours: number): void {
  fleet.originHours = originHours;
  fleet.batches.forEach((batch, kindIndex) => {
    batch.count = packTrips(
      model.source.trips,
      model.tripRowsByKind[kindIndex]!,
      originHours,
      batch.trips,
      batch.rows,
    );
    const attribute = batch.geometry.getAttribute('aTrip') as InstancedBufferAttribute;
    attribute.clearUpdateRanges();
    attribute.addUpdateRange(0, Math.max(1, batch.count) * TRIP_STRIDE);
    attribute.needsUpdate = true;
    batch.geometry.instanceCount = batch.count;
  });
}

/**
 * Vehicles keep a steady size on screen when zoomed in (scale with distance), and shrink slowly
 * when zoomed out past a region, so a whole-continent view of thousands of them does not clot.
 */
function vehicleSizeDistance(distance: number): number {
  const knee = 0.5;
  return distance <= knee ? distance : knee * Math.pow(distance / knee, 0.4);
}

/** Per frame: repack if playback moved far, then one time uniform and the on-screen scale. */
function advanceVehicles(model: MapModel, fleet: Fleet): void {
  const hours = timelineClock.hours;
  if (needsRebase(fleet.originHours, hours)) repack(model, fleet, chooseOrigin(hours));
  // float64 subtraction on the CPU, then float32 on the GPU: small and exact enough (tripTimeOrigin.ts).
  timeRelUniform.value = hours - fleet.originHours;
  const sizeDistance = vehicleSizeDistance(cameraView.distance);
  for (let i = 0; i < scaleUniforms.length; i++) {
    scaleUniforms[i]!.value = sizeDistance * VEHICLE_SCALE_PER_DISTANCE * VEHICLE_SIZE[MAP_VEHICLE_KINDS[i]!];
  }
}

export function VehiclesLayer({ model }: { model: MapModel }) {
  const fleet = useMemo<Fleet>(
    () => ({ originHours: Number.NaN, batches: MAP_VEHICLE_KINDS.map((_, i) => buildBatch(model, i)) }),
    [model],
  );
  const batches = fleet.batches;
  const layers = useMapStore((s) => s.layers);

  useEffect(() => {
    vehicleState.fleet = fleet;
    return () => {
      if (vehicleState.fleet === fleet) vehicleState.fleet = undefined;
      for (const batch of batches) {
        batch.geometry.dispose();
        (batch.mesh.material as ShaderMaterial).dispose();
      }
    };
  }, [fleet, batches]);

  useEffect(() => {
    for (const batch of batches) setVisible(batch.mesh, layers[VEHICLE_MODE[batch.kind]]);
  }, [batches, layers]);

  useFrame(() => advanceVehicles(model, fleet));

  return (
    <group>
      {batches.map((batch) => (
        <primitive key={batch.kind} object={batch.mesh} />
      ))}
    </group>
  );
}

// Ships, trains, aircraft and trucks: one instanced draw per vehicle kind, positioned on the GPU
// (shaders/vehicleShader.ts). The frame loop sets one time uniform; only when playback moves far
// from the time origin, or a new run is loaded, does it repack the instance buffer
// (geometry/tripTimeOrigin.ts).
import { useFrame } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo } from 'react';
import {
  type BufferGeometry,
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
import { VEHICLE_KINDS } from '../../../../sim-core/src/vocabulary/modes.ts';
import { VEHICLE_MODE, type MapModel } from '../mapModel.ts';
import { requestMapFrame } from '../renderOnDemand.ts';
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
  /** Trip-table row of each packed instance; its length is the batch's capacity. */
  rows: Uint32Array;
  count: number;
}

/**
 * The vehicles on screen. Built once per map and kept across runs: a new run swaps `model` and
 * repacks, so the four materials (and the shader programs three.js compiled for them) live as
 * long as the map. Recompiling them for every result cost a visible hitch in software WebGL.
 */
export interface Fleet {
  /** The run whose trips are packed (undefined until one is loaded). */
  model: MapModel | undefined;
  /** NaN until the first frame after a load packs the buffers. */
  originHours: number;
  batches: VehicleBatch[];
}

/** The fleet on screen; read-only outside this layer (test hooks read it). */
export const vehicleState: { fleet: Fleet | undefined } = { fleet: undefined };
const timeRelUniform = { value: 0 };
const scaleUniforms = VEHICLE_KINDS.map(() => ({ value: 0.01 }));

/** An instanced geometry of `shape` with room for `capacity` trips. */
function instancedGeometry(shape: BufferGeometry, capacity: number): InstancedBufferGeometry {
  const geometry = new InstancedBufferGeometry();
  geometry.setIndex(shape.getIndex());
  geometry.setAttribute('position', shape.getAttribute('position'));
  geometry.setAttribute('normal', shape.getAttribute('normal'));
  const attribute = new InstancedBufferAttribute(new Float32Array(capacity * TRIP_STRIDE), TRIP_STRIDE);
  attribute.setUsage(DynamicDrawUsage);
  geometry.setAttribute('aTrip', attribute);
  geometry.instanceCount = 0;
  return geometry;
}

function buildBatch(kindIndex: number): VehicleBatch {
  const kind = VEHICLE_KINDS[kindIndex]!;
  const geometry = instancedGeometry(buildVehicleModel(kind), 1);
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
  const trips = (geometry.getAttribute('aTrip') as InstancedBufferAttribute).array as Float32Array;
  return { kind, mesh, geometry, trips, rows: new Uint32Array(1), count: 0 };
}

/** Makes room for `needed` trips: a bigger instance buffer (and geometry); the material stays. */
function ensureCapacity(batch: VehicleBatch, needed: number): void {
  if (needed <= batch.rows.length) return;
  // Half again as much, so a run a little bigger than the last does not reallocate every time.
  const capacity = Math.max(needed, Math.ceil(batch.rows.length * 1.5));
  const old = batch.geometry;
  batch.geometry = instancedGeometry(old, capacity);
  batch.trips = (batch.geometry.getAttribute('aTrip') as InstancedBufferAttribute).array as Float32Array;
  batch.rows = new Uint32Array(capacity);
  batch.mesh.geometry = batch.geometry;
  // Frees the old buffers on the GPU; the shared shape buffers are uploaded again on next use.
  old.dispose();
}

/** The four vehicle batches of a map, empty until a run is loaded. */
export function createFleet(): Fleet {
  return {
    model: undefined,
    originHours: Number.NaN,
    batches: VEHICLE_KINDS.map((_, i) => buildBatch(i)),
  };
}

/** Takes in a newly loaded run; the next frame packs its trips around the playback time. */
export function loadFleet(fleet: Fleet, model: MapModel): void {
  fleet.batches.forEach((batch, kindIndex) => {
    ensureCapacity(batch, model.tripRowsByKind[kindIndex]!.length);
    batch.count = 0;
    batch.geometry.instanceCount = 0;
  });
  fleet.model = model;
  fleet.originHours = Number.NaN;
  requestMapFrame();
}

export function disposeFleet(fleet: Fleet): void {
  for (const batch of fleet.batches) {
    batch.geometry.dispose();
    (batch.mesh.material as ShaderMaterial).dispose();
  }
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
export function advanceVehicles(fleet: Fleet): void {
  const model = fleet.model;
  if (!model) return;
  const hours = timelineClock.hours;
  if (needsRebase(fleet.originHours, hours)) repack(model, fleet, chooseOrigin(hours));
  // float64 subtraction on the CPU, then float32 on the GPU: small and exact enough (tripTimeOrigin.ts).
  timeRelUniform.value = hours - fleet.originHours;
  const sizeDistance = vehicleSizeDistance(cameraView.distance);
  for (let i = 0; i < scaleUniforms.length; i++) {
    scaleUniforms[i]!.value = sizeDistance * VEHICLE_SCALE_PER_DISTANCE * VEHICLE_SIZE[VEHICLE_KINDS[i]!];
  }
}

export function VehiclesLayer({ model }: { model: MapModel }) {
  const fleet = useMemo(() => createFleet(), []);
  const layers = useMapStore((s) => s.layers);

  useEffect(() => {
    vehicleState.fleet = fleet;
    return () => {
      if (vehicleState.fleet === fleet) vehicleState.fleet = undefined;
      disposeFleet(fleet);
    };
  }, [fleet]);

  // A layout effect, so the new run is in the buffers before the next frame draws.
  useLayoutEffect(() => loadFleet(fleet, model), [fleet, model]);

  useEffect(() => {
    for (const batch of fleet.batches) setVisible(batch.mesh, layers[VEHICLE_MODE[batch.kind]]);
  }, [fleet, layers]);

  useFrame(() => advanceVehicles(fleet));

  return (
    <group>
      {fleet.batches.map((batch) => (
        <primitive key={batch.kind} object={batch.mesh} />
      ))}
    </group>
  );
}

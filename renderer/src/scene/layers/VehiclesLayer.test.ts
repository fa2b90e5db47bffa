import { describe, expect, it } from 'vitest';
import { buildMapModel } from '../mapModel.ts';
import { syntheticMapSource } from '../testing/syntheticMapSource.ts';
import { timelineClock } from '../../state/useTimelineStore.ts';
import { advanceVehicles, createFleet, disposeFleet, loadFleet } from './VehiclesLayer.tsx';

function model(movingVehicles: number) {
  return buildMapModel(syntheticMapSource({ movingVehicles }));
}

describe('the vehicle fleet across runs', () => {
  it('keeps each kind’s material, so a new run compiles no shader, and grows buffers only when needed', () => {
    const fleet = createFleet();
    const materials = fleet.batches.map((batch) => batch.mesh.material);
    loadFleet(fleet, model(200));
    const small = fleet.batches.map((batch) => batch.geometry);
    loadFleet(fleet, model(100));
    // Fewer trips fit the buffers already there.
    expect(fleet.batches.map((batch) => batch.geometry)).toEqual(small);
    const big = model(2_000);
    loadFleet(fleet, big);
    fleet.batches.forEach((batch, kind) => {
      expect(batch.mesh.material).toBe(materials[kind]);
      expect(batch.mesh.geometry).toBe(batch.geometry);
      expect(batch.rows.length).toBeGreaterThanOrEqual(big.tripRowsByKind[kind]!.length);
    });
    expect(fleet.batches.some((batch, kind) => batch.geometry !== small[kind])).toBe(true);
    disposeFleet(fleet);
  });

  it('packs the new run’s trips on the next frame, not the old run’s', () => {
    const fleet = createFleet();
    loadFleet(fleet, model(50));
    timelineClock.hours = 24 * 60;
    advanceVehicles(fleet);
    const next = model(1_500);
    loadFleet(fleet, next);
    expect(fleet.batches.every((batch) => batch.geometry.instanceCount === 0)).toBe(true);
    advanceVehicles(fleet);
    const packed = fleet.batches.reduce((sum, batch) => sum + batch.count, 0);
    expect(packed).toBeGreaterThan(50);
    for (const batch of fleet.batches) {
      expect(batch.geometry.instanceCount).toBe(batch.count);
      // Every packed instance is a row of the new run's trip table.
      for (let i = 0; i < batch.count; i++) expect(batch.rows[i]!).toBeLessThan(next.source.trips.count);
    }
    disposeFleet(fleet);
  });
});

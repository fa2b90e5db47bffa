import { describe, expect, it } from 'vitest';
import { allocateParticles, PARTICLE_STRIDE, teuPerParticle } from './particleAllocation.ts';
import { syntheticMapSource } from './testing/syntheticMapSource.ts';

const layers = { sea: true, air: true, rail: true, road: true };

describe('cargo particles', () => {
  it('stands one dot for a round number of TEU, so the busiest link carries about a hundred', () => {
    expect(teuPerParticle(12_000)).toBe(100);
    expect(teuPerParticle(30_000)).toBe(500);
    expect(teuPerParticle(50)).toBe(1);
  });

  it('gives a link one dot per so many TEU of the week, and none to hidden modes', () => {
    const source = syntheticMapSource({ movingVehicles: 0, weeks: 1 });
    source.linkTeu.values.fill(0);
    source.linkTeu.values[0] = 1000; // a rail link
    source.linkTeu.values[5] = 400; // a sea link
    const out = new Float32Array(100 * PARTICLE_STRIDE);
    expect(allocateParticles(source, 0, layers, 100, out)).toBe(14);
    expect(allocateParticles(source, 0, { ...layers, sea: false }, 100, out)).toBe(10);
    expect(out[0]).toBe(0);
  });

  it('never writes past the buffer', () => {
    const source = syntheticMapSource({ movingVehicles: 0, weeks: 1 });
    source.linkTeu.values.fill(1e6);
    const out = new Float32Array(50 * PARTICLE_STRIDE);
    expect(allocateParticles(source, 0, layers, 1, out)).toBe(50);
  });
});

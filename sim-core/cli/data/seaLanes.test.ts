/**
 * Sea lanes stay at sea: sampled every ~10 km, no stretch of a lane away from its ports lies on
 * land in Natural Earth's 1:50m land polygons (world-atlas). A lane may graze a coast (straits,
 * islands finer than 1:50m), so a few isolated samples on land are tolerated.
 */
import { describe, expect, it } from 'vitest';
import type { LonLat } from '../../src/network/geo.ts';
import { longestLandRun } from '../../src/network/landMask.ts';
import { worldLand } from '../testing/worldLand.ts';
import { buildLinks } from './links.ts';

const onLand = worldLand('50m');
/** Ports sit on the shore: samples this close to either end are not checked, km. */
const PORT_APPROACH_KM = 40;
/** Longest run of consecutive samples on land that still counts as grazing a coast. */
const MAX_LAND_RUN = 3;

describe('sea lanes', () => {
  const sea = buildLinks().filter((l) => l.mode === 'sea');
  it.each(sea.map((l) => [l.id, l] as const))('%s stays at sea', (_, link) => {
    const { longest, where } = longestLandRun(link.geometry as LonLat[], onLand, PORT_APPROACH_KM);
    expect(longest, `longest stretch on land ends near ${where?.join(', ')}`).toBeLessThanOrEqual(
      MAX_LAND_RUN,
    );
  });

  it('would catch a lane drawn straight across Korea and Japan', () => {
    const straight: LonLat[] = [
      [120.21, 36.02],
      [139.68, 35.44],
    ];
    expect(longestLandRun(straight, onLand, PORT_APPROACH_KM).longest).toBeGreaterThan(MAX_LAND_RUN);
  });
});

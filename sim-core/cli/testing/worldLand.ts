/**
 * Natural Earth's land polygons from world-atlas (the same package the app's map draws), read
 * for tests: the land test of sim-core/src/network/landMask.ts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { landMask, type IsOnLand } from '../../src/network/landMask.ts';
import { landPolygonsFromTopology } from '../../worker/landPolygons.ts';

const require = createRequire(import.meta.url);

/** The land test at 1:50m ('50m') or 1:110m ('110m'). */
export function worldLand(scale: '50m' | '110m' = '50m'): IsOnLand {
  const file = require.resolve(`world-atlas/land-${scale}.json`);
  return landMask(landPolygonsFromTopology(JSON.parse(readFileSync(file, 'utf8'))));
}

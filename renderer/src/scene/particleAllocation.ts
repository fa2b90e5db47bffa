// Cargo particles: moving dots along the links, one per PARTICLE_TEU of the current week's flow,
// so the eye reads volume as density. The TEU a dot stands for is a round number (1-2-5 series)
// chosen per run so the busiest link-week carries about TARGET_DOTS_ON_BUSIEST_LINK dots.
import type { Mode } from '../../../sim-core/src/api/types.ts';
import { matrixValue, type MapSource } from './mapSource.ts';

export const TARGET_DOTS_ON_BUSIEST_LINK = 120;
/** Upper bound of dots on screen: the buffer's size. */
export const MAX_PARTICLES = 16_384;
/** Floats per particle: link, phase (0..1), direction (1 from→to, -1 back). */
export const PARTICLE_STRIDE = 3;

/** The smallest of 1, 2, 5, 10, 20, 50, ... TEU per dot that keeps the busiest link near the target. */
export function teuPerParticle(maxLinkTeu: number): number {
  const raw = Math.max(1, maxLinkTeu / TARGET_DOTS_ON_BUSIEST_LINK);
  const decade = 10 ** Math.floor(Math.log10(raw));
  for (const step of [1, 2, 5, 10]) if (step * decade >= raw) return step * decade;
  return 10 * decade;
}

/**
 * Writes the dots for a week into `out` and returns how many: per visible link, round(TEU / teu
 * per dot), spread evenly along it with alternating directions (link TEU counts both ways).
 * Stops at the buffer's end.
 */
export function allocateParticles(
  source: MapSource,
  week: number,
  layers: Record<Mode, boolean>,
  teuPerDot: number,
  out: Float32Array,
): number {
  const capacity = Math.floor(out.length / PARTICLE_STRIDE);
  let n = 0;
  for (let link = 0; link < source.links.length && n < capacity; link++) {
    if (!layers[source.links[link]!.mode]) continue;
    const dots = Math.min(capacity - n, Math.round(matrixValue(source.linkTeu, week, link) / teuPerDot));
    for (let d = 0; d < dots; d++) {
      const o = n * PARTICLE_STRIDE;
      out[o] = link;
      // Golden-ratio phases: evenly spread along the link, never in lockstep with a neighbour.
      out[o + 1] = (d * 0.6180339887) % 1;
      out[o + 2] = d % 2 === 0 ? 1 : -1;
      n++;
    }
  }
  return n;
}

// Per-link width and colour for the current week: what the link ribbons show. Throughput mode:
// the mode's colour, width growing with the square root of TEU (area-like, so a link with 4x the
// flow is drawn 2x as wide, and small flows stay visible). Difference mode: colour by B − A on a
// diverging scale, width by |B − A|.
import type { Mode } from '../../../sim-core/src/api/types.ts';
import { differenceColor, hexToRgb, MODE_COLORS } from './mapColors.ts';
import { matrixValue, type MapSource } from './mapSource.ts';
import type { LinkColorMode } from '../state/useMapStore.ts';

/** Half-widths in CSS pixels. */
const MIN_HALF_WIDTH = 0.9;
const MAX_EXTRA_HALF_WIDTH = 4.5;
const HOVER_EXTRA_HALF_WIDTH = 2;

export interface LinkStateInput {
  source: MapSource;
  week: number;
  layers: Record<Mode, boolean>;
  colorMode: LinkColorMode;
  maxLinkTeu: number;
  /** Index of the compare run's link per link of this run (-1 when B has no such link). */
  compareIndex: Int32Array | undefined;
  /** Largest |B − A| over all weeks and links: the difference scale. */
  maxDifferenceTeu: number;
  hoveredLink: number;
}

/** Writes RGBA per link (rgb colour, a = half-width in CSS px, 0 = hidden) into `out`. */
export function computeLinkState(input: LinkStateInput, out: Float32Array): void {
  const { source, week, layers, colorMode } = input;
  const difference =
    colorMode === 'difference' && source.compare !== undefined && input.compareIndex !== undefined;
  source.links.forEach((link, i) => {
    const o = i * 4;
    if (!layers[link.mode]) {
      out[o + 3] = 0;
      return;
    }
    const teuA = matrixValue(source.linkTeu, week, i);
    let share: number;
    if (difference) {
      const j = input.compareIndex![i]!;
      const teuB = j >= 0 ? matrixValue(source.compare!.linkTeu, week, j) : 0;
      // A difference the paired replications cannot tell from zero is drawn as no difference.
      const distinct = source.compare!.distinct;
      const noise = distinct !== undefined && distinct[week * source.links.length + i] !== 1;
      const delta = noise ? 0 : teuB - teuA;
      differenceColor(delta, input.maxDifferenceTeu, out, o);
      share = input.maxDifferenceTeu > 0 ? Math.abs(delta) / input.maxDifferenceTeu : 0;
    } else {
      hexToRgb(MODE_COLORS[link.mode], out, o);
      share = input.maxLinkTeu > 0 ? teuA / input.maxLinkTeu : 0;
    }
    let halfWidth = MIN_HALF_WIDTH + MAX_EXTRA_HALF_WIDTH * Math.sqrt(Math.min(1, share));
    if (i === input.hoveredLink) {
      halfWidth += HOVER_EXTRA_HALF_WIDTH;
      for (let c = 0; c < 3; c++) out[o + c] = out[o + c]! + (1 - out[o + c]!) * 0.35;
    }
    out[o + 3] = halfWidth;
  });
}

/** For each of this run's links, the index of the same link id in run B (or -1). */
export function matchCompareLinks(source: MapSource): Int32Array | undefined {
  if (!source.compare) return undefined;
  const byId = new Map(source.compare.linkIds.map((id, j) => [id, j]));
  return Int32Array.from(source.links, (link) => byId.get(link.id) ?? -1);
}

/** The largest |B − A| of weekly link TEU over the run, the difference legend's scale. */
export function maxDifference(source: MapSource, compareIndex: Int32Array | undefined): number {
  if (!source.compare || !compareIndex) return 0;
  const distinct = source.compare.distinct;
  let max = 0;
  for (let week = 0; week < source.linkTeu.periods; week++) {
    for (let i = 0; i < source.links.length; i++) {
      // Noise (an interval spanning zero) is drawn grey, so it does not set the scale either.
      if (distinct !== undefined && distinct[week * source.links.length + i] !== 1) continue;
      const j = compareIndex[i]!;
      const b = j >= 0 ? matrixValue(source.compare.linkTeu, week, j) : 0;
      max = Math.max(max, Math.abs(b - matrixValue(source.linkTeu, week, i)));
    }
  }
  return max;
}

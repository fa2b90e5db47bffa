// The map's colours: one per mode (the legend shows them), and a diverging scale for the
// difference between two runs (blue: less in B than in A, red: more).
import type { Mode } from '../../../sim-core/src/api/types.ts';

/** Mode colours, as CSS hex. Sea blue, rail orange, air purple, road grey. */
export const MODE_COLORS: Record<Mode, string> = {
  sea: '#3b9dff',
  rail: '#ff7a1f',
  air: '#b56bff',
  road: '#a3a9b1',
};

/** The modes in legend order. */
export const MAP_MODES: readonly Mode[] = ['sea', 'rail', 'air', 'road'];

export const DIFFERENCE_COLORS = { less: '#3d7bff', same: '#8a8f98', more: '#ff4b3e' } as const;

/** '#rrggbb' as linear-ish 0..1 RGB (the map is unlit, so sRGB values are used as they are). */
export function hexToRgb(hex: string, out: Float32Array | number[], offset = 0): void {
  const value = Number.parseInt(hex.slice(1), 16);
  out[offset] = ((value >> 16) & 255) / 255;
  out[offset + 1] = ((value >> 8) & 255) / 255;
  out[offset + 2] = (value & 255) / 255;
}

/**
 * The diverging colour for a difference `delta` against the largest magnitude `scale`: grey at
 * zero, saturating toward blue (negative) or red (positive).
 */
export function differenceColor(
  delta: number,
  scale: number,
  out: Float32Array | number[],
  offset = 0,
): void {
  const s = scale > 0 ? Math.max(-1, Math.min(1, delta / scale)) : 0;
  const same = [0x8a / 255, 0x8f / 255, 0x98 / 255];
  const end = s < 0 ? [0x3d / 255, 0x7b / 255, 1] : [1, 0x4b / 255, 0x3e / 255];
  const w = Math.sqrt(Math.abs(s));
  for (let c = 0; c < 3; c++) out[offset + c] = same[c]! + (end[c]! - same[c]!) * w;
}

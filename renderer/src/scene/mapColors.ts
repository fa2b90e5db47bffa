// The app's colours, defined once: one per mode (the map, its legend, the charts and exported
// images all use these), a palette for series such as corridors, and a diverging scale for the
// difference between two runs (blue: less in B than in A, red: more). From the Okabe–Ito palette
// (Okabe & Ito 2008, "Color Universal Design"), distinct for the common forms of colour blindness
// and readable both on the dark map and on the light dashboard.
import type { Mode } from '../../../sim-core/src/api/types.ts';
import type { NodeKind } from '../../../sim-core/src/vocabulary/nodeKinds.ts';

/** Mode colours, as CSS hex: sea sky blue, rail orange, air reddish purple, road grey. */
export const MODE_COLORS: Record<Mode, string> = {
  sea: '#56b4e9',
  rail: '#e69f00',
  air: '#cc79a7',
  road: '#999999',
};

/**
 * Node marker colours by kind (light tints, drawn on the dark map and in the legend). Overseas
 * warehouses are the one green: the hubs abroad a planner adds stand out from depots at home.
 */
export const NODE_KIND_COLORS: Record<NodeKind, string> = {
  seaport: '#8fd0ff',
  airport: '#dcb8ff',
  'rail-terminal': '#ffb27a',
  'border-crossing': '#ffe680',
  'inland-depot': '#c8ccd2',
  'overseas-warehouse': '#7fe0b0',
  city: '#ffffff',
};

/**
 * Series colours (corridors, dwell parts), Okabe–Ito in an order that keeps neighbours apart;
 * yellow last, as it is faint on white. A chart with more series than colours draws the second
 * round dotted (seriesDash), so no two series look alike.
 */
export const SERIES_PALETTE: readonly string[] = [
  '#0072b2',
  '#e69f00',
  '#009e73',
  '#d55e00',
  '#56b4e9',
  '#cc79a7',
  '#999999',
  '#f0e442',
];

/** The colour of series `n`. */
export function seriesColor(n: number): string {
  return SERIES_PALETTE[n % SERIES_PALETTE.length]!;
}

/** The dash of series `n`: solid for the first round of colours, dotted for the next. */
export function seriesDash(n: number): number[] | undefined {
  return n >= SERIES_PALETTE.length ? [2, 3] : undefined;
}

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

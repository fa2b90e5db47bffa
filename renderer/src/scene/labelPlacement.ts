// Where a node's name label goes on screen (pure, so it is tested without a canvas).
const LABEL_OFFSET_X = 8;
const LABEL_OFFSET_Y = -9;

/** A label's usual left edge before it is kept inside the view: right of its node, else left. */
function usualLabelX(nodeX: number, width: number, viewWidth: number): number {
  const right = nodeX + LABEL_OFFSET_X;
  return right + width > viewWidth ? nodeX - LABEL_OFFSET_X - width : right;
}

/**
 * Where a label goes (its top-left corner, CSS px): right of its node, or left of it where the
 * right side would run past the view's edge, and always inside the view (a long name near an
 * edge, as Qingdao Port's in presentation type, stays readable instead of running off screen).
 */
export function labelPosition(
  nodeX: number,
  nodeY: number,
  width: number,
  height: number,
  viewWidth: number,
  viewHeight: number,
): { x: number; y: number } {
  const x = Math.max(0, Math.min(usualLabelX(nodeX, width, viewWidth), viewWidth - width));
  const y = Math.max(0, Math.min(nodeY + LABEL_OFFSET_Y, viewHeight - height));
  return { x, y };
}

/** True when the box x0..x1, y0..y1 overlaps one of `count` boxes (x0, y0, x1, y1 each). */
export function overlapsAny(
  boxes: Float32Array,
  count: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
): boolean {
  for (let b = 0; b < count; b++) {
    const o = b * 4;
    if (x0 < boxes[o + 2]! && x1 > boxes[o]! && y0 < boxes[o + 3]! && y1 > boxes[o + 1]!) return true;
  }
  return false;
}

const clear = { x: 0, y: 0 };

/**
 * The places tried when the usual one is covered, in order: beside the node on the left (at the
 * usual height), then above-right, above-left, below-right and below-left. Each row: the side
 * (-1 left, +1 right) and the height (0 the usual offset, -1 above the node, +1 below it).
 */
const FALLBACKS = [
  [-1, 0],
  [1, -1],
  [-1, -1],
  [1, 1],
  [-1, 1],
] as const;
/** The gap between a label moved above or below its node and the node, CSS px. */
const ABOVE_BELOW_GAP = 4;

/** The label and view being placed by clearLabelPosition's current call (set at its start). */
const placing = {
  width: 0,
  height: 0,
  viewWidth: 0,
  viewHeight: 0,
  covers: new Float32Array(0) as Float32Array,
  coverCount: 0,
};

/** Puts the label at (x, y), kept inside the view, in `clear` if it overlaps no cover. */
function clearAt(x: number, y: number): boolean {
  const { width, height } = placing;
  const inX = Math.max(0, Math.min(x, placing.viewWidth - width));
  const inY = Math.max(0, Math.min(y, placing.viewHeight - height));
  if (overlapsAny(placing.covers, placing.coverCount, inX, inY, inX + width, inY + height)) return false;
  clear.x = inX;
  clear.y = inY;
  return true;
}

/**
 * Where a label goes when something covers part of the map (the legend, presentation captions:
 * `covers`, x0, y0, x1, y1 each): its usual place (labelPosition) if that is clear of them, else
 * left of, above or below its node (FALLBACKS), each kept inside the view; undefined when the node
 * itself is under a cover or no place is clear (the label is hidden rather than drawn under the
 * caption). The returned object is one object reused from call to call: the frame loop places
 * every label each frame and allocates nothing for it (read it before the next call).
 */
export function clearLabelPosition(
  nodeX: number,
  nodeY: number,
  width: number,
  height: number,
  viewWidth: number,
  viewHeight: number,
  covers: Float32Array,
  coverCount: number,
): { x: number; y: number } | undefined {
  placing.width = width;
  placing.height = height;
  placing.viewWidth = viewWidth;
  placing.viewHeight = viewHeight;
  placing.covers = covers;
  placing.coverCount = coverCount;
  const usualY = nodeY + LABEL_OFFSET_Y;
  // The usual place, as labelPosition gives it.
  if (clearAt(usualLabelX(nodeX, width, viewWidth), usualY)) return clear;
  if (overlapsAny(covers, coverCount, nodeX, nodeY, nodeX + 1, nodeY + 1)) return undefined;
  const left = nodeX - LABEL_OFFSET_X - width;
  const right = nodeX + LABEL_OFFSET_X;
  const aboveY = nodeY - height - ABOVE_BELOW_GAP;
  const belowY = nodeY + ABOVE_BELOW_GAP;
  for (const [side, level] of FALLBACKS) {
    if (clearAt(side < 0 ? left : right, level === 0 ? usualY : level < 0 ? aboveY : belowY)) return clear;
  }
  return undefined;
}

// Where a node's name label goes on screen (pure, so it is tested without a canvas).
const LABEL_OFFSET_X = 8;
const LABEL_OFFSET_Y = -9;

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
  let x = nodeX + LABEL_OFFSET_X;
  if (x + width > viewWidth) x = nodeX - LABEL_OFFSET_X - width;
  x = Math.max(0, Math.min(x, viewWidth - width));
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
 * Where a label goes when something covers part of the map (the legend, presentation captions:
 * `covers`, x0, y0, x1, y1 each): its usual place if that is clear of them, else left of, above
 * or below its node, each kept inside the view; undefined when the node itself is under a cover or
 * no place is clear (the label is hidden rather than drawn under the caption). The returned
 * object is reused from call to call (the frame loop allocates nothing).
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
  const usual = labelPosition(nodeX, nodeY, width, height, viewWidth, viewHeight);
  if (!overlapsAny(covers, coverCount, usual.x, usual.y, usual.x + width, usual.y + height)) return usual;
  if (overlapsAny(covers, coverCount, nodeX, nodeY, nodeX + 1, nodeY + 1)) return undefined;
  const left = nodeX - LABEL_OFFSET_X - width;
  const right = nodeX + LABEL_OFFSET_X;
  const candidates = [
    [left, nodeY + LABEL_OFFSET_Y],
    [right, nodeY - height - 4],
    [left, nodeY - height - 4],
    [right, nodeY + 4],
    [left, nodeY + 4],
  ] as const;
  for (const [cx, cy] of candidates) {
    const x = Math.max(0, Math.min(cx, viewWidth - width));
    const y = Math.max(0, Math.min(cy, viewHeight - height));
    if (!overlapsAny(covers, coverCount, x, y, x + width, y + height)) {
      clear.x = x;
      clear.y = y;
      return clear;
    }
  }
  return undefined;
}

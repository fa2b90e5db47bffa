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

// Elements drawn over the map (the legend, the presentation captions) that node labels must not go
// under and that the presentation story's camera frames around. Each registers itself with
// useMapCover; their boxes, relative to the label layer, are measured only when one of them or the
// layer changes size (a ResizeObserver), never per frame. No three.js here: the captions, in the
// page's first chunk, use it before the map's chunk is loaded.
import { useCallback } from 'react';

const covers = new Set<HTMLElement>();
let layer: HTMLElement | undefined;
let observer: ResizeObserver | undefined;
let dirty = true;
/** Measured boxes, x0, y0, x1, y1 per cover, in the layer's CSS px. */
let boxes = new Float32Array(16);
let count = 0;
/** Asks the map for a frame (set by the labels: an idle map re-places them after a change). */
let changed: (() => void) | undefined;

function markDirty(): void {
  dirty = true;
  changed?.();
}

/** Calls `listener` whenever a cover or the label layer changes (one listener: the labels). */
export function onMapCoversChanged(listener: (() => void) | undefined): void {
  changed = listener;
}

function resizeObserver(): ResizeObserver | undefined {
  if (observer || typeof ResizeObserver === 'undefined') return observer;
  observer = new ResizeObserver(markDirty);
  if (typeof window !== 'undefined') window.addEventListener('resize', markDirty);
  return observer;
}

/** Registers `element` as covering the map until the returned function is called. */
export function registerMapCover(element: HTMLElement): () => void {
  covers.add(element);
  resizeObserver()?.observe(element);
  markDirty();
  return () => {
    covers.delete(element);
    observer?.unobserve(element);
    markDirty();
  };
}

/** A ref for an element that covers the map (React 19 ref callbacks clean up on detach). */
export function useMapCover(): (element: HTMLElement | null) => (() => void) | undefined {
  return useCallback((element: HTMLElement | null) => (element ? registerMapCover(element) : undefined), []);
}

/** The layer the labels are placed in (their coordinates are relative to it). */
function watchLayer(element: HTMLElement): void {
  if (layer === element) return;
  if (layer) observer?.unobserve(layer);
  layer = element;
  resizeObserver()?.observe(element);
  dirty = true;
}

/**
 * The covers' boxes relative to `labelLayer` (x0, y0, x1, y1 each), and how many there are.
 * Re-measured only after a change; a cover not laid out (hidden) has no box.
 */
export function mapCoverBoxes(labelLayer: HTMLElement): { boxes: Float32Array; count: number } {
  watchLayer(labelLayer);
  if (!dirty) return { boxes, count };
  dirty = false;
  if (boxes.length < covers.size * 4) boxes = new Float32Array(covers.size * 8);
  const origin = labelLayer.getBoundingClientRect();
  count = 0;
  for (const element of covers) {
    const r = element.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0) continue;
    boxes[count * 4] = r.left - origin.left;
    boxes[count * 4 + 1] = r.top - origin.top;
    boxes[count * 4 + 2] = r.right - origin.left;
    boxes[count * 4 + 3] = r.bottom - origin.top;
    count++;
  }
  return { boxes, count };
}

/**
 * The bands of the map the covers take, as fractions of its height: `bottom` from the top of the
 * highest cover in the map's lower half down to its bottom edge, `top` likewise from above. The
 * story's camera frames each corridor in the part between them.
 */
export function mapCoverInsets(): { top: number; bottom: number } {
  if (!layer) return { top: 0, bottom: 0 };
  const height = layer.clientHeight;
  if (height <= 0) return { top: 0, bottom: 0 };
  const { boxes: b, count: n } = mapCoverBoxes(layer);
  let top = 0;
  let bottom = 0;
  for (let i = 0; i < n; i++) {
    const y0 = b[i * 4 + 1]!;
    const y1 = b[i * 4 + 3]!;
    if ((y0 + y1) / 2 > height / 2) bottom = Math.max(bottom, height - y0);
    else top = Math.max(top, y1);
  }
  return { top: Math.min(0.45, top / height), bottom: Math.min(0.45, bottom / height) };
}

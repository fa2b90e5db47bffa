// Node names as an HTML overlay, placed each frame by writing style.transform (no React state).
// To avoid clutter only the busiest nodes and the hovered or selected one carry a label, and a
// label that would overlap one placed before it (in order of importance) is hidden.
import { useFrame, type RootState } from '@react-three/fiber';
import { useLayoutEffect, useMemo } from 'react';
import { clearLabelPosition, overlapsAny } from './labelPlacement.ts';
import { mapCoverBoxes, onMapCoversChanged } from './mapCovers.ts';
import { MAJOR_NODE_LABELS, type MapModel } from './mapModel.ts';
import { requestMapFrame } from './renderOnDemand.ts';
import { projectNodes, screenState } from './screenSpace.ts';
import { sceneUniforms } from './sceneUniforms.ts';
import { useMapStore } from '../state/useMapStore.ts';
import type { Language } from '../state/useSettingsStore.ts';

const NO_COVERS = { boxes: new Float32Array(0), count: 0 };

interface LabelSet {
  elements: HTMLDivElement[];
  widths: Float32Array;
  /** Label height (CSS px), measured with the widths: presentation mode sets larger type. */
  height: number;
  /** Last written position per label (x, y, shown), so unchanged labels cost no DOM write. */
  written: Float32Array;
  /** Placed label boxes this frame: x0, y0, x1, y1. */
  boxes: Float32Array;
  order: Int32Array;
}

export function NodeLabels({
  model,
  container,
  language,
  large = false,
}: {
  model: MapModel;
  container: HTMLDivElement | null;
  language: Language;
  /** Presentation mode: larger type (CSS) and every node may carry a label. */
  large?: boolean;
}) {
  // Elements are created detached here and attached in an effect, so StrictMode's effect replay
  // (detach, attach again) leaves them in place.
  const labels = useMemo<LabelSet>(() => {
    const n = model.source.nodes.length;
    const elements = model.source.nodes.map((node) => {
      const element = document.createElement('div');
      element.className = 'map-label';
      element.dataset['nodeId'] = node.id;
      element.style.display = 'none';
      return element;
    });
    return {
      elements,
      widths: new Float32Array(n),
      height: 18,
      written: new Float32Array(n * 3).fill(-1),
      boxes: new Float32Array(n * 4),
      order: new Int32Array(n),
    };
  }, [model]);

  // A layout effect, so a new run's labels are measured before the frame that places them.
  useLayoutEffect(() => {
    if (!container) return;
    container.append(...labels.elements);
    measureLabels(labels, model, language);
    // Widths changed, so the overlap test may now place other labels.
    requestMapFrame();
    // The legend or a caption moved or changed size: place the labels around them again.
    onMapCoversChanged(() => requestMapFrame());
    return () => {
      onMapCoversChanged(undefined);
      labels.elements.forEach((e) => e.remove());
    };
  }, [labels, container, model, language, large]);
  const limit = large ? model.majorNodes.length : MAJOR_NODE_LABELS;

  useFrame(
    (state) => placeLabels(state, model, container ? labels : undefined, container ?? undefined, limit),
    -5,
  );
  return null;
}

function showLabel(labels: LabelSet, i: number, x: number, y: number): void {
  const element = labels.elements[i]!;
  const w = labels.written;
  if (w[i * 3 + 2] !== 2) element.style.display = 'block';
  if (Math.abs(w[i * 3]! - x) > 0.5 || Math.abs(w[i * 3 + 1]! - y) > 0.5) {
    element.style.transform = `translate(${x.toFixed(1)}px, ${y.toFixed(1)}px)`;
    w[i * 3] = x;
    w[i * 3 + 1] = y;
  }
  w[i * 3 + 2] = 1;
}

/**
 * Sets each label's text and measures it (forces one layout: on a new run or language, never per
 * frame). All writes come before all reads, so the browser lays the labels out once, not once per
 * label.
 */
function measureLabels(labels: LabelSet, model: MapModel, language: Language): void {
  const nodes = model.source.nodes;
  nodes.forEach((node, i) => {
    const element = labels.elements[i]!;
    element.textContent = node.name[language];
    element.style.display = 'block';
  });
  nodes.forEach((node, i) => {
    labels.widths[i] = labels.elements[i]!.offsetWidth || node.name[language].length * 7;
  });
  labels.height = labels.elements[0]?.offsetHeight || 18;
  nodes.forEach((_, i) => {
    labels.elements[i]!.style.display = labels.written[i * 3 + 2] === 1 ? 'block' : 'none';
  });
}

/**
 * One frame: project the nodes, then place up to `limit` labels by importance, without overlaps,
 * and never under what covers the map (the legend, presentation captions: mapCovers.ts).
 */
function placeLabels(
  state: RootState,
  model: MapModel,
  labels: LabelSet | undefined,
  layer: HTMLElement | undefined,
  limit: number,
): void {
  screenState.width = state.size.width;
  screenState.height = state.size.height;
  projectNodes(model, state.camera, sceneUniforms.uFlat.value);
  if (!labels) return;
  const { hovered, selected } = useMapStore.getState();
  const focus = hovered?.kind === 'node' ? hovered.index : -1;
  const pinned = selected?.kind === 'node' ? selected.index : -1;
  // Importance order: hovered, selected, then the busiest nodes (majorNodes is in that order).
  let count = 0;
  if (focus >= 0) labels.order[count++] = focus;
  if (pinned >= 0 && pinned !== focus) labels.order[count++] = pinned;
  const major = model.majorNodes;
  for (let m = 0; m < Math.min(major.length, limit); m++) {
    const i = major[m]!;
    if (i !== focus && i !== pinned) labels.order[count++] = i;
  }
  const s = screenState.nodeScreen;
  const n = model.source.nodes.length;
  // Mark last frame's shown labels (1 -> 2); those not placed again are hidden at the end.
  for (let i = 0; i < n; i++) if (labels.written[i * 3 + 2] === 1) labels.written[i * 3 + 2] = 2;
  const covers = layer ? mapCoverBoxes(layer) : NO_COVERS;
  let placed = 0;
  for (let k = 0; k < count; k++) {
    const i = labels.order[k]!;
    if (s[i * 3 + 2] !== 1) continue;
    const position = clearLabelPosition(
      s[i * 3]!,
      s[i * 3 + 1]!,
      labels.widths[i]!,
      labels.height,
      screenState.width,
      screenState.height,
      covers.boxes,
      covers.count,
    );
    if (!position) continue;
    const { x: x0, y: y0 } = position;
    const x1 = x0 + labels.widths[i]!;
    const y1 = y0 + labels.height;
    if (k > 0 && overlapsAny(labels.boxes, placed, x0, y0, x1, y1)) continue;
    labels.boxes[placed * 4] = x0;
    labels.boxes[placed * 4 + 1] = y0;
    labels.boxes[placed * 4 + 2] = x1;
    labels.boxes[placed * 4 + 3] = y1;
    placed++;
    showLabel(labels, i, x0, y0);
  }
  for (let i = 0; i < n; i++) {
    if (labels.written[i * 3 + 2] === 2) {
      labels.written[i * 3 + 2] = 0;
      labels.elements[i]!.style.display = 'none';
    }
  }
}

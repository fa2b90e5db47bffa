// Renders the map offscreen at a chosen size, frame by frame, for images and video: the drawing
// buffer is resized (the page layout is not), every useFrame of the scene runs for the frame
// (R3F's advance), and the HTML labels the frame placed are drawn over it with the decorations
// (title, date, legend, source line) on a 2D canvas. Nothing is screen-captured, so a frame is
// the same whatever the window's size, and a video frame shows exactly its sim time.
import { advance, type RootState } from '@react-three/fiber';
import { drawDecorations, type FrameDecorations } from './frameDecorations.ts';
import { mapCanvasState } from './mapCanvasState.ts';

/** The layout width (CSS px) frames are laid out at; larger outputs are this, scaled up. */
const LAYOUT_WIDTH = 1920;

export interface ExportSession {
  /** The composed frame (map, labels, decorations) at the export size. */
  canvas: HTMLCanvasElement;
  /** Renders the scene as it is now (clock, camera) and composes the frame into `canvas`. */
  render(decorations: FrameDecorations): HTMLCanvasElement;
  /** Gives the map back its on-screen size. */
  end(): void;
}

interface SavedSize {
  width: number;
  height: number;
  top: number;
  left: number;
  dpr: number;
}

function restoreStyle(gl: RootState['gl']): void {
  gl.domElement.style.width = '100%';
  gl.domElement.style.height = '100%';
}

/**
 * Starts rendering at `width` × `height` device pixels (laid out as if on a 1920-px-wide screen);
 * undefined when no map is on screen.
 */
export function beginExport(width: number, height: number): ExportSession | undefined {
  const root = mapCanvasState.root?.();
  const overlay = mapCanvasState.overlay;
  if (!root) return undefined;
  const saved: SavedSize = { ...root.size, dpr: root.viewport.dpr };
  const dpr = Math.max(1, width / LAYOUT_WIDTH);
  root.setDpr(dpr);
  root.setSize(Math.round(width / dpr), Math.round(height / dpr));
  restoreStyle(root.gl);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) return undefined;
  return {
    canvas,
    render: (decorations) => {
      const state = mapCanvasState.root?.();
      if (!state) return canvas;
      advance(performance.now(), true, state);
      context.drawImage(state.gl.domElement, 0, 0, width, height);
      if (overlay) drawLabels(context, overlay, dpr);
      drawDecorations(context, decorations, dpr);
      return canvas;
    },
    end: () => {
      const state = mapCanvasState.root?.();
      if (!state) return;
      state.setDpr(saved.dpr);
      state.setSize(saved.width, saved.height, saved.top, saved.left);
      restoreStyle(state.gl);
      state.invalidate();
    },
  };
}

/** The labels NodeLabels placed this frame (translate(x, y) in layout px), drawn at `scale`. */
function drawLabels(context: CanvasRenderingContext2D, overlay: HTMLElement, scale: number): void {
  const fontPx = Number.parseFloat(getComputedStyle(overlay).getPropertyValue('--map-label-size')) || 12;
  context.font = `600 ${Math.round(fontPx * scale)}px ${getComputedStyle(overlay).fontFamily}`;
  context.textBaseline = 'top';
  context.lineJoin = 'round';
  context.lineWidth = 4 * scale;
  context.strokeStyle = 'rgba(4, 8, 16, 0.9)';
  context.fillStyle = '#f2f5f8';
  for (const label of overlay.querySelectorAll<HTMLElement>('.map-label')) {
    if (label.style.display === 'none' || !label.textContent) continue;
    const match = /translate\(([-\d.]+)px, ([-\d.]+)px\)/.exec(label.style.transform);
    if (!match) continue;
    const x = (Number(match[1]) + 5) * scale;
    const y = (Number(match[2]) + 2) * scale;
    context.strokeText(label.textContent, x, y);
    context.fillText(label.textContent, x, y);
  }
}

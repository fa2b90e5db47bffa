// "Save image": a PNG of the map as it is on screen, node labels included. The scene is rendered
// once more and copied in the same task (so the drawing buffer need not be preserved, which
// would cost every frame), then the HTML labels are drawn over it on a 2D canvas.
//
// Desktop integration: saveMapImage() is the single entry point. In the browser it offers a
// download through platform.saveFileInBrowser; the desktop path (a native Save dialog) belongs
// in renderer/src/platform and can be routed here by replacing `deliver` via setMapImageSink().
import type { Camera, Scene, WebGLRenderer } from 'three';
import { saveFileInBrowser } from '../platform/platform.ts';

export const MAP_IMAGE_FILE_NAME = 'scoda-map.png';

/** The live renderer, scene and camera (set by MapView when its canvas is created). */
export const mapCanvasState = {
  gl: undefined as WebGLRenderer | undefined,
  scene: undefined as Scene | undefined,
  camera: undefined as Camera | undefined,
  /** The element holding the HTML labels and the date (drawn over the image). */
  overlay: undefined as HTMLElement | undefined,
};

type MapImageSink = (fileName: string, png: Uint8Array) => Promise<boolean> | boolean;
let deliver: MapImageSink = (fileName, png) => saveFileInBrowser(fileName, png, 'image/png');

/** Routes saved images elsewhere (the desktop's Save dialog); returns the previous sink. */
export function setMapImageSink(sink: MapImageSink): MapImageSink {
  const previous = deliver;
  deliver = sink;
  return previous;
}

/** The map as PNG bytes, or undefined when no map is on screen. */
export async function renderMapImage(): Promise<Uint8Array | undefined> {
  const { gl, scene, camera, overlay } = mapCanvasState;
  if (!gl || !scene || !camera) return undefined;
  const source = gl.domElement;
  const canvas = document.createElement('canvas');
  canvas.width = source.width;
  canvas.height = source.height;
  const context = canvas.getContext('2d');
  if (!context) return undefined;
  gl.render(scene, camera);
  context.drawImage(source, 0, 0);
  if (overlay) drawLabels(context, overlay, source);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  return blob ? new Uint8Array(await blob.arrayBuffer()) : undefined;
}

function drawLabels(
  context: CanvasRenderingContext2D,
  overlay: HTMLElement,
  source: HTMLCanvasElement,
): void {
  const frame = source.getBoundingClientRect();
  const scale = source.width / Math.max(1, frame.width);
  context.font = `${Math.round(12 * scale)}px system-ui, sans-serif`;
  context.textBaseline = 'top';
  context.lineWidth = 3 * scale;
  context.strokeStyle = 'rgba(5, 10, 20, 0.85)';
  context.fillStyle = '#f2f5f8';
  for (const label of overlay.querySelectorAll<HTMLElement>('.map-label, [data-map-image-text]')) {
    if (label.style.display === 'none' || !label.textContent) continue;
    const box = label.getBoundingClientRect();
    const x = (box.left - frame.left) * scale;
    const y = (box.top - frame.top + 2) * scale;
    context.strokeText(label.textContent, x, y);
    context.fillText(label.textContent, x, y);
  }
}

/** Saves the map as scoda-map.png; false when there is no map or the user cancelled. */
export async function saveMapImage(): Promise<boolean> {
  const png = await renderMapImage();
  if (!png) return false;
  return deliver(MAP_IMAGE_FILE_NAME, png);
}

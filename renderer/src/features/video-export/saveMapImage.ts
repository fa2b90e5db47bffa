// "Save image": the map at slide resolution (3840 × 2160 by default), rendered offscreen at the
// playback time on screen, with its labels, title, date, legend and source line.
import { beginExport } from '../../scene/exportFrame.ts';
import { frameDecorationsNow } from './frameDecorationsNow.ts';
import { saveBinary } from './saveBinary.ts';

export const MAP_IMAGE_NAME = 'scoda-map';
/** 4K UHD: sharp on a projector and on a 4K screen. */
export const IMAGE_SIZE = { width: 3840, height: 2160 } as const;

/** The map as PNG bytes, or undefined when no map is on screen. */
export async function renderMapImage(
  width: number = IMAGE_SIZE.width,
  height: number = IMAGE_SIZE.height,
): Promise<Uint8Array | undefined> {
  const session = beginExport(width, height);
  if (!session) return undefined;
  try {
    const canvas = session.render(frameDecorationsNow());
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    return blob ? new Uint8Array(await blob.arrayBuffer()) : undefined;
  } finally {
    session.end();
  }
}

/** Saves the map image; false when there is no map or the user cancelled. */
export async function saveMapImage(): Promise<boolean> {
  const png = await renderMapImage();
  return png ? saveBinary(MAP_IMAGE_NAME, 'png', png) : false;
}

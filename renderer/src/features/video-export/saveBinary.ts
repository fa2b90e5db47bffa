// Delivers an exported file: through the desktop's Save dialog in the app, as a download in the
// browser. Resolves true when the file was written or offered.
import { desktopBridge, saveFileInBrowser } from '../../platform/platform.ts';
import type { BinaryFileKind } from '../../../../electron/shared/desktopApi.ts';

export const MIME_TYPES: Record<BinaryFileKind, string> = {
  png: 'image/png',
  webm: 'video/webm',
  mp4: 'video/mp4',
};

export async function saveBinary(
  suggestedName: string,
  kind: BinaryFileKind,
  data: Uint8Array,
): Promise<boolean> {
  const desktop = desktopBridge();
  if (desktop) {
    const outcome = await desktop.saveBinaryFile({ suggestedName, kind, data });
    return outcome.status === 'saved';
  }
  return saveFileInBrowser(`${suggestedName}.${kind}`, data, MIME_TYPES[kind]);
}

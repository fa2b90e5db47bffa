// The desktop bridge, or a browser fallback so the same app runs as a web page. Everything that
// needs the desktop (files, menus) goes through here; nothing else touches window.desktop.
import type { DesktopApi } from '../../../electron/shared/desktopApi.ts';

declare global {
  interface Window {
    /** Present in the Electron app (preload bridge); absent in the browser. */
    desktop?: DesktopApi;
  }
}

/** The desktop bridge when running in Electron, otherwise undefined. */
export function desktopBridge(): DesktopApi | undefined {
  return typeof window === 'undefined' ? undefined : window.desktop;
}

/** Offers `data` to the user as a file download (the browser's Save). */
export function saveFileInBrowser(
  suggestedName: string,
  data: Uint8Array | string,
  mimeType: string,
): boolean {
  const part: BlobPart = typeof data === 'string' ? data : new Uint8Array(data);
  const url = URL.createObjectURL(new Blob([part], { type: mimeType }));
  try {
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = suggestedName;
    anchor.rel = 'noopener';
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
    return true;
  } finally {
    // Revoke after the click has been handled; the download keeps its own reference.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

/** Lets the user pick a file in the browser; resolves undefined when the picker is dismissed. */
export function pickFileInBrowser(accept: string): Promise<File | undefined> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    input.addEventListener('change', () => {
      resolve(input.files?.[0]);
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve(undefined);
      input.remove();
    });
    document.body.append(input);
    input.click();
  });
}

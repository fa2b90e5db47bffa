// Presentation mode: full screen where the browser allows it, larger type, captions. Esc leaves
// (the browser leaves full screen on Esc itself; the keyboard handler covers the rest).
import { useWorkbenchStore } from '../../state/useWorkbenchStore.ts';

export function enterPresentation(): void {
  // A notice from the workbench ("Saved …") would sit over the slides: it is done with.
  useWorkbenchStore.getState().showNotice(undefined);
  useWorkbenchStore.getState().setPresentation(true);
  const root = document.documentElement;
  if (!document.fullscreenElement && typeof root.requestFullscreen === 'function') {
    // Refused without a user gesture (a menu command from the desktop has none): the mode still works.
    root.requestFullscreen().catch(() => undefined);
  }
}

export function leavePresentation(): void {
  useWorkbenchStore.getState().setPresentation(false);
  if (document.fullscreenElement && typeof document.exitFullscreen === 'function') {
    document.exitFullscreen().catch(() => undefined);
  }
}

export function togglePresentation(): void {
  if (useWorkbenchStore.getState().presentation) leavePresentation();
  else enterPresentation();
}

/** Leaving full screen (the browser's own Esc) also leaves presentation mode. */
export function watchFullscreenExit(): void {
  document.addEventListener('fullscreenchange', () => {
    if (!document.fullscreenElement && useWorkbenchStore.getState().presentation)
      useWorkbenchStore.getState().setPresentation(false);
  });
}

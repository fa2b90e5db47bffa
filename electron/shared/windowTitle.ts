// The window title, one format for the desktop window and the browser tab: the document's name, a
// dot in front when it has unsaved changes, and the app's name.
export const APP_TITLE = 'SCODA Corridor Simulator';

export function windowTitle(documentName: string, dirty: boolean): string {
  return `${dirty ? '● ' : ''}${documentName} — ${APP_TITLE}`;
}

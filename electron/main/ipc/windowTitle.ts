// The window title: the document's name (its file, else the scenario's name), a dot when there are
// unsaved changes, and the app's name.
export const APP_TITLE = 'SCODA Corridor Simulator';

export function windowTitle(fileName: string | null, scenarioName: string, dirty: boolean): string {
  const name = fileName ?? (scenarioName.trim() || 'Untitled');
  return `${dirty ? '● ' : ''}${name} — ${APP_TITLE}`;
}

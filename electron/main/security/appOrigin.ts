// The app's own origin. Every page is loaded from app://scoda/ (a privileged standard scheme
// served from the packaged files), so "is this ours?" is one origin comparison, never a path or
// a remote host.

export const APP_SCHEME = 'app';
export const APP_HOST = 'scoda';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page the window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True when `url` is a well-formed URL on the app's own origin. */
export function isAppUrl(url: string | null | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

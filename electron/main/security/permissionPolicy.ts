// Permission requests (camera, geolocation, notifications...) are denied by default. The two
// allowed ones serve presentation mode (the Fullscreen API) and copy buttons (a sanitised
// clipboard write), and only for the app's own pages.
import { isAppUrl } from './appOrigin.ts';

export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['fullscreen', 'clipboard-sanitized-write']);

/** Whether `permission`, asked by a page at `requestingUrl`, is granted. */
export function isPermissionGranted(permission: string, requestingUrl: string | null | undefined): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isAppUrl(requestingUrl);
}

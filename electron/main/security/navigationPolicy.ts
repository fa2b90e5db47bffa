// What a page may navigate to or open. The window never leaves the app's origin; a link to an
// outside source (the data's provenance URLs) opens in the system browser, https only.
import { isAppUrl } from './appOrigin.ts';

/** True when a `will-navigate` to `url` may proceed: only within the app's own origin. */
export function isNavigationAllowed(url: string): boolean {
  return isAppUrl(url);
}

/**
 * The URL to hand to the system browser when a page asks for a new window, or null. New windows
 * inside the app are always denied; only plain https links leave, never file:, javascript: or
 * custom schemes (which could start other programs).
 */
export function externalUrlFor(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' || parsed.username || parsed.password) return null;
    return parsed.toString();
  } catch {
    return null;
  }
}

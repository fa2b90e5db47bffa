// The security hooks every session and every web contents get: permissions denied by default,
// no navigation away from the app, no new windows (https links go to the system browser), no
// <webview>. They take Electron objects but import nothing from it, so tests pass fakes.
import type { Session, WebContents } from 'electron';
import { externalUrlFor, isNavigationAllowed } from '../security/navigationPolicy.ts';
import { isPermissionGranted } from '../security/permissionPolicy.ts';

export type SessionLike = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> & {
  webRequest: Pick<Session['webRequest'], 'onBeforeRequest'>;
};

/**
 * The app works offline by design: its data ships with it. So no page request may leave the
 * machine, whatever the CSP says (defence in depth if a page were ever loaded without it).
 */
export const REMOTE_URL_PATTERNS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*'];
export type WebContentsLike = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

export function hardenSession(session: SessionLike): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    isPermissionGranted(permission, details.requestingUrl ?? requestingOrigin),
  );
  session.webRequest.onBeforeRequest({ urls: REMOTE_URL_PATTERNS }, (_details, callback) =>
    callback({ cancel: true }),
  );
}

/** `openExternal` is shell.openExternal (only ever given https URLs). */
export function hardenWebContents(
  contents: WebContentsLike,
  openExternal: (url: string) => Promise<void>,
): void {
  const stayInApp = (event: { url: string; preventDefault(): void }): void => {
    if (!isNavigationAllowed(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const external = externalUrlFor(url);
    if (external) void openExternal(external).catch(() => undefined);
    return { action: 'deny' };
  });
}

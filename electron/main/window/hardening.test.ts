import { describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL } from '../security/appOrigin.ts';
import { hardenSession, hardenWebContents, type SessionLike, type WebContentsLike } from './hardening.ts';

type Listener = (event: { url: string; preventDefault(): void }) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: (name: string, listener: Listener) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler;
    },
  } as unknown as WebContentsLike;
  const fire = (name: string, url: string): boolean => {
    const event = { url, preventDefault: vi.fn() };
    listeners.get(name)?.(event);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { contents, fire, open: (url: string) => openHandler?.({ url }) };
}

describe('web contents hardening', () => {
  it('blocks navigation and redirects away from the app', () => {
    const { contents, fire } = fakeContents();
    hardenWebContents(contents, async () => undefined);
    expect(fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(fire('will-redirect', 'file:///etc/passwd')).toBe(true);
    expect(fire('will-navigate', APP_ENTRY_URL)).toBe(false);
    expect(fire('will-attach-webview', APP_ENTRY_URL)).toBe(true);
  });

  it('denies every new window, sending https links to the system browser', () => {
    const { contents, open } = fakeContents();
    const openExternal = vi.fn(async () => undefined);
    hardenWebContents(contents, openExternal);
    expect(open('https://www.qdport.com/')).toEqual({ action: 'deny' });
    expect(open('app://scoda/index.html')).toEqual({ action: 'deny' });
    expect(open('file:///bin/sh')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://www.qdport.com/']]);
  });
});

describe('session hardening', () => {
  it('denies permission requests and checks by default', () => {
    let request: ((...args: unknown[]) => void) | undefined;
    let check: ((...args: unknown[]) => boolean) | undefined;
    const session = {
      setPermissionRequestHandler: (handler: typeof request) => (request = handler),
      setPermissionCheckHandler: (handler: typeof check) => (check = handler),
      webRequest: { onBeforeRequest: vi.fn() },
    } as unknown as SessionLike;
    hardenSession(session);
    const answers: boolean[] = [];
    request?.({}, 'media', (granted: boolean) => answers.push(granted), { requestingUrl: APP_ENTRY_URL });
    request?.({}, 'fullscreen', (granted: boolean) => answers.push(granted), {
      requestingUrl: APP_ENTRY_URL,
    });
    request?.({}, 'fullscreen', (granted: boolean) => answers.push(granted), {
      requestingUrl: 'https://x.example/',
    });
    expect(answers).toEqual([false, true, false]);
    expect(check?.({}, 'geolocation', 'app://scoda', { requestingUrl: APP_ENTRY_URL })).toBe(false);
    expect(check?.({}, 'fullscreen', 'app://scoda', {})).toBe(true);
  });
});

describe('network', () => {
  it('cancels every request from a page to a remote host', () => {
    let filter: { urls: string[] } | undefined;
    let listener: ((details: unknown, callback: (response: { cancel: boolean }) => void) => void) | undefined;
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      webRequest: {
        onBeforeRequest: (f: typeof filter, l: typeof listener) => {
          filter = f;
          listener = l;
        },
      },
    } as unknown as SessionLike;
    hardenSession(session);
    expect(filter?.urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*', 'wss://*/*']));
    expect(filter?.urls.some((pattern) => pattern.startsWith('app:'))).toBe(false);
    const answers: unknown[] = [];
    listener?.({ url: 'https://tracker.example/' }, (response) => answers.push(response));
    expect(answers).toEqual([{ cancel: true }]);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl } from './appOrigin.ts';
import { CONTENT_SECURITY_POLICY, diffCsp, parseCsp } from './contentSecurityPolicy.ts';
import { externalUrlFor, isNavigationAllowed } from './navigationPolicy.ts';
import { isPermissionGranted } from './permissionPolicy.ts';
import { senderRefusal } from './senderCheck.ts';
import { createWindowOptions } from './windowOptions.ts';

describe('window options', () => {
  const options = createWindowOptions({
    preloadPath: '/app/out/preload/index.cjs',
    bounds: undefined,
    devTools: false,
  });

  it('isolates the page from Node: context isolation, sandbox, no node integration anywhere', () => {
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
    });
  });

  it('keeps web security on and never runs insecure content', () => {
    expect(options.webPreferences?.webSecurity).toBe(true);
    expect(options.webPreferences?.allowRunningInsecureContent).toBe(false);
  });

  it('turns on no experimental web platform features and no extra Blink features (checklist 9, 10)', () => {
    expect(options.webPreferences?.experimentalFeatures).toBe(false);
    expect(options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
  });

  it('loads only the built preload script and hides DevTools in release builds', () => {
    expect(options.webPreferences?.preload).toBe('/app/out/preload/index.cjs');
    expect(options.webPreferences?.devTools).toBe(false);
  });

  it('opens at the restored bounds when there are some, else centred at the default size', () => {
    const restored = createWindowOptions({
      preloadPath: 'p',
      bounds: { x: 10, y: 20, width: 1200, height: 800 },
      devTools: true,
    });
    expect(restored).toMatchObject({ x: 10, y: 20, width: 1200, height: 800 });
    expect(restored.center).toBeUndefined();
    expect(options).toMatchObject({ width: 1400, height: 900, center: true });
  });
});

describe('content security policy', () => {
  const directives = parseCsp(CONTENT_SECURITY_POLICY);

  it('allows scripts only from the app itself: no eval, no inline script, no remote host', () => {
    expect(directives.get('script-src')).toBe("'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(directives.get('default-src')).toBe("'self'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('frame-ancestors')).toBe("'none'");
  });

  it('matches the meta tag in renderer/index.html directive by directive', () => {
    const html = readFileSync(new URL('../../../renderer/index.html', import.meta.url), 'utf8');
    // The <meta> tag whose http-equiv is the CSP, attributes in any order.
    const tag = /<meta\b[^>]*http-equiv="Content-Security-Policy"[^>]*>/i.exec(html)?.[0] ?? '';
    const meta = /\bcontent="([^"]+)"/.exec(tag)?.[1];
    expect(meta, 'renderer/index.html has a CSP meta tag').toBeDefined();
    expect(diffCsp(meta ?? '')).toEqual([]);
  });

  it('reports a directive that differs between meta and header', () => {
    expect(
      diffCsp("default-src 'self'; script-src 'self' 'unsafe-eval'", "default-src 'self'; script-src 'self'"),
    ).toEqual([`script-src: meta "'self' 'unsafe-eval'", header "'self'"`]);
  });
});

describe('navigation and new windows', () => {
  it('stays on the app origin', () => {
    expect(isNavigationAllowed(APP_ENTRY_URL)).toBe(true);
    expect(isNavigationAllowed('app://scoda/index.html#/compare')).toBe(true);
    expect(isNavigationAllowed('https://example.com/')).toBe(false);
    expect(isNavigationAllowed('file:///etc/passwd')).toBe(false);
    expect(isNavigationAllowed('app://evil/index.html')).toBe(false);
    expect(isNavigationAllowed('not a url')).toBe(false);
  });

  it('hands only https links to the system browser', () => {
    expect(externalUrlFor('https://www.qdport.com/')).toBe('https://www.qdport.com/');
    expect(externalUrlFor('http://example.com/')).toBeNull();
    expect(externalUrlFor('file:///C:/Windows/system32/calc.exe')).toBeNull();
    expect(externalUrlFor('javascript:alert(1)')).toBeNull();
    expect(externalUrlFor('ms-settings:privacy')).toBeNull();
    expect(externalUrlFor('https://user:pass@example.com/')).toBeNull();
  });
});

describe('permissions', () => {
  it('denies camera, microphone, location and notifications even to the app', () => {
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'midi',
      'clipboard-read',
      'openExternal',
    ]) {
      expect(isPermissionGranted(permission, APP_ENTRY_URL), permission).toBe(false);
    }
  });

  it('grants full screen (presentation mode) to the app only', () => {
    expect(isPermissionGranted('fullscreen', APP_ENTRY_URL)).toBe(true);
    expect(isPermissionGranted('fullscreen', 'https://example.com/')).toBe(false);
    expect(isPermissionGranted('fullscreen', undefined)).toBe(false);
  });
});

describe('IPC sender check', () => {
  it("trusts the app's own top frame", () => {
    expect(senderRefusal({ url: APP_ENTRY_URL, parent: null })).toBeNull();
  });

  it('refuses a foreign origin, a sub-frame and a vanished frame, saying which', () => {
    expect(senderRefusal({ url: 'https://evil.example/', parent: null })).toMatch(/not the app's own page/);
    expect(senderRefusal({ url: 'file:///home/user/x.html', parent: null })).toMatch(
      /not the app's own page/,
    );
    expect(senderRefusal({ url: APP_ENTRY_URL, parent: {} })).toMatch(/sub-frame/);
    expect(senderRefusal(null)).toMatch(/gone/);
  });

  it('recognises the app origin exactly', () => {
    expect(isAppUrl('app://scoda/')).toBe(true);
    expect(isAppUrl('app://scoda.evil/')).toBe(false);
    expect(isAppUrl('app-x://scoda/')).toBe(false);
  });
});

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../security/contentSecurityPolicy.ts';
import { useTempFolder } from '../testing/tempFolder.ts';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler, resolveAppPath } from './appProtocol.ts';

describe('app:// protocol', () => {
  const tempFolder = useTempFolder();

  async function builtApp(): Promise<string> {
    const root = await tempFolder();
    await mkdir(join(root, 'web', 'assets'), { recursive: true });
    await writeFile(join(root, 'web', 'index.html'), '<!doctype html><title>SCODA</title>');
    await writeFile(join(root, 'web', 'assets', 'main.js'), 'console.log(1)');
    await writeFile(join(root, 'secret.txt'), 'outside the web root');
    return join(root, 'web');
  }

  it('is registered as a standard, secure scheme so pages get a real origin', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({
      scheme: 'app',
      privileges: { standard: true, secure: true },
    });
    expect(APP_SCHEME_PRIVILEGES.privileges?.bypassCSP).not.toBe(true);
  });

  it('serves the built page with its MIME type and the CSP header', async () => {
    const handler = createAppProtocolHandler(await builtApp());
    const page = await handler(new Request('app://scoda/'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('<title>SCODA</title>');
    const script = await handler(new Request('app://scoda/assets/main.js?v=1'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('refuses paths that climb out of the web root, encoded or not', async () => {
    const root = await builtApp();
    const handler = createAppProtocolHandler(root);
    for (const url of [
      'app://scoda/%2e%2e/secret.txt',
      'app://scoda/..%2fsecret.txt',
      'app://scoda/assets/..%2f..%2fsecret.txt',
      'app://scoda/..%5csecret.txt',
      'app://scoda/%2Fetc%2Fpasswd',
      'app://scoda/index.html%00.png',
    ]) {
      const response = await handler(new Request(url));
      expect(response.status, url).not.toBe(200);
      expect(await response.text(), url).not.toContain('outside the web root');
    }
    // A literal or %2e-encoded ../ segment is folded by URL parsing and stays inside the root;
    // an encoded slash is decoded after parsing, so it is the resolver that must refuse it.
    expect(resolveAppPath(root, 'app://scoda/../secret.txt')).toBe(join(root, 'secret.txt'));
    expect(resolveAppPath(root, 'app://scoda/..%2fsecret.txt')).toBeNull();
  });

  it('answers only for its own host and 404s for missing files', async () => {
    const handler = createAppProtocolHandler(await builtApp());
    expect((await handler(new Request('app://other/index.html'))).status).toBe(403);
    expect((await handler(new Request('app://scoda/missing.js'))).status).toBe(404);
    expect((await handler(new Request('app://scoda/assets'))).status).toBe(404);
    expect((await handler(new Request('app://scoda/index.html', { method: 'POST', body: 'x' }))).status).toBe(
      405,
    );
  });
});

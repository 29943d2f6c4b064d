/**
 * The web test bridge answers only its own pages on the loopback interface (this run's token, its exact Host, no
 * foreign Origin), checks every call against the contract, and stands in for the preload faithfully (bytes as base64,
 * errors with their code). No browser needed: a stand-in renderer folder keeps this test independent of the vite
 * build.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBridge } from '../../dev/serve-web';
import type { Bridge } from '../../dev/serve-web';

let bridge: Bridge;
let rendererDir: string;

/**
 * A raw request, so the Host and Origin headers can be forged as another site would. A path is relative to the
 * bridge's page (inside this run's token) unless it starts with a slash.
 */
function raw(
  method: string,
  pathname: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; text: string }> {
  const url = new URL(pathname, bridge.url);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path: url.pathname + url.search, method, headers },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const call = (method: string, args: unknown[], headers: Record<string, string> = {}) =>
  raw('POST', `api/${method}`, { 'content-type': 'application/json', ...headers }, JSON.stringify({ args }));

const hostOf = () => new URL(bridge.url).host;

beforeAll(async () => {
  rendererDir = mkdtempSync(path.join(os.tmpdir(), 'bridge-renderer-'));
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><html><head></head><body>app</body></html>');
  mkdirSync(path.join(rendererDir, 'assets'));
  writeFileSync(path.join(rendererDir, 'assets', 'a.js'), 'console.log(1)');
  bridge = await startBridge({ port: 0, rendererDir });
});
afterAll(async () => {
  await bridge?.close();
  rmSync(rendererDir, { recursive: true, force: true });
});

describe('web test bridge', () => {
  it('listens on 127.0.0.1 under a random token and serves the page with the strict CSP and the preload stand-in', async () => {
    expect(bridge.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/[0-9a-f]{32}\/$/);
    const page = await raw('GET', '');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe("default-src 'self'");
    // Relative, so the page's own URL (with the token) is where it calls.
    expect(page.text).toContain('<script src="./__bridge.js"></script>');
    const client = await raw('GET', '__bridge.js');
    expect(client.text).toContain("Object.defineProperty(window, 'reportStudio'");
    expect(client.text).toContain("fetch('./api/' + method");
    expect((await raw('GET', 'assets/a.js')).text).toBe('console.log(1)');
  });

  it('refuses every request without this run’s token: page, assets, script, API and test endpoints', async () => {
    const other = '0'.repeat(32);
    for (const pathname of [
      '/',
      '/index.html',
      '/assets/a.js',
      '/__bridge.js',
      `/${other}/`,
      `/${other}/assets/a.js`,
    ]) {
      expect((await raw('GET', pathname)).status, pathname).toBe(403);
    }
    const secret = path.join(rendererDir, 'assets', 'a.js');
    for (const base of ['/', `/${other}/`]) {
      expect((await raw('POST', `${base}__test/import-file`, {}, JSON.stringify({ path: secret }))).status).toBe(403);
      const listed = await raw('POST', `${base}api/listDrafts`, {}, JSON.stringify({ args: [] }));
      expect(listed.status).toBe(403);
      expect(JSON.parse(listed.text)).toMatchObject({ code: 'forbidden' });
    }
    // The refused import-file set nothing: the import dialog stands for "cancelled".
    expect(JSON.parse((await call('importReport', [])).text)).toEqual({ value: null });
  });

  it('refuses a Host other than 127.0.0.1:<port> (DNS rebinding, other names, other ports)', async () => {
    const port = new URL(bridge.url).port;
    for (const host of ['evil.example:80', `localhost:${port}`, '127.0.0.1:1', '127.0.0.1']) {
      expect((await raw('GET', '', { host })).status, host).toBe(403);
      expect((await call('listDrafts', [], { host })).status, host).toBe(403);
    }
  });

  it('refuses a foreign Origin on every request and answers its own', async () => {
    for (const origin of ['http://evil.example', `http://localhost:${new URL(bridge.url).port}`, 'null']) {
      expect((await raw('GET', '', { origin })).status, origin).toBe(403);
      const cross = await call('listDrafts', [], { origin });
      expect(cross.status, origin).toBe(403);
      expect(JSON.parse(cross.text)).toMatchObject({ code: 'forbidden' });
    }
    expect((await call('listDrafts', [], { origin: `http://${hostOf()}` })).status).toBe(200);
    expect((await call('listDrafts', [])).status).toBe(200);
  });

  it('does not serve files outside the renderer folder', async () => {
    // An encoded slash survives URL normalisation and is decoded only when the file path is built.
    const res = await raw('GET', '..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd');
    expect(res.status).toBe(403);
    expect(res.text).not.toContain('root:');
  });

  it('checks arguments with the contract and answers in Chinese with the error code', async () => {
    const bad = await call('createDraft', [{ year: 1800 }]);
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.text)).toMatchObject({
      code: 'invalid-arguments',
      message: expect.stringContaining('参数无效'),
    });
    const unknown = await call('formatDisk', []);
    expect(unknown.status).toBe(404);
    expect((await call('toString', [])).status).toBe(404);
    expect((await call('__proto__', [])).status).toBe(404);
    const missing = await call('openDraft', ['no-such-draft']);
    expect(JSON.parse(missing.text).code).toBe('not-found');
  });

  it('returns bytes base64-encoded (the preview renders exactly what export writes)', async () => {
    const created = JSON.parse((await call('createDraft', [{ year: 2021 }])).text) as { value: unknown };
    const bytes = JSON.parse((await call('renderDocx', [created.value])).text) as { bytes: string };
    expect(Buffer.from(bytes.bytes, 'base64').subarray(0, 2).toString()).toBe('PK');
  });

  it('re-reads index.html, so a rebuild needs only a reload', async () => {
    writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><html><head></head><body>v2</body></html>');
    expect((await raw('GET', '')).text).toContain('v2');
  });
});

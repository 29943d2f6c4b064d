import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler, resolveAppPath } from '../../../electron/protocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/security';

let work: string;
let root: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'app-protocol-'));
  root = path.join(work, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>年报</title>');
  await writeFile(path.join(root, 'assets', 'main.js'), 'console.log(1)');
  await writeFile(path.join(work, 'secret.txt'), 'outside the renderer folder');
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('app:// protocol', () => {
  it('maps app://report-studio/ paths into the renderer folder', () => {
    expect(resolveAppPath(root, 'app://report-studio/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://report-studio/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://report-studio/assets/main.js?v=1#x')).toBe(path.join(root, 'assets', 'main.js'));
  });

  it.each([
    'app://report-studio/..%2fsecret.txt',
    'app://report-studio/assets/..%2f..%2fsecret.txt',
    'app://report-studio/..%5csecret.txt',
    'app://report-studio/%5c..%5csecret.txt',
    'app://report-studio/index.html%00.js',
    'app://report-studio/%E0%A4%A',
    'app://other-host/index.html',
    'file:///etc/passwd',
    'https://report-studio/index.html',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });

  it.each(['app://report-studio/../../secret.txt', 'app://report-studio/%2e%2e/secret.txt'])(
    'keeps the URL-level dot segments of %s inside the folder (the URL parser resolves them first)',
    (url) => {
      expect(resolveAppPath(root, url)).toBe(path.join(root, 'secret.txt'));
    },
  );

  it('serves files with their type and the CSP header', async () => {
    const handler = createAppProtocolHandler(root);
    const res = await handler(new Request('app://report-studio/index.html'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toContain('年报');
    const js = await handler(new Request('app://report-studio/assets/main.js'));
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it('answers 403 to traversal, 404 to a missing file and 405 to anything but GET', async () => {
    const handler = createAppProtocolHandler(root);
    const traversal = await handler(new Request('app://report-studio/..%2fsecret.txt'));
    expect(traversal.status).toBe(403);
    expect(await traversal.text()).not.toContain('outside');
    expect((await handler(new Request('app://report-studio/nope.js'))).status).toBe(404);
    expect((await handler(new Request('app://report-studio/index.html', { method: 'POST', body: 'x' }))).status).toBe(
      405,
    );
  });
});

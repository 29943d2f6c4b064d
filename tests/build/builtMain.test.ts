/**
 * What `npm start` runs: the BUILT dist/electron/main.cjs (the file package.json's "main" names), loaded by Node's own
 * CommonJS loader as Electron would load it — with `require('electron')` answered by the fake — from a scratch project
 * built by vite exactly as `npm run build` does. Catches what the source-level glue tests cannot: ESM/CJS mistakes in
 * the bundle, a preload path or renderer folder that does not exist where main looks, a protocol handler that does not
 * serve the built page.
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { API_METHODS, channelOf } from '../../shared/api/contract';
import * as fake from '../electron/glue/fakeElectron';
import { buildApp, repo } from './buildApp';
import type { BuiltApp } from './buildApp';

type Load = (request: string, parent: unknown, isMain: boolean) => unknown;
const loader = Module as unknown as { _load: Load };
const originalLoad = loader._load;
const require = createRequire(import.meta.url);

let work: string;
let built: BuiltApp;
let appHandler: (request: Request) => Promise<Response>;
const { app, BrowserWindow, calls, contextBridge, ipcMain, protocol } = fake;
const trustedSender = { senderFrame: { url: 'app://report-studio/index.html', parent: null } };

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'built-main-'));
  built = await buildApp(path.join(work, 'project'));
  app.userData = path.join(work, 'userData');
  app.getAppPath.mockReturnValue(built.project);
  loader._load = function (this: unknown, request, parent, isMain) {
    return request === 'electron' ? fake : originalLoad.call(this, request, parent, isMain);
  };
  require(path.join(built.project, built.main));
  app.fireReady();
  await vi.waitFor(() => expect(BrowserWindow.instances[0]?.loadURL).toHaveBeenCalled());
  appHandler = protocol.handle.mock.calls[0]![1] as unknown as typeof appHandler;
}, 120_000);

afterAll(async () => {
  loader._load = originalLoad;
  await rm(work, { recursive: true, force: true });
});

describe('the built main process (dist/electron/main.cjs) under a mocked electron', () => {
  it('is the file package.json names as "main", a CommonJS bundle that loads despite "type": "module"', () => {
    expect(built.main).toBe('dist/electron/main.cjs');
    expect(existsSync(path.join(built.project, built.main))).toBe(true);
    expect(BrowserWindow.instances).toHaveLength(1);
  });

  it('registers app:// as privileged before ready and handles it after', () => {
    expect(calls.indexOf('registerSchemesAsPrivileged')).toBeGreaterThanOrEqual(0);
    expect(calls.indexOf('registerSchemesAsPrivileged')).toBeLessThan(calls.indexOf('ready'));
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('creates the window with the secure webPreferences and a preload path that exists on disk', () => {
    const win = BrowserWindow.instances[0]!;
    const prefs = win.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(prefs.preload).toBe(path.join(built.project, 'dist', 'electron', 'preload.cjs'));
    expect(existsSync(prefs.preload as string)).toBe(true);
    expect(win.loadURL).toHaveBeenCalledWith('app://report-studio/index.html');
  });

  it('serves the built renderer page over app:// with the CSP header', async () => {
    const response = await appHandler(new Request('app://report-studio/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(response.headers.get('Content-Security-Policy')).toMatch(/(^|; )default-src 'self'(;|$)/);
    expect(await response.text()).toBe(
      await readFile(path.join(built.project, 'dist', 'renderer', 'index.html'), 'utf8'),
    );
  });

  it('serves every script and stylesheet the built page links, with a type the browser accepts as a module', async () => {
    const html = await readFile(path.join(built.project, 'dist', 'renderer', 'index.html'), 'utf8');
    const links = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
    expect(links.some((l) => l.endsWith('.js'))).toBe(true);
    for (const link of links) {
      const url = new URL(link, 'app://report-studio/index.html').href;
      const response = await appHandler(new Request(url));
      expect(response.status, url).toBe(200);
      expect(response.headers.get('Content-Type'), url).toMatch(
        link.endsWith('.js') ? /^text\/javascript/ : /^text\/css/,
      );
    }
  });

  it('serves nothing outside the renderer folder (package.json, the main bundle)', async () => {
    for (const url of [
      'app://report-studio/../package.json',
      'app://report-studio/%2e%2e/electron/main.cjs',
      'app://report-studio/..%2Felectron%2Fmain.cjs',
      'app://report-studio/..%5Celectron%5Cmain.cjs',
    ]) {
      expect((await appHandler(new Request(url))).status, url).not.toBe(200);
    }
  });

  it('registers one IPC handler per contract method, and they work end to end in the bundle', async () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual(API_METHODS.map(channelOf).sort());
    const created = (await ipcMain.handlers.get(channelOf('createDraft'))!(trustedSender, { year: 2024 })) as {
      ok: boolean;
    };
    expect(created.ok).toBe(true);
    const listed = (await ipcMain.handlers.get(channelOf('listDrafts'))!(trustedSender)) as {
      ok: boolean;
      value: unknown[];
    };
    expect(listed).toMatchObject({ ok: true });
    expect(listed.value).toHaveLength(1);
    expect(existsSync(path.join(app.userData, 'data', 'drafts'))).toBe(true);
  });
});

describe('the built import worker (dist/electron/importWorker.cjs)', () => {
  it('imports a report through the bundled worker, with no TypeScript loader in sight', async () => {
    const { dialog } = fake;
    dialog.showOpenDialog.mockResolvedValueOnce({
      canceled: false,
      filePaths: [path.join(repo, 'tests', 'fixtures', 'reference', 'reports', '2020-quanzhou-statistics-bureau.txt')],
    });
    const imported = (await ipcMain.handlers.get(channelOf('importReport'))!(trustedSender)) as {
      ok: boolean;
      value: { draft: { year: number } };
    };
    expect(imported).toMatchObject({ ok: true, value: { draft: { year: 2020 } } });
    expect(existsSync(path.join(built.project, 'dist', 'electron', 'importWorker.cjs'))).toBe(true);
  });
});

describe('the built 批量检查 worker (dist/electron/batchWorker.cjs)', () => {
  it('checks a folder of reports on the bundled worker threads, every file read', async () => {
    const folder = path.join(work, 'batch');
    await mkdir(folder);
    for (const name of ['2023-hongze-district.txt', '2024-hongze-district.txt']) {
      await copyFile(path.join(repo, 'tests', 'fixtures', 'reference', 'reports', name), path.join(folder, name));
    }
    fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [folder] });
    const call = (method: string, ...args: unknown[]) =>
      ipcMain.handlers.get(channelOf(method as never))!(trustedSender, ...args) as Promise<{
        ok: boolean;
        value: { jobId: string; state: string; table: { rows: { read: boolean }[] } };
      }>;
    const started = await call('startBatch');
    expect(started).toMatchObject({ ok: true });
    let status = await call('batchProgress', started.value.jobId);
    for (let i = 0; i < 600 && status.value.state === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      status = await call('batchProgress', started.value.jobId);
    }
    expect(status.value.state).toBe('done');
    expect(status.value.table.rows.map((r) => r.read)).toEqual([true, true]);
    expect(existsSync(path.join(built.project, 'dist', 'electron', 'batchWorker.cjs'))).toBe(true);
  });
});

describe('the built main process imports PDF and .doc files with the readers bundled in (no node_modules)', () => {
  for (const file of [
    path.join(repo, 'tests', 'fixtures', 'reference', 'reports', '2024-huaian-city.pdf'),
    path.join(repo, 'tests', 'fixtures', 'import', '2024-shanghai-kewei-libreoffice.doc'),
  ]) {
    it(`imports ${path.basename(file)} through the importReport handler`, async () => {
      fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] });
      const result = (await ipcMain.handlers.get(channelOf('importReport'))!(trustedSender)) as {
        ok: boolean;
        value: { coverage: { missingCount: number; foundCount: number } };
      };
      expect(result).toMatchObject({ ok: true });
      expect(result.value.coverage.missingCount).toBe(0);
      expect(result.value.coverage.foundCount).toBeGreaterThan(0);
    });
  }
});

describe('the built preload (dist/electron/preload.cjs) as a sandboxed renderer runs it', () => {
  it('needs nothing but electron and exposes exactly the contract’s methods as window.reportStudio', async () => {
    const source = await readFile(path.join(built.project, 'dist', 'electron', 'preload.cjs'), 'utf8');
    // The wrapper Electron's sandboxed renderer puts around a preload (lib/sandboxed_renderer/init.ts): a require that
    // knows only a few modules, and no file system to load anything else from.
    const wrapped = vm.runInThisContext(
      `(function(require, process, Buffer, global, setImmediate, clearImmediate, exports, module) {\n${source}\n})`,
    ) as (...args: unknown[]) => void;
    const required: string[] = [];
    const sandboxRequire = (name: string) => {
      required.push(name);
      if (name === 'electron') return fake;
      throw new Error(`module not found: ${name}`);
    };
    const exports = {};
    wrapped(sandboxRequire, process, Buffer, globalThis, setImmediate, clearImmediate, exports, { exports });
    expect(required).toEqual(['electron']);
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [name, api] = contextBridge.exposeInMainWorld.mock.calls[0] as unknown as [string, object];
    expect(name).toBe('reportStudio');
    expect(Object.keys(api).sort()).toEqual([...API_METHODS].sort());
  });
});

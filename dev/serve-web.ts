/**
 * The web test bridge (development only, never shipped): serves the built renderer (`dist/renderer`) to a plain
 * browser on 127.0.0.1 and implements the preload's `window.reportStudio` over the real backend. Each API method is a
 * POST to `api/<method>` with `{ "args": [...] }`, dispatched exactly as `ipc.ts` does (electron/dispatch.ts);
 * Uint8Array results travel base64-encoded. Dialogs are non-interactive: exports go to EXPORT_DIR (or a temp folder),
 * imports read the file set through the test-only endpoint `POST __test/import-file`, 批量检查 the folder set through
 * `POST __test/batch-folder`.
 *
 * Everything lives under a random per-run token, `http://127.0.0.1:<port>/<token>/`: the page, its assets, the API
 * and the test endpoints. The page's URLs are relative, so the page carries the token without knowing it; a request
 * without it, with another Host than 127.0.0.1:<port> or with a foreign Origin gets 403. Any other process on the
 * machine could otherwise read any file the user can (import-file + importReport) or drive the drafts.
 *
 *   npm run build:renderer && npm run serve:web        # PORT (default 5174), DATA_DIR, EXPORT_DIR; prints the URL
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { API_METHODS } from '../shared/api/contract';
import type { ReportStudioApi } from '../shared/api/contract';
import type { ApiErrorCode } from '../shared/api/errors';
import { ApiError, toApiErrorShape } from '../shared/api/errors';
import { createService } from '../electron/backend/service';
import type { Dialogs } from '../electron/backend/service';
import { dispatchCall } from '../electron/dispatch';

const here = path.dirname(fileURLToPath(import.meta.url));
export const RENDERER_DIR = path.resolve(here, '..', 'dist', 'renderer');

/** The page runs under the same policy as in the app: nothing but its own origin. */
const CSP = "default-src 'self'";

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/** The script that stands in for the preload: one forwarding function per contract method. */
export function bridgeClientScript(): string {
  return `// Web test bridge: window.reportStudio forwards each call to the bridge over HTTP (not shipped).
(() => {
  const decode = (b64) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  const encode = (bytes) => {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  };
  // Bytes (a dropped file) travel as { $bytes: base64 }, as IPC would carry the Uint8Array itself.
  const wire = (arg) => (arg instanceof Uint8Array ? { $bytes: encode(arg) } : arg);
  const call = async (method, args) => {
    const res = await fetch('./api/' + method, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ args: args.map(wire) }),
    });
    const body = await res.json();
    if (!res.ok) {
      const err = new Error(body.message);
      err.code = body.code;
      throw err;
    }
    if ('bytes' in body) return decode(body.bytes);
    return 'value' in body ? body.value : undefined;
  };
  const api = {};
  for (const method of ${JSON.stringify(API_METHODS)}) api[method] = (...args) => call(method, args);
  Object.defineProperty(window, 'reportStudio', { value: Object.freeze(api), enumerable: true });
})();
`;
}

export interface BridgeOptions {
  readonly port?: number;
  readonly dataDir?: string;
  readonly exportDir?: string;
  readonly rendererDir?: string;
}

export interface Bridge {
  /** The page, `http://127.0.0.1:<port>/<token>/`: every other URL of the bridge is relative to it. */
  readonly url: string;
  readonly dataDir: string;
  readonly exportDir: string;
  /** Files the app asked to show in their folder (for tests). */
  readonly shownInFolder: readonly string[];
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage, limit = 64 * 1024 * 1024): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new ApiError('invalid-arguments', '请求过大');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** `{ $bytes: base64 }` from the client script back into the Uint8Array the page passed. */
function unwire(arg: unknown): unknown {
  if (typeof arg !== 'object' || arg === null || Object.keys(arg).join() !== '$bytes') return arg;
  const b64 = (arg as { $bytes: unknown }).$bytes;
  return typeof b64 === 'string' ? new Uint8Array(Buffer.from(b64, 'base64')) : arg;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

const STATUS: Readonly<Record<ApiErrorCode, number>> = {
  'invalid-arguments': 400,
  forbidden: 403,
  'not-found': 404,
  'read-only': 409,
  conflict: 409,
  io: 500,
  internal: 500,
};

export async function startBridge(options: BridgeOptions = {}): Promise<Bridge> {
  const rendererDir = options.rendererDir ?? RENDERER_DIR;
  const indexFile = path.join(rendererDir, 'index.html');
  try {
    statSync(indexFile);
  } catch {
    throw new Error(`找不到 ${indexFile}：请先运行 npm run build:renderer`);
  }
  const ownData = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'report-studio-web-'));
  const ownExports = options.exportDir === undefined;
  const exportDir = options.exportDir ?? mkdtempSync(path.join(os.tmpdir(), 'report-studio-exports-'));
  const shownInFolder: string[] = [];
  let importFile: string | null = null;
  let batchFolder: string | null = null;
  let failSaves = false;

  const dialogs: Dialogs = {
    chooseImportFile: async () => {
      const file = importFile;
      importFile = null;
      return file;
    },
    chooseBatchFolder: async () => {
      const folder = batchFolder;
      batchFolder = null;
      return folder;
    },
    chooseExportTarget: async (defaultFileName) => path.join(exportDir, defaultFileName),
    showInFolder: (file) => {
      shownInFolder.push(file);
    },
  };
  const service = createService({ dataDir, dialogs });

  // The bridge's pages, API and test endpoints all live under this path; see the header comment.
  const token = randomBytes(16).toString('hex');
  const base = `/${token}/`;
  const clientScript = bridgeClientScript();
  // Read on every request, so a `npm run build:renderer` while the bridge runs is picked up by a reload.
  const indexHtml = () =>
    readFileSync(indexFile, 'utf8').replace('<head>', '<head>\n    <script src="./__bridge.js"></script>');

  // The service, with the test switch that makes saves fail.
  const api: ReportStudioApi = {
    ...service,
    saveDraft: (draft) =>
      failSaves
        ? Promise.reject(new ApiError('io', '无法写入草稿文件（测试：模拟磁盘故障）'))
        : service.saveDraft(draft),
  };

  const handleApi = async (method: string, req: IncomingMessage, res: ServerResponse) => {
    let args: unknown;
    try {
      args = (JSON.parse(await readBody(req)) as { args?: unknown }).args;
    } catch {
      send(res, 400, { code: 'invalid-arguments', message: '请求不是有效的 JSON' });
      return;
    }
    const answer = await dispatchCall(api, method, Array.isArray(args) ? args.map(unwire) : args);
    if (!answer.ok) send(res, STATUS[answer.error.code], answer.error);
    else if (answer.value instanceof Uint8Array)
      send(res, 200, { bytes: Buffer.from(answer.value).toString('base64') });
    else send(res, 200, answer.value === undefined ? {} : { value: answer.value });
  };

  const handleTest = async (what: string, req: IncomingMessage, res: ServerResponse) => {
    const body = JSON.parse((await readBody(req)) || '{}') as { path?: string; on?: boolean };
    if (what === 'import-file') importFile = typeof body.path === 'string' ? body.path : null;
    else if (what === 'batch-folder') batchFolder = typeof body.path === 'string' ? body.path : null;
    else if (what === 'fail-saves') failSaves = body.on === true;
    else if (what === 'state') {
      send(res, 200, { dataDir, exportDir, shownInFolder });
      return;
    } else {
      send(res, 404, { message: 'unknown test endpoint' });
      return;
    }
    send(res, 200, {});
  };

  let host = '';
  const server = createServer((req, res) => {
    void (async () => {
      // Only this bridge's own pages may call it: the exact Host (no DNS rebinding, no other name), no foreign
      // Origin (another site open in the same browser), and the token (any other local process).
      const origin = req.headers.origin;
      if (req.headers.host !== host || (origin !== undefined && origin !== `http://${host}`)) {
        send(res, 403, { code: 'forbidden', message: '拒绝来自其他来源的请求' });
        return;
      }
      const url = new URL(req.url ?? '/', `http://${host}`);
      if (url.pathname === '/favicon.ico') {
        // The browser asks for it at the root; the app has none (Electron shows its own icon). Nothing to leak.
        res.writeHead(204, { 'cache-control': 'no-store' }).end();
        return;
      }
      if (!url.pathname.startsWith(base)) {
        send(res, 403, { code: 'forbidden', message: '缺少本次运行的访问令牌：请打开 serve:web 打印的地址' });
        return;
      }
      const local = url.pathname.slice(base.length);
      if (req.method === 'POST') {
        if (local.startsWith('api/')) return handleApi(local.slice(4), req, res);
        if (local.startsWith('__test/')) return handleTest(local.slice(7), req, res);
        send(res, 404, {});
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405).end();
        return;
      }
      const headers = {
        'content-security-policy': CSP,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      };
      if (local === '__bridge.js') {
        res.writeHead(200, { ...headers, 'content-type': MIME['.js']! }).end(clientScript);
        return;
      }
      if (local === '' || local === 'index.html') {
        res.writeHead(200, { ...headers, 'content-type': MIME['.html']! }).end(indexHtml());
        return;
      }
      const file = path.resolve(rendererDir, './' + decodeURIComponent(local));
      if (!file.startsWith(rendererDir + path.sep)) {
        res.writeHead(403).end();
        return;
      }
      try {
        const bytes = readFileSync(file);
        const type = MIME[path.extname(file)] ?? 'application/octet-stream';
        res.writeHead(200, { ...headers, 'content-type': type }).end(bytes);
      } catch {
        res.writeHead(404, headers).end();
      }
    })().catch((err: unknown) => {
      if (!res.headersSent) send(res, 500, toApiErrorShape(err));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 5174, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  host = `127.0.0.1:${port}`;

  return {
    url: `http://${host}${base}`,
    dataDir,
    exportDir,
    shownInFolder,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await service.flush();
      if (ownData) rmSync(dataDir, { recursive: true, force: true });
      if (ownExports) rmSync(exportDir, { recursive: true, force: true });
    },
  };
}

const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const port = process.env.PORT ? Number(process.env.PORT) : 5174;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT=${process.env.PORT} 不是有效的端口号`);
    process.exit(1);
  }
  const bridge = await startBridge({
    port,
    dataDir: process.env.DATA_DIR || undefined,
    exportDir: process.env.EXPORT_DIR || undefined,
  }).catch((err: unknown) => {
    // A port in use or a missing build: one clear line, not a stack trace.
    const code = (err as { code?: string }).code;
    const message = err instanceof Error ? err.message : String(err);
    console.error(
      code === 'EADDRINUSE' ? `端口 ${port} 已被占用：换一个，如 PORT=${port + 1} npm run serve:web` : message,
    );
    process.exit(1);
  });
  console.log(`web test bridge: ${bridge.url}  (drafts in ${bridge.dataDir}, exports to ${bridge.exportDir})`);
  const stop = () => void bridge.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

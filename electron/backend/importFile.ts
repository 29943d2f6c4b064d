/**
 * Importing a published report from disk: only a regular file of at most 20 MB is read (`readRegularFile`), and the
 * importer runs in a worker thread with a time budget and a way to cancel it, so a slow or hostile file can never
 * freeze the window. Nothing the file contains can make this throw — it comes back as `{ ok: false, reason }`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { MAX_IMPORT_BYTES } from '../../shared/import';
import type { ImportOutcome } from '../../shared/import';
import type { ImportJob } from './importJob';
import { readRegularFile } from './regularFile';
import type { RegularFileRead } from './regularFile';

/** Ten times what the largest accepted input takes; a report takes a fraction of a second. */
export const IMPORT_BUDGET_MS = 10_000;
/** Heap of the worker: the importer's limits keep it far below; beyond it the worker stops with a message. */
const WORKER_HEAP_MB = 512;

export interface ReadReportOptions {
  readonly id: string;
  readonly now: string;
  /** Aborting stops the import at once; the outcome is then `{ ok: false, reason: '已取消导入' }`. */
  readonly signal?: AbortSignal;
  readonly budgetMs?: number;
}

export const CANCELLED = '已取消导入';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * The built app runs the worker bundle beside main.cjs (vite.electron.config.ts, mode `worker`), loaded as code so it
 * works from inside app.asar; the CLI bundle runs importWorker.mjs beside cli.mjs; from sources (tsx, vitest) the
 * TypeScript entry runs through tsx.
 */
function startWorker(job: ImportJob): Worker {
  const options = { workerData: job, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } };
  const built = path.join(here, 'importWorker.cjs');
  if (existsSync(built)) return new Worker(readFileSync(built, 'utf8'), { ...options, eval: true });
  // The CLI bundle (dev/cliBundle.mjs) has its ES-module worker beside it.
  const cliBundled = path.join(here, 'importWorker.mjs');
  if (existsSync(cliBundled)) return new Worker(pathToFileURL(cliBundled), options);
  // `--import tsx` in execArgv does not reach a worker in Node 20: the worker registers tsx itself, then loads the entry.
  const tsxPackage = path.dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const tsx = pathToFileURL(path.join(tsxPackage, 'dist', 'esm', 'api', 'index.mjs')).href;
  const entry = pathToFileURL(path.join(here, 'importWorker.ts')).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then((t) => { t.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}

const bug = (message: string): ImportOutcome => ({
  ok: false,
  reason: `导入程序出错，未能导入该文件（请将文件和此信息提供给技术支持）：${message}`,
});

/** Runs the importer in a worker thread; resolves (never rejects) when it is done, out of time or cancelled. */
export function importInWorker(
  job: ImportJob,
  signal?: AbortSignal,
  budgetMs = IMPORT_BUDGET_MS,
): Promise<ImportOutcome> {
  if (signal?.aborted) return Promise.resolve({ ok: false, reason: CANCELLED });
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = startWorker(job);
    } catch (err) {
      resolve(bug((err as Error).message));
      return;
    }
    let settled = false;
    const finish = (outcome: ImportOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      resolve(outcome);
    };
    const onAbort = () => finish({ ok: false, reason: CANCELLED });
    const timer = setTimeout(
      () =>
        finish({
          ok: false,
          reason: `导入超过 ${budgetMs / 1000} 秒仍未完成，已停止。该文件可能过大或已损坏；年度报告通常不到一秒即可导入`,
        }),
      budgetMs,
    );
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.once('message', (outcome: ImportOutcome) => finish(outcome));
    worker.once('error', (err: Error & { code?: string }) =>
      finish(
        err.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? { ok: false, reason: '导入该文件所需的内存超出上限，已停止；该文件不像年度报告' }
          : bug(err.message),
      ),
    );
    worker.once('exit', (code) => finish(bug(`导入线程意外退出（代码 ${code}）`)));
  });
}

const megabytes = (bytes: number) => {
  const mb = bytes / 1024 / 1024;
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
};

/** Why a chosen file was not read, in words naming the file (never its content). */
function refusal(filePath: string, read: Exclude<RegularFileRead, { ok: true }>): string {
  switch (read.reason) {
    case 'missing':
      return `找不到文件「${filePath}」`;
    case 'not-regular':
      if (read.what === '文件夹') return `「${filePath}」是文件夹，不是文件`;
      if (read.what === '符号链接') return `「${filePath}」是符号链接，不是普通文件；请直接选择它所指的文件`;
      return `「${filePath}」不是普通文件（是设备、管道或套接字），无法读取`;
    case 'too-large':
      return `文件「${path.basename(filePath)}」有 ${megabytes(read.size)}，超过 ${megabytes(MAX_IMPORT_BYTES)} 的上限，不像年度报告，已拒绝导入`;
    case 'io':
      return read.error.code === 'EACCES' || read.error.code === 'EPERM'
        ? `没有权限读取文件「${filePath}」`
        : read.error.code === 'ENOTDIR'
          ? `找不到文件「${filePath}」`
          : `无法读取文件「${filePath}」：${read.error.message}`;
  }
}

export async function readReportFile(filePath: string, options: ReadReportOptions): Promise<ImportOutcome> {
  // A symlink is refused too: the user picks the file itself, and a link may point at a device or a system file.
  const read = await readRegularFile(filePath, MAX_IMPORT_BYTES, { followSymlinks: false });
  if (!read.ok) return { ok: false, reason: refusal(filePath, read) };
  const bytes = new Uint8Array(read.bytes.buffer, read.bytes.byteOffset, read.bytes.byteLength);
  const job: ImportJob = {
    input: { fileName: path.basename(filePath), bytes },
    options: { id: options.id, now: options.now },
  };
  return importInWorker(job, options.signal, options.budgetMs);
}

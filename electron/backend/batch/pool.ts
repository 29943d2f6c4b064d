/**
 * Reads a batch's files on worker threads, one per core: importing is CPU work, and a county's 300 reports must not
 * wait on one core. Results come back in file order whatever order the workers finish in. A worker that dies takes
 * only its current file with it (that row says so); a fresh worker carries on.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ReadResult } from '../../../shared/batch';
import { readBatchFile } from './readOne';
import type { BatchFile } from './walk';
import type { WorkerJob } from './worker';

export interface PoolOptions {
  /** Worker threads; default one per core. 0 reads on the calling thread (no workers). */
  readonly threads?: number;
  /** Called after each file, in completion order. */
  readonly onResult?: (done: number, total: number, result: ReadResult) => void;
  /**
   * Aborting hands out no further file (the ones being read finish); the results are then incomplete and meant to be
   * dropped. The app's 取消 of a batch.
   */
  readonly signal?: AbortSignal;
}

/** After this many worker deaths the rest is read on the calling thread, so a broken setup still finishes. */
const MAX_WORKER_FAILURES = 3;

/**
 * From the sources (tsx, Vitest) the worker is TypeScript and needs tsx's loader registered inside the thread before
 * it is imported; from the built CLI it is the bundled worker beside the bundle.
 */
function spawnWorker(): Worker {
  const here = import.meta.url;
  if (!/\.ts$/.test(here)) {
    // The desktop app's main bundle has the worker beside it as CommonJS, loaded as code so it works inside app.asar.
    const built = path.join(path.dirname(fileURLToPath(here)), 'batchWorker.cjs');
    if (existsSync(built)) return new Worker(readFileSync(built, 'utf8'), { eval: true });
    return new Worker(new URL('./batchWorker.mjs', here));
  }
  const api = pathToFileURL(
    createRequire(here)
      .resolve('tsx/esm/api')
      .replace(/index\.cjs$/, 'index.mjs'),
  ).href;
  const entry = new URL('./worker.ts', here).href;
  const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true });
}

export function defaultThreads(): number {
  return Math.max(1, os.availableParallelism());
}

export async function readFiles(files: readonly BatchFile[], options: PoolOptions = {}): Promise<ReadResult[]> {
  const results: ReadResult[] = new Array<ReadResult>(files.length);
  const now = new Date().toISOString();
  let done = 0;
  const finish = (seq: number, result: ReadResult) => {
    results[seq] = result;
    done++;
    options.onResult?.(done, files.length, result);
  };
  const threads = Math.min(options.threads ?? defaultThreads(), files.length);
  let next = 0;
  options.signal?.addEventListener('abort', () => (next = files.length), { once: true });
  if (options.signal?.aborted) next = files.length;
  if (threads <= 0) {
    for (; next < files.length; next++) finish(next, await readBatchFile(files[next]!, now));
    return results;
  }

  let failures = 0;
  await new Promise<void>((resolve) => {
    let running = 0;
    const inline = async () => {
      while (next < files.length) {
        const seq = next++;
        finish(seq, await readBatchFile(files[seq]!, now));
      }
    };
    const settle = () => {
      if (running === 0 && next >= files.length) resolve();
    };
    const start = () => {
      running++;
      const worker = spawnWorker();
      let current = -1;
      const feed = () => {
        if (next >= files.length) {
          current = -1;
          running--;
          void worker.terminate();
          settle();
          return;
        }
        current = next++;
        const job: WorkerJob = { seq: current, file: files[current]!, now };
        worker.postMessage(job);
      };
      worker.on('message', (msg: { seq: number; result: ReadResult }) => {
        finish(msg.seq, msg.result);
        feed();
      });
      // 'error' (an exception in the thread) is always followed by 'exit'; an exit we did not ask for is a death too.
      let problem = '工作线程意外退出';
      worker.on('error', (err) => {
        problem = err.message;
      });
      worker.on('exit', () => {
        if (current < 0) return;
        failures++;
        finish(current, {
          ok: false,
          file: files[current]!.display,
          hash: null,
          reason: `处理该文件时程序出错：${problem}`,
        });
        current = -1;
        running--;
        if (next >= files.length) settle();
        else if (failures < MAX_WORKER_FAILURES) start();
        else if (running === 0) void inline().then(settle);
      });
      feed();
    };
    for (let i = 0; i < threads; i++) start();
  });
  return results;
}

/**
 * Entry of the import worker thread (bundled on its own to dist/electron/importWorker.cjs): imports the file it is
 * given and posts the outcome back. A slow or hostile file then never blocks the main process, and can be stopped.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runImport } from './importJob';
import type { ImportJob } from './importJob';

// A CommonJS bundle: no top-level await. runImport never rejects (it turns a bug into a reason).
void runImport(workerData as ImportJob).then((outcome) => parentPort!.postMessage(outcome));

/** A batch worker thread: reads the files the pool hands it, one at a time, and posts each result back. */
import { parentPort } from 'node:worker_threads';
import { readBatchFile } from './readOne';
import type { BatchFile } from './walk';

export interface WorkerJob {
  readonly seq: number;
  readonly file: BatchFile;
  readonly now: string;
}

parentPort?.on('message', (job: WorkerJob) => {
  void readBatchFile(job.file, job.now).then((result) => parentPort!.postMessage({ seq: job.seq, result }));
});

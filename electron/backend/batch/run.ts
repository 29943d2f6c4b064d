/** A whole batch: collect the files, read them on the pool, pair with last year's, check, and build the results. */
import { buildBatchReport } from '../../../shared/batch';
import type { BatchReport, ReadResult } from '../../../shared/batch';
import { readFiles } from './pool';
import type { PoolOptions } from './pool';
import { collectFiles } from './walk';
import type { BatchFile } from './walk';

export interface BatchProgress {
  readonly done: number;
  readonly total: number;
  readonly file: string;
  /** Estimated seconds left, from the pace so far; null before the first file is done. */
  readonly etaSeconds: number | null;
}

export interface RunBatchOptions {
  readonly inputs: readonly string[];
  /** Folders or files of last year's reports, for the cross-year rules. */
  readonly previous?: readonly string[];
  readonly cwd: string;
  readonly today?: Date | null;
  readonly threads?: number;
  readonly onProgress?: (p: BatchProgress) => void;
}

export interface BatchRun {
  readonly report: BatchReport;
  /** Inputs that could not be listed at all (missing folder, …). */
  readonly problems: readonly string[];
  readonly skipped: number;
}

export async function readWithProgress(
  files: readonly BatchFile[],
  options: Pick<RunBatchOptions, 'threads' | 'onProgress'> & Pick<PoolOptions, 'signal'>,
): Promise<ReadResult[]> {
  const started = performance.now();
  const pool: PoolOptions = {
    ...(options.threads === undefined ? {} : { threads: options.threads }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    onResult: (done, total, result) => {
      const elapsed = (performance.now() - started) / 1000;
      options.onProgress?.({ done, total, file: result.file, etaSeconds: ((total - done) * elapsed) / done });
    },
  };
  return readFiles(files, pool);
}

export async function runBatch(options: RunBatchOptions): Promise<BatchRun> {
  const current = await collectFiles(options.inputs, options.cwd);
  const previous = options.previous?.length
    ? await collectFiles(options.previous, options.cwd)
    : { files: [], problems: [], skipped: 0 };
  // One pass over both sets keeps every core busy to the end.
  const all = await readWithProgress([...current.files, ...previous.files], options);
  const report = buildBatchReport(all.slice(0, current.files.length), {
    previous: all.slice(current.files.length),
    today: options.today ?? null,
  });
  return {
    report,
    problems: [...current.problems, ...previous.problems.map((p) => `上年报告：${p}`)],
    skipped: current.skipped + previous.skipped,
  };
}

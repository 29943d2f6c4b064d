/**
 * The app's 批量检查: one batch at a time, run in the background on the worker pool while the screen polls its
 * progress. What it keeps is bounded: at most MAX_APP_BATCH reports, and only the latest batch (starting another
 * drops the previous one, cancelling it if it still runs).
 */
import { randomBytes } from 'node:crypto';
import { batchSheets, buildBatchReport } from '../../../shared/batch';
import type { BatchReport, ReadOk, ReadResult } from '../../../shared/batch';
import { MAX_APP_BATCH } from '../../../shared/api/batch';
import type { BatchStarted, BatchStatus, BatchTable } from '../../../shared/api/batch';
import { ApiError } from '../../../shared/api/errors';
import { readWithProgress } from './run';
import { collectFiles, TooManyFilesError } from './walk';

interface Job {
  readonly id: string;
  readonly folder: string;
  readonly controller: AbortController;
  status: BatchStatus;
  results: readonly ReadResult[];
  report: BatchReport | null;
}

export interface BatchJobsOptions {
  readonly now: () => Date;
  /** Worker threads (default one per core; 0 on the calling thread, for tests). */
  readonly threads?: number;
}

const GONE = '这次批量检查的结果已不在（可能已开始了新的检查），请重新检查';

function tableOf(folder: string, report: BatchReport, problems: readonly string[], skipped: number): BatchTable {
  const [sheet] = batchSheets(report);
  return {
    folder,
    headers: sheet!.headers,
    rows: report.rows.map((r, i) => ({
      cells: sheet!.rows[i]!,
      read: r.read,
      errors: r.errors ?? 0,
      rules: [...r.byRule.keys()],
    })),
    ruleIds: report.ruleIds,
    problems,
    skipped,
    readCount: report.readCount,
    unreadCount: report.unreadCount,
    withErrors: report.withErrors,
  };
}

export class BatchJobs {
  private job: Job | null = null;

  constructor(private readonly options: BatchJobsOptions) {}

  /** Lists the folder and starts reading it; refuses an empty folder or one with more than MAX_APP_BATCH reports. */
  async start(folder: string): Promise<BatchStarted> {
    this.drop();
    let collected;
    try {
      collected = await collectFiles([folder], folder);
    } catch (err) {
      if (err instanceof TooManyFilesError) throw new ApiError('invalid-arguments', err.message);
      throw err;
    }
    const { files, problems, skipped } = collected;
    if (files.length === 0) {
      throw new ApiError(
        'not-found',
        problems.length > 0
          ? problems.join('；')
          : `文件夹「${folder}」中没有找到报告文件（.json 草稿、.txt、.html、.docx、.pdf、.doc、.wps）`,
      );
    }
    if (files.length > MAX_APP_BATCH) {
      throw new ApiError(
        'invalid-arguments',
        `文件夹「${folder}」中有 ${files.length} 份报告，一次最多检查 ${MAX_APP_BATCH} 份；请分成几个文件夹检查`,
      );
    }
    const job: Job = {
      id: randomBytes(8).toString('hex'),
      folder,
      controller: new AbortController(),
      status: { state: 'running', done: 0, total: files.length, file: '', etaSeconds: null },
      results: [],
      report: null,
    };
    this.job = job;
    const { signal } = job.controller;
    void readWithProgress(files, {
      signal,
      ...(this.options.threads === undefined ? {} : { threads: this.options.threads }),
      onProgress: (p) => {
        if (!signal.aborted) job.status = { state: 'running', ...p };
      },
    })
      .then((results) => {
        if (signal.aborted) return;
        const report = buildBatchReport(results, { today: this.options.now() });
        job.results = results;
        job.report = report;
        job.status = { state: 'done', table: tableOf(folder, report, problems, skipped) };
      })
      .catch((err: unknown) => {
        if (!signal.aborted) job.status = { state: 'failed', message: `批量检查出错：${(err as Error).message}` };
      });
    return { jobId: job.id, folder, total: files.length };
  }

  status(id: string): BatchStatus {
    return this.get(id).status;
  }

  cancel(id: string): void {
    const job = this.job;
    if (job?.id !== id || job.status.state !== 'running') return;
    job.controller.abort();
    job.status = { state: 'cancelled' };
  }

  /** The finished batch's results. */
  report(id: string): BatchReport {
    const job = this.get(id);
    if (!job.report) throw new ApiError('invalid-arguments', '批量检查尚未完成');
    return job.report;
  }

  /** A row's report as read; refuses a row whose file could not be read, saying why. */
  reportAt(id: string, row: number): ReadOk {
    this.report(id);
    const result = this.get(id).results[row];
    if (!result) throw new ApiError('not-found', `批量检查中没有第 ${row + 1} 份报告`);
    if (!result.ok) throw new ApiError('invalid-arguments', `「${result.file}」无法读取：${result.reason}`);
    return result;
  }

  private get(id: string): Job {
    if (this.job?.id !== id) throw new ApiError('not-found', GONE);
    return this.job;
  }

  private drop(): void {
    this.job?.controller.abort();
    this.job = null;
  }
}

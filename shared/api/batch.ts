/**
 * What the 批量检查 screen gets from main: a job started on a folder, polled for its progress, and its results as
 * the 报告 sheet of the exported workbook (shared/batch batchSheets) — the screen shows the very columns the .xlsx has.
 */
import type { SheetValue } from '../batch/sheets';

/** At most this many reports in one batch of the app: a county's departments and townships, with room to spare. */
export const MAX_APP_BATCH = 300;

export interface BatchStarted {
  readonly jobId: string;
  readonly folder: string;
  readonly total: number;
}

export interface BatchTableRow {
  /** The 报告 sheet's row, column for column with `BatchTable.headers`. */
  readonly cells: readonly SheetValue[];
  readonly read: boolean;
  readonly errors: number;
  /** Rule ids with an error or warning in this report. */
  readonly rules: readonly string[];
}

export interface BatchTable {
  readonly folder: string;
  readonly headers: readonly string[];
  /** In file order; a row's position is its index for `openBatchReport` and `sumBatchReports`. */
  readonly rows: readonly BatchTableRow[];
  /** Rule ids with an error or warning anywhere; each is also a column of `headers`. */
  readonly ruleIds: readonly string[];
  /** Sub-folders that could not be listed, in words. */
  readonly problems: readonly string[];
  /** Files in the folder that are not reports by their type. */
  readonly skipped: number;
  readonly readCount: number;
  readonly unreadCount: number;
  readonly withErrors: number;
}

export type BatchStatus =
  | {
      readonly state: 'running';
      readonly done: number;
      readonly total: number;
      /** The file read last. */
      readonly file: string;
      /** Seconds left at the pace so far; null before the first file is done. */
      readonly etaSeconds: number | null;
    }
  | { readonly state: 'done'; readonly table: BatchTable }
  | { readonly state: 'cancelled' }
  | { readonly state: 'failed'; readonly message: string };

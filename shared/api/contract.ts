/**
 * The one contract between the renderer and the main process. The preload exposes exactly these methods, `ipc.ts`
 * registers one handler per method and validates its arguments with the schemas below, and the web test bridge
 * implements the same object over the real backend.
 */
import { z } from 'zod';
import { agencyProfileSchema } from '../model/draft';
import type { AgencyProfile, Draft } from '../model/draft';
import type { Completeness } from '../model/completeness';
import type { CoverageSections } from '../import/coverage';
import { IMPORT_LIMITS, megabytes } from '../import/limits';
import { FORMAT_IDS } from '../templates';
import type { FormatId } from '../templates';
import { MAX_APP_BATCH } from './batch';
import type { BatchStarted, BatchStatus } from './batch';

export type { BatchStarted, BatchStatus, BatchTable, BatchTableRow } from './batch';

const draftId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, '草稿编号无效');
const batchJobId = z.string().regex(/^[a-z0-9]{1,32}$/, '批量检查编号无效');
const batchRow = z
  .number()
  .int()
  .min(0)
  .max(MAX_APP_BATCH - 1);
const formatId = z.enum(FORMAT_IDS as [FormatId, ...FormatId[]]);
/** A file dropped on the window, read by the page: its name (for the type) and its bytes, within the import limit. */
const droppedName = z.string().min(1).max(255);
const droppedBytes = z
  .instanceof(Uint8Array, { message: '文件内容无效' })
  .refine(
    (bytes) => bytes.length <= IMPORT_LIMITS.maxFileBytes,
    `文件超过 ${megabytes(IMPORT_LIMITS.maxFileBytes)}，不像年度报告，已拒绝导入`,
  );

export interface DraftSummary {
  readonly id: string;
  readonly year: number;
  readonly agency: string;
  readonly format: FormatId;
  /** The name in the list (draft.name, else the title); never printed. */
  readonly name: string;
  /** The printed title (draftTitle). */
  readonly title: string;
  readonly updatedAt: string;
  readonly damaged: boolean;
  /** Why the file cannot be opened (damaged or from a newer app); null when fine. */
  readonly problem: string | null;
  readonly errorCount: number;
  readonly exportCount: number;
  /** 已填 x/y 格, parts without text, open warnings (shared/model draftCompleteness); null when never read. */
  readonly completeness: Completeness | null;
}

export interface OpenedDraft {
  readonly draft: Draft;
  /** Exported versions and files from a newer app version open read-only. */
  readonly readOnly: boolean;
  readonly readOnlyReason: string | null;
  /** Last year's draft, when this one links to it and it still exists: cross-year rules run against it. */
  readonly previous: Draft | null;
}

export interface ExportedVersion {
  readonly id: string;
  readonly draftId: string;
  readonly exportedAt: string;
  readonly sha256: string;
  readonly fileName: string;
}

export interface SaveResult {
  readonly savedAt: string;
  readonly errorCount: number;
}

export interface ImportResult {
  readonly draft: Draft;
  /** The importer's coverage report, structured: what needs action (doubts, missing, recovered) apart from the rest. */
  readonly coverage: CoverageSections;
}

export interface Settings {
  readonly agency: AgencyProfile;
  readonly recent: readonly string[];
}

/** Argument schemas, one tuple per method: the single list of what the renderer may call. */
export const apiArgs = {
  listDrafts: z.tuple([]),
  openDraft: z.tuple([draftId]),
  createDraft: z.tuple([z.object({ year: z.number().int().min(2000).max(2200), format: formatId.optional() })]),
  createFromPrevious: z.tuple([draftId]),
  importReport: z.tuple([]),
  importReportData: z.tuple([droppedName, droppedBytes]),
  cancelImport: z.tuple([]),
  saveDraft: z.tuple([z.unknown()]),
  duplicateDraft: z.tuple([draftId]),
  renameDraft: z.tuple([draftId, z.string().max(200)]),
  deleteDraft: z.tuple([draftId]),
  listTrash: z.tuple([]),
  restoreFromTrash: z.tuple([draftId]),
  restoreFromBackup: z.tuple([draftId]),
  listExports: z.tuple([draftId]),
  openExport: z.tuple([draftId, draftId]),
  exportDocx: z.tuple([draftId]),
  exportHtml: z.tuple([draftId]),
  renderDocx: z.tuple([z.unknown()]),
  showExportInFolder: z.tuple([draftId, draftId]),
  getSettings: z.tuple([]),
  updateAgencyProfile: z.tuple([agencyProfileSchema]),
  startBatch: z.tuple([]),
  batchProgress: z.tuple([batchJobId]),
  cancelBatch: z.tuple([batchJobId]),
  openBatchReport: z.tuple([batchJobId, batchRow]),
  exportBatchResults: z.tuple([batchJobId]),
  sumBatchReports: z.tuple([batchJobId, z.array(batchRow).min(1).max(MAX_APP_BATCH), z.string().max(200)]),
} as const;

export type ApiMethod = keyof typeof apiArgs;

/** What each method returns. */
export interface ApiResults {
  listDrafts: DraftSummary[];
  openDraft: OpenedDraft;
  createDraft: Draft;
  createFromPrevious: Draft;
  /** null when the user cancelled the file dialog, or the import (`cancelImport`). */
  importReport: ImportResult | null;
  /** A file dropped on the window, imported exactly as `importReport` imports a chosen one; null when cancelled. */
  importReportData: ImportResult | null;
  /** Stops the import in progress, if any: its `importReport` call then resolves to null. */
  cancelImport: void;
  saveDraft: SaveResult;
  duplicateDraft: DraftSummary;
  renameDraft: DraftSummary;
  deleteDraft: void;
  listTrash: DraftSummary[];
  restoreFromTrash: DraftSummary;
  restoreFromBackup: OpenedDraft;
  listExports: ExportedVersion[];
  /** An exported version, read-only, exactly as it was exported. */
  openExport: OpenedDraft;
  /** Asks for a target with the save dialog; null when cancelled. */
  exportDocx: ExportedVersion | null;
  /** The web version (shared/html), written where the user chose; its path, or null when cancelled. */
  exportHtml: string | null;
  /** The exact export bytes of an (unsaved) draft, for the in-app preview. */
  renderDocx: Uint8Array;
  showExportInFolder: void;
  getSettings: Settings;
  updateAgencyProfile: Settings;
  /**
   * 批量检查: asks for a folder and starts checking every report in it on worker threads; null when the dialog was
   * cancelled. One batch at a time: starting another drops the previous one and its results.
   */
  startBatch: BatchStarted | null;
  /** Polled by the screen: n/N and the current file, then the results table. */
  batchProgress: BatchStatus;
  cancelBatch: void;
  /** A report of the batch (by its row), read-only as it was read; 另存为新草稿 starts a draft from it. */
  openBatchReport: OpenedDraft;
  /** The results workbook (.xlsx: 报告 and 问题 sheets), written where the user chose; its path, or null. */
  exportBatchResults: string | null;
  /** 汇总 of the rows given into a new draft for the agency named; refused (with the files) across years or formats. */
  sumBatchReports: Draft;
}

export type ApiArgs<M extends ApiMethod> = z.infer<(typeof apiArgs)[M]>;

/** The object the preload exposes as `window.reportStudio`. */
export type ReportStudioApi = {
  [M in ApiMethod]: (...args: ApiArgs<M>) => Promise<ApiResults[M]>;
};

export const API_METHODS = Object.keys(apiArgs) as ApiMethod[];

/** The IPC channel of a method: one channel per method, nothing else is listened to. */
export { channelOf } from './channels';

/** Errors cross the boundary as this shape, with a Chinese message the renderer can show as is. */
export interface ApiErrorShape {
  /** `conflict`: the draft changed on disk (another program) since it was opened; the save was refused. */
  readonly code: 'invalid-arguments' | 'forbidden' | 'not-found' | 'read-only' | 'conflict' | 'io' | 'internal';
  readonly message: string;
}

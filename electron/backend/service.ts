/**
 * The whole renderer-facing API over the drafts store: every method of the contract, in plain Node. `main.ts` gives it
 * Electron's dialogs and shell (`dialogs.ts`) and serves it over IPC (`ipc.ts`); the web test bridge gives it
 * non-interactive dialogs. Nothing here imports `electron`.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type {
  DraftSummary,
  ExportedVersion,
  ImportResult,
  OpenedDraft,
  ReportStudioApi,
  Settings,
} from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { buildReportDocx } from '../../shared/docx';
import { buildReportHtml } from '../../shared/html';
import { carryOver, createDraft, draftSizeProblem, draftTitle, parseDraft } from '../../shared/model';
import type { AgencyProfile, Draft } from '../../shared/model';
import { coverageSections } from '../../shared/import';
import type { ImportOutcome } from '../../shared/import';
import { batchSheets, sumDrafts } from '../../shared/batch';
import { BatchJobs, xlsxBytes } from './batch';
import { writeExportFile } from './exportFile';
import { importInWorker, readReportFile } from './importFile';
import { describeFsError, DraftStore, SettingsStore } from './store';

/** The user's side of a file operation, injected so the backend never touches Electron. */
export interface Dialogs {
  /** A published report to import; null when cancelled. */
  chooseImportFile(): Promise<string | null>;
  /** Where to write the .docx, starting from `defaultFileName` (the draft title + `.docx`); null when cancelled. */
  chooseExportTarget(defaultFileName: string): Promise<string | null>;
  /** The folder of reports for 批量检查; null when cancelled. */
  chooseBatchFolder(): Promise<string | null>;
  /** Shows an exported file in the system's file manager. */
  showInFolder(filePath: string): Promise<void> | void;
}

export interface ServiceOptions {
  readonly dataDir: string;
  readonly dialogs: Dialogs;
  readonly now?: () => Date;
  /** Worker threads of 批量检查 (default one per core; 0 reads on this thread). */
  readonly batchThreads?: number;
}

/** The contract plus what only the main process needs (quit, window state). */
export interface ReportStudioService extends ReportStudioApi {
  /** Waits for every queued write: call before quitting. */
  flush(): Promise<void>;
  /** The settings file, for the window state kept by the main process. */
  settings(): Promise<SettingsStore>;
}

/** Characters Windows refuses in file names, and control characters, become `_`. */
export function exportFileName(draft: Draft): string {
  const base =
    [...draftTitle(draft)]
      .map((ch) => (ch.charCodeAt(0) < 0x20 || '\\/:*?"<>|'.includes(ch) ? '_' : ch))
      .join('')
      .trim() || '年度报告';
  return `${base.slice(0, 150)}.docx`;
}

function validDraft(input: unknown): Draft {
  const tooLarge = draftSizeProblem(input);
  if (tooLarge) throw new ApiError('invalid-arguments', tooLarge);
  const parsed = parseDraft(input);
  if (!parsed.ok) throw new ApiError('invalid-arguments', parsed.error);
  return parsed.value;
}

export function createService(options: ServiceOptions): ReportStudioService {
  const now = options.now ?? (() => new Date());
  const { dialogs } = options;
  const ready = Promise.all([
    DraftStore.open({ dataDir: options.dataDir, now }),
    SettingsStore.open(path.join(path.resolve(options.dataDir), 'settings.json'), now),
  ]).catch((err: unknown) => {
    throw new ApiError('io', `无法打开数据文件夹“${options.dataDir}”：${describeFsError(err)}`);
  });
  // Every call reports the failure; this only keeps it from also surfacing as an unhandled rejection.
  ready.catch(() => undefined);
  const store = async () => (await ready)[0];
  const settingsStore = async () => (await ready)[1];

  // The recent list is a convenience: a full disk or read-only data folder must not stop a draft from opening.
  const remember = async (id: string) => (await settingsStore()).touchRecent(id).catch(() => undefined);
  /** The import in progress (one window, one import at a time), for `cancelImport`. */
  let importing: AbortController | null = null;
  const batches = new BatchJobs({
    now,
    ...(options.batchThreads === undefined ? {} : { threads: options.batchThreads }),
  });

  /** One import at a time: a new one stops the one before; null when the user cancelled (dialog or 取消). */
  const runImport = async (
    read: (ids: { id: string; now: string; signal: AbortSignal }) => Promise<ImportOutcome | null>,
  ): Promise<ImportResult | null> => {
    const controller = new AbortController();
    importing?.abort();
    importing = controller;
    try {
      const s = await store();
      const result = await read({ id: s.newId(), now: now().toISOString(), signal: controller.signal });
      if (result === null || controller.signal.aborted) return null;
      if (!result.ok) throw new ApiError('invalid-arguments', result.reason);
      const draft = await createNew(result.draft);
      return { draft, coverage: coverageSections(result.coverage) };
    } finally {
      if (importing === controller) importing = null;
    }
  };

  const createNew = async (draft: Draft): Promise<Draft> => {
    await (await store()).create(draft);
    await remember(draft.id);
    return draft;
  };

  const api: ReportStudioApi = {
    async listDrafts(): Promise<DraftSummary[]> {
      return (await store()).list();
    },

    async openDraft(id): Promise<OpenedDraft> {
      const opened = await (await store()).open(id);
      await remember(id);
      return opened;
    },

    async createDraft({ year, format }): Promise<Draft> {
      const s = await store();
      const agency = (await settingsStore()).agency;
      return createNew(createDraft({ id: s.newId(), year, format, agency, now: now().toISOString() }));
    },

    async createFromPrevious(previousId): Promise<Draft> {
      const s = await store();
      const previous = await s.read(previousId);
      return createNew(carryOver(previous, { id: s.newId(), now: now().toISOString() }));
    },

    async importReport(): Promise<ImportResult | null> {
      return runImport(async (ids) => {
        const file = await dialogs.chooseImportFile();
        return file === null ? null : readReportFile(file, ids);
      });
    },

    async importReportData(name, bytes): Promise<ImportResult | null> {
      // The same worker, budget and cancel as a chosen file: a dropped file differs only in who read its bytes.
      return runImport(async ({ id, now, signal }) =>
        importInWorker({ input: { fileName: name, bytes }, options: { id, now } }, signal),
      );
    },

    async cancelImport(): Promise<void> {
      importing?.abort();
    },

    async saveDraft(draft) {
      return (await store()).save(draft);
    },

    async duplicateDraft(id): Promise<DraftSummary> {
      return (await store()).duplicate(id);
    },

    async renameDraft(id, title): Promise<DraftSummary> {
      return (await store()).rename(id, title);
    },

    async deleteDraft(id): Promise<void> {
      await (await store()).remove(id);
      await (await settingsStore()).forgetRecent(id).catch(() => undefined);
    },

    async listTrash(): Promise<DraftSummary[]> {
      return (await store()).listTrash();
    },

    async restoreFromTrash(id): Promise<DraftSummary> {
      return (await store()).restoreFromTrash(id);
    },

    async restoreFromBackup(id): Promise<OpenedDraft> {
      return (await store()).restoreFromBackup(id);
    },

    async listExports(draftId): Promise<ExportedVersion[]> {
      return (await store()).listExports(draftId);
    },

    async openExport(draftId, exportId): Promise<OpenedDraft> {
      return (await store()).openExport(draftId, exportId);
    },

    /** Exports the saved draft: the renderer saves first, so the frozen copy is exactly what was written. */
    async exportDocx(id): Promise<ExportedVersion | null> {
      const s = await store();
      const draft = await s.read(id);
      const target = await dialogs.chooseExportTarget(exportFileName(draft));
      if (target === null) return null;
      const bytes = await buildReportDocx(draft);
      try {
        await writeExportFile(target, bytes);
      } catch (err) {
        // writeExportFile's messages are written for the user (file open in Word, no permission, disk full).
        throw new ApiError('io', (err as Error).message);
      }
      return s.recordExport(draft, bytes, target);
    },

    async exportHtml(id): Promise<string | null> {
      const draft = await (await store()).read(id);
      const target = await dialogs.chooseExportTarget(exportFileName(draft).replace(/\.docx$/, '.html'));
      if (target === null) return null;
      try {
        await writeExportFile(target, new TextEncoder().encode(buildReportHtml(draft)));
      } catch (err) {
        throw new ApiError('io', (err as Error).message);
      }
      return target;
    },

    async renderDocx(input): Promise<Uint8Array> {
      return buildReportDocx(validDraft(input));
    },

    async showExportInFolder(draftId, exportId): Promise<void> {
      const file = await (await store()).exportFilePath(draftId, exportId);
      const present = await stat(file).then(
        (st) => st.isFile(),
        () => false,
      );
      if (!present)
        throw new ApiError('not-found', `导出的文件“${path.basename(file)}”已不在原来的位置（可能已被移动或删除）`);
      await dialogs.showInFolder(file);
    },

    async getSettings(): Promise<Settings> {
      return (await settingsStore()).get();
    },

    async updateAgencyProfile(profile: AgencyProfile): Promise<Settings> {
      return (await settingsStore()).updateAgency(profile);
    },

    async startBatch() {
      const folder = await dialogs.chooseBatchFolder();
      return folder === null ? null : batches.start(folder);
    },

    async batchProgress(jobId) {
      return batches.status(jobId);
    },

    async cancelBatch(jobId) {
      batches.cancel(jobId);
    },

    async openBatchReport(jobId, row): Promise<OpenedDraft> {
      const { draft, file } = batches.reportAt(jobId, row);
      return { draft, readOnly: true, readOnlyReason: `批量检查中的报告（只读）：${file}`, previous: null };
    },

    async exportBatchResults(jobId) {
      const report = batches.report(jobId);
      const target = await dialogs.chooseExportTarget('批量检查结果.xlsx');
      if (target === null) return null;
      const bytes = await xlsxBytes(batchSheets(report));
      try {
        await writeExportFile(target, bytes);
      } catch (err) {
        throw new ApiError('io', (err as Error).message);
      }
      return target;
    },

    async sumBatchReports(jobId, rows, agency): Promise<Draft> {
      const inputs = [...new Set(rows)].map((row) => batches.reportAt(jobId, row));
      const s = await store();
      const summed = sumDrafts(inputs, { id: s.newId(), now: now().toISOString(), agency });
      if (!summed.ok) throw new ApiError('invalid-arguments', summed.reason);
      return createNew(summed.draft);
    },
  };

  return {
    ...api,
    async flush() {
      const [s, settings] = await ready;
      await Promise.all([s.flush(), settings.flush()]);
    },
    settings: settingsStore,
  };
}

import type { Stats } from 'node:fs';
import { mkdir, readdir, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { DraftSummary, ExportedVersion, OpenedDraft, SaveResult } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import {
  classifyDraftText,
  draftCompleteness,
  draftSizeProblem,
  draftName,
  draftTitle,
  localDateTime,
  MAX_DRAFT_BYTES,
  parseDraft,
} from '../../../shared/model';
import type { Completeness, Draft } from '../../../shared/model';
import { checkDraft, countErrors, splitConfirmed } from '../../../shared/rules';
import { writeFileAtomic } from '../atomicWrite';
import { FileLockBusyError, withFileLock } from '../fileLock';
import { readRegularFile } from '../regularFile';
import { removeStaleTemps } from '../staleTemp';
import { Backups } from './backups';
import { fileVersionOf, readDraftFile } from './draftFile';
import type { DraftFileState, FileVersion } from './draftFile';
import { ExportRecords } from './exports';
import { dataFolderProblem, describeFsError, fsErrorCode, isFullOrReadOnly } from './fsErrors';
import { newId } from './ids';
import { assertId, draftIdOfFileName, ID_PATTERN, StoreLayout } from './paths';
import { SummaryIndex, toSummary } from './summaryIndex';
import type { IndexEntry } from './summaryIndex';
import { listTrash, moveToTrash, restoreFromTrash } from './trash';

export interface DraftStoreOptions {
  readonly dataDir: string;
  readonly now?: () => Date;
  /** Rolling backups kept per draft (the last N saves). */
  readonly backupsKept?: number;
  /** How long a write waits for another program (the CLI) holding the draft's lock. */
  readonly lockWaitMs?: number;
}

/** Nothing in the data folder is a symlink the app made: one there is refused, never followed. */
const IN_DATA_FOLDER = { followSymlinks: false } as const;

export const CHANGED_ELSEWHERE = '草稿已被其他程序修改，请重新打开（本次修改未保存）';
export const LOCKED_ELSEWHERE = '草稿正被另一程序修改，请稍后再试（本次修改未保存）';

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );

/** A version of the file on disk now, or null when there is none. */
const versionOnDisk = (file: string): Promise<FileVersion | null> =>
  stat(file).then(
    (st) => fileVersionOf(st),
    () => null,
  );

/**
 * The drafts store: one JSON file per draft (written through lowdb: temp file + rename), rolling backups, frozen
 * export copies, a trash folder and a summary index. Plain Node — no Electron — and every path is derived from an
 * app-generated id inside the data folder. Operations run one at a time, so a save never interleaves with a rename or
 * a delete of the same draft; across processes (the CLI) each write holds the draft's lock file.
 */
export class DraftStore {
  readonly layout: StoreLayout;
  private readonly now: () => Date;
  private readonly lockWaitMs: number;
  private readonly index: SummaryIndex;
  private readonly backups: Backups;
  private readonly exports: ExportRecords;
  private readonly writers = new Map<string, Low<Draft>>();
  /** The file version last read (by `open`) or written here, per draft: a save over any other is refused. */
  private readonly versions = new Map<string, FileVersion | null>();
  private tail: Promise<unknown> = Promise.resolve();
  /** Drafts whose lock this store holds now. */
  private readonly held = new Set<string>();

  private constructor(options: DraftStoreOptions) {
    this.layout = new StoreLayout(options.dataDir);
    this.now = options.now ?? (() => new Date());
    this.lockWaitMs = options.lockWaitMs ?? 5000;
    this.index = new SummaryIndex(this.layout.indexFile);
    this.backups = new Backups(this.layout, options.backupsKept ?? 10);
    this.exports = new ExportRecords(this.layout);
  }

  static async open(options: DraftStoreOptions): Promise<DraftStore> {
    const store = new DraftStore(options);
    for (const dir of ['drafts', 'backups', 'exports', 'trash']) {
      const full = path.join(store.layout.root, dir);
      // A read-only data folder that already has its folders still opens (listing and reading work).
      await mkdir(full, { recursive: true }).catch(async (err: unknown) => {
        if (
          !(await stat(full).then(
            (st) => st.isDirectory(),
            () => false,
          ))
        )
          throw err;
      });
    }
    await store.index.load();
    await store.removeStaleTemps();
    return store;
  }

  /** Temp files of writes killed before their rename, in every folder the store writes. */
  private async removeStaleTemps(): Promise<void> {
    const { root, draftsDir } = this.layout;
    const dirs = [root, draftsDir];
    for (const sub of ['backups', 'exports']) {
      const parent = path.join(root, sub);
      const ids = await readdir(parent).catch(() => [] as string[]);
      dirs.push(...ids.filter((id) => ID_PATTERN.test(id)).map((id) => path.join(parent, id)));
    }
    // Against the real clock, not the injected one: it is the files' own mtimes that are compared.
    for (const dir of dirs) await removeStaleTemps(dir);
  }

  /**
   * Runs `fn` after every operation queued before it; a failure does not block the ones after. A file-system failure
   * leaves as one plain sentence (disk full, folder read-only), never as 「程序内部错误：ENOSPC」.
   */
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const guarded = () =>
      fn().catch((err: unknown) => {
        if (err instanceof ApiError) throw err;
        if (err instanceof FileLockBusyError) throw new ApiError('io', LOCKED_ELSEWHERE);
        if (fsErrorCode(err)) throw new ApiError('io', dataFolderProblem(err));
        throw err;
      });
    const run = this.tail.then(guarded, guarded);
    this.tail = run.catch(() => undefined);
    return run;
  }

  /**
   * Holds the draft file's lock (shared with the CLI) around a write. Re-entrant: an operation holding it may open
   * (and so migrate) the draft inside — operations run one at a time, so no other one can be holding it meanwhile.
   */
  private async locked<T>(id: string, fn: () => Promise<T>): Promise<T> {
    if (this.held.has(id)) return fn();
    return withFileLock(
      this.layout.draftFile(id),
      async () => {
        this.held.add(id);
        try {
          return await fn();
        } finally {
          this.held.delete(id);
        }
      },
      { waitMs: this.lockWaitMs },
    );
  }

  /** The index is a cache: failing to write it (disk full, read-only folder) never fails what the user asked. */
  private async writeIndex(): Promise<void> {
    await this.index.write().catch(() => undefined);
  }

  /** Resolves once every queued operation (and its writes) has finished: call before quitting. */
  flush(): Promise<void> {
    return this.serial(() => this.writeIndex());
  }

  newId(): string {
    return newId(this.now());
  }

  // ---------------------------------------------------------------- listing

  /** Works on a read-only data folder: the index is refreshed in memory and written when it can be. */
  list(): Promise<DraftSummary[]> {
    return this.serial(async () => {
      const names = await readdir(this.layout.draftsDir);
      const ids = names.map(draftIdOfFileName).filter((id): id is string => id !== null);
      const stats = await Promise.all(ids.map((id) => stat(this.layout.draftFile(id)).catch(() => null)));
      let changed = false;
      const summaries: DraftSummary[] = [];
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i]!;
        const st = stats[i];
        if (!st) continue;
        let entry = this.index.get(id);
        if (!entry || entry.mtimeMs !== Math.round(st.mtimeMs) || entry.size !== st.size) {
          entry = await this.refreshEntry(id);
          changed = true;
        }
        if (entry) summaries.push(toSummary(entry));
      }
      const present = new Set(ids);
      for (const id of this.index.ids()) {
        if (!present.has(id)) changed = this.index.delete(id) || changed;
      }
      if (changed) await this.writeIndex();
      return summaries.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id));
    });
  }

  /** Last year's draft a draft links to, when it still exists and reads; never an error. */
  private async linkedPrevious(draft: Draft): Promise<Draft | null> {
    const id = draft.previous?.id;
    if (!id || !ID_PATTERN.test(id) || id === draft.id) return null;
    const state = await readDraftFile(this.layout.draftFile(id), IN_DATA_FOLDER);
    return state.kind === 'ok' ? state.draft : null;
  }

  /** What the list shows of a draft's state: its errors, and how complete it is (one rules run for both). */
  private async checks(
    draft: Draft,
    previous?: Draft | null,
  ): Promise<{ errorCount: number; completeness: Completeness }> {
    const prev = previous === undefined ? await this.linkedPrevious(draft) : previous;
    const findings = checkDraft(draft, { previous: prev });
    // 已核实 warnings are not counted as open ones (errors cannot be confirmed).
    const { open } = splitConfirmed(findings, draft.confirmations);
    return { errorCount: countErrors(findings), completeness: draftCompleteness(draft, open) };
  }

  /** Re-reads one draft file into the index (not written yet). Returns undefined when the file is gone. */
  private async refreshEntry(id: string, known?: DraftFileState): Promise<IndexEntry | undefined> {
    const file = this.layout.draftFile(id);
    const state = known ?? (await readDraftFile(file, IN_DATA_FOLDER));
    let st;
    try {
      st = await stat(file);
    } catch {
      this.index.delete(id);
      return undefined;
    }
    const entry = await this.entryFor(id, state, st, this.index.get(id), await this.exports.count(id));
    this.index.set(entry);
    return entry;
  }

  private async entryFor(
    id: string,
    state: DraftFileState,
    st: { mtimeMs: number; size: number; mtime: Date },
    lastKnown: IndexEntry | undefined,
    exportCount: number,
  ): Promise<IndexEntry> {
    const base = { id, mtimeMs: Math.round(st.mtimeMs), size: st.size, exportCount };
    const describe = (draft: Draft) => ({
      year: draft.year,
      agency: draft.agency.name,
      format: draft.format,
      name: draftName(draft),
      title: draftTitle(draft),
      updatedAt: draft.updatedAt,
    });
    if (state.kind === 'ok') {
      return {
        ...base,
        ...describe({ ...state.draft, id }),
        damaged: false,
        newer: false,
        problem: null,
        ...(await this.checks(state.draft)),
      };
    }
    const problem = state.kind === 'missing' ? '草稿文件不存在' : state.problem;
    const view = state.kind === 'newer' ? state.view : null;
    // A damaged draft keeps what was last known of it, so the list still says which report it was.
    const fallback = view
      ? describe(view)
      : {
          year: lastKnown?.year ?? 0,
          agency: lastKnown?.agency ?? '',
          format: lastKnown?.format ?? ('2021' as const),
          name: lastKnown?.name ?? `无法读取的草稿（${id}）`,
          title: lastKnown?.title ?? `无法读取的草稿（${id}）`,
          updatedAt: st.mtime.toISOString(),
        };
    return {
      ...base,
      ...fallback,
      damaged: state.kind !== 'newer',
      newer: state.kind === 'newer',
      problem,
      errorCount: lastKnown?.errorCount ?? 0,
      completeness: lastKnown?.completeness ?? null,
    };
  }

  // ---------------------------------------------------------------- reading

  /**
   * A draft ready to edit: migrated (original kept beside it) when older, read-only when from a newer app. Works on a
   * read-only data folder: an older draft that cannot be written back opens read-only, saying why.
   */
  async open(id: string): Promise<OpenedDraft> {
    assertId(id);
    return this.serial(() => this.openNow(id, true));
  }

  /** `remember`: this is the copy the editor will save over (see `versions`). */
  private async openNow(id: string, remember: boolean): Promise<OpenedDraft> {
    const file = this.layout.draftFile(id);
    const state = await readDraftFile(file, IN_DATA_FOLDER);
    switch (state.kind) {
      case 'missing':
        throw new ApiError('not-found', '草稿不存在（可能已被删除，可在回收站中查找）');
      case 'damaged':
        await this.refreshEntry(id, state);
        await this.writeIndex();
        throw new ApiError('io', `${state.problem}\n可以使用“从备份恢复”找回最近一次完好的保存。`);
      case 'newer':
        if (!state.view) throw new ApiError('read-only', state.problem);
        return {
          draft: { ...state.view, id },
          readOnly: true,
          readOnlyReason: state.problem,
          previous: await this.linkedPrevious(state.view),
        };
      case 'ok': {
        // A file copied in under another name: the file name is the id.
        const draft = state.draft.id === id ? state.draft : { ...state.draft, id };
        if (state.migratedFrom !== null) {
          const written = await this.writeMigrated(draft, state.migratedFrom, state.text, state.fileVersion).then(
            () => null,
            (err: unknown) => err,
          );
          if (written !== null) {
            if (written instanceof ApiError && written.code === 'conflict') throw written;
            const why = written instanceof ApiError ? written.message : dataFolderProblem(written);
            return {
              draft,
              readOnly: true,
              readOnlyReason: `旧版本草稿未能升级保存，只能只读查看：${why}`,
              previous: await this.linkedPrevious(draft),
            };
          }
        } else if (remember) {
          this.versions.set(id, state.fileVersion ?? null);
        }
        return { draft, readOnly: false, readOnlyReason: null, previous: await this.linkedPrevious(draft) };
      }
    }
  }

  /** Writes a draft migrated in memory back, keeping the original exactly as it was, beside it, first. */
  private async writeMigrated(draft: Draft, from: number, text: string, read: FileVersion | undefined): Promise<void> {
    await this.locked(draft.id, async () => {
      if (read !== undefined && (await versionOnDisk(this.layout.draftFile(draft.id))) !== read) {
        throw new ApiError('conflict', '草稿已被其他程序修改，请重新打开');
      }
      const original = this.layout.sideFile(draft.id, `v${from}`);
      // Kept from the first migration: a later one (of a copy put back by hand) never replaces it.
      if (!(await exists(original))) await writeFileAtomic(original, text);
      await this.writeDraft(draft);
    });
    await this.refreshEntry(draft.id, { kind: 'ok', text: '', draft, migratedFrom: null });
    await this.writeIndex();
  }

  /** A readable, writable draft, or an ApiError saying why not (damaged, missing, newer). */
  async read(id: string): Promise<Draft> {
    assertId(id);
    return this.serial(async () => {
      const opened = await this.openNow(id, false);
      if (opened.readOnly) throw new ApiError('read-only', opened.readOnlyReason ?? '该草稿只读');
      return opened.draft;
    });
  }

  // ---------------------------------------------------------------- writing

  private writer(id: string): Low<Draft> {
    const file = this.layout.draftFile(id);
    let db = this.writers.get(file);
    if (!db) {
      db = new Low<Draft>(new JSONFile<Draft>(file), null as unknown as Draft);
      this.writers.set(file, db);
    }
    return db;
  }

  /** Call holding the draft's lock. Records the version written, so the next save knows it is still ours. */
  private async writeDraft(draft: Draft): Promise<Stats | null> {
    const db = this.writer(draft.id);
    db.data = draft;
    // Both writes are atomic on their own; the backup need not wait for the draft.
    const [written] = await Promise.allSettled([db.write(), this.backups.write(draft)]);
    if (written.status === 'rejected') {
      const err = written.reason as unknown;
      throw new ApiError(
        'io',
        isFullOrReadOnly(err) ? dataFolderProblem(err) : `草稿保存失败：${describeFsError(err)}`,
      );
    }
    const st = await stat(this.layout.draftFile(draft.id)).catch(() => null);
    this.versions.set(draft.id, st && fileVersionOf(st));
    return st;
  }

  /** Refuses to write over a file another program changed (or removed) since this store last read or wrote it. */
  private async assertUnchanged(id: string): Promise<void> {
    if (!this.versions.has(id)) return;
    if ((await versionOnDisk(this.layout.draftFile(id))) !== this.versions.get(id)) {
      throw new ApiError('conflict', CHANGED_ELSEWHERE);
    }
  }

  private checkedDraft(input: unknown): Draft {
    const tooLarge = draftSizeProblem(input);
    if (tooLarge) throw new ApiError('invalid-arguments', `${tooLarge}，未保存`);
    const parsed = parseDraft(input);
    if (!parsed.ok) throw new ApiError('invalid-arguments', parsed.error);
    assertId(parsed.value.id);
    return parsed.value;
  }

  /** Stores a brand-new draft (its id must be new). */
  create(input: Draft): Promise<DraftSummary> {
    return this.serial(async () => {
      const draft = this.checkedDraft(input);
      await this.locked(draft.id, async () => {
        if (await exists(this.layout.draftFile(draft.id))) throw new ApiError('forbidden', '已有同编号的草稿');
        await this.writeDraft(draft);
      });
      const entry = await this.refreshEntry(draft.id, { kind: 'ok', text: '', draft, migratedFrom: null });
      await this.writeIndex();
      return toSummary(entry!);
    });
  }

  /** Autosave and explicit save: validates, stamps `updatedAt`, writes atomically, keeps a backup, updates the index. */
  save(input: unknown): Promise<SaveResult> {
    return this.serial(async () => {
      const parsed = this.checkedDraft(input);
      const id = parsed.id;
      let entry = this.index.get(id);
      if (!entry) {
        entry = await this.refreshEntry(id);
        if (!entry) throw new ApiError('not-found', '草稿不存在（可能已被删除，可在回收站中查找），未保存');
      }
      if (entry.newer) throw new ApiError('read-only', entry.problem ?? '该草稿只读');
      const savedAt = this.now().toISOString();
      const draft: Draft = { ...parsed, updatedAt: savedAt };
      const previous = await this.linkedPrevious(draft);
      const st = await this.locked(id, async () => {
        await this.assertUnchanged(id);
        return (await this.writeDraft(draft)) ?? stat(this.layout.draftFile(id));
      });
      const { errorCount, completeness } = await this.checks(draft, previous);
      this.index.set({
        ...entry,
        year: draft.year,
        agency: draft.agency.name,
        format: draft.format,
        name: draftName(draft),
        title: draftTitle(draft),
        updatedAt: savedAt,
        damaged: false,
        newer: false,
        problem: null,
        errorCount,
        completeness,
        mtimeMs: Math.round(st.mtimeMs),
        size: st.size,
      });
      this.index.scheduleWrite();
      return { savedAt, errorCount };
    });
  }

  async duplicate(id: string): Promise<DraftSummary> {
    assertId(id);
    return this.serial(async () => {
      const opened = await this.openNow(id, false);
      // A copy of a newer app's file would silently drop what this version cannot read.
      if (opened.readOnly) throw new ApiError('read-only', opened.readOnlyReason ?? '该草稿只读，不能复制');
      const now = this.now().toISOString();
      const copy: Draft = {
        ...opened.draft,
        id: this.newId(),
        // The copy's name in the list only: the printed title stays the original's.
        name: `${draftName(opened.draft)}（副本）`,
        createdAt: now,
        updatedAt: now,
      };
      await this.locked(copy.id, async () => {
        await this.writeDraft(copy);
      });
      const entry = await this.refreshEntry(copy.id, { kind: 'ok', text: '', draft: copy, migratedFrom: null });
      await this.writeIndex();
      return toSummary(entry!);
    });
  }

  /** Changes the draft's name in the list, never its printed title; an empty name shows the title again. */
  async rename(id: string, name: string): Promise<DraftSummary> {
    assertId(id);
    return this.serial(async () => {
      const draft = await this.locked(id, async () => {
        const opened = await this.openNow(id, false);
        if (opened.readOnly) throw new ApiError('read-only', opened.readOnlyReason ?? '该草稿只读');
        const trimmed = name.trim();
        const renamed: Draft = {
          ...opened.draft,
          name: trimmed === '' ? null : trimmed,
          updatedAt: this.now().toISOString(),
        };
        await this.writeDraft(renamed);
        return renamed;
      });
      const entry = await this.refreshEntry(id, { kind: 'ok', text: '', draft, migratedFrom: null });
      await this.writeIndex();
      return toSummary(entry!);
    });
  }

  // ---------------------------------------------------------------- trash

  /** Moves the draft with its backups, exports and kept originals into `trash/<id>/`; restorable. */
  async remove(id: string): Promise<void> {
    assertId(id);
    return this.serial(async () => {
      await this.locked(id, () => moveToTrash(this.layout, id, this.now()));
      this.writers.delete(this.layout.draftFile(id));
      this.versions.delete(id);
      this.backups.forget(id);
      this.index.delete(id);
      await this.writeIndex();
    });
  }

  listTrash(): Promise<DraftSummary[]> {
    return this.serial(async () => {
      const out: DraftSummary[] = [];
      for (const t of await listTrash(this.layout)) {
        out.push(toSummary(await this.entryFor(t.id, t.state, t.stat, undefined, t.exportCount)));
      }
      return out;
    });
  }

  async restoreFromTrash(id: string): Promise<DraftSummary> {
    assertId(id);
    return this.serial(async () => {
      await this.locked(id, () => restoreFromTrash(this.layout, id));
      this.backups.forget(id);
      this.versions.delete(id);
      const summary = await this.refreshEntry(id);
      await this.writeIndex();
      return toSummary(summary!);
    });
  }

  // ---------------------------------------------------------------- backups

  /**
   * Replaces the draft with its newest backup that reads and differs from the current file. A damaged current file is
   * kept beside the draft (`<id>.damaged-<time>.json`), never deleted.
   */
  async restoreFromBackup(id: string): Promise<OpenedDraft> {
    assertId(id);
    return this.serial(async () => {
      const file = this.layout.draftFile(id);
      const draft = await this.locked(id, async () => {
        const current = await readDraftFile(file, IN_DATA_FOLDER);
        const currentText = current.kind === 'missing' ? null : current.text;
        if (current.kind === 'newer') throw new ApiError('read-only', current.problem);
        let restored: Draft | null = null;
        for (const backup of await this.backups.files(id)) {
          const read = await readRegularFile(backup, MAX_DRAFT_BYTES, IN_DATA_FOLDER);
          const text = read.ok ? read.bytes.toString('utf8') : null;
          if (text === null || text === currentText) continue;
          const state = classifyDraftText(text);
          if (state.kind === 'ok') {
            restored = state.draft;
            break;
          }
        }
        if (!restored) throw new ApiError('not-found', '没有可用于恢复的备份');
        if (current.kind === 'damaged') {
          await rename(file, this.layout.sideFile(id, `damaged-${this.now().getTime()}`));
        }
        const replacement: Draft = { ...restored, id, updatedAt: this.now().toISOString() };
        await this.writeDraft(replacement);
        return replacement;
      });
      await this.refreshEntry(id, { kind: 'ok', text: '', draft, migratedFrom: null });
      await this.writeIndex();
      return { draft, readOnly: false, readOnlyReason: null, previous: await this.linkedPrevious(draft) };
    });
  }

  // ---------------------------------------------------------------- exports

  /** Freezes the exact draft behind an exported file: time, the file's SHA-256, the draft itself. */
  async recordExport(draft: Draft, bytes: Uint8Array, filePath: string): Promise<ExportedVersion> {
    assertId(draft.id);
    return this.serial(async () => {
      const version = await this.exports.write(draft, bytes, filePath, this.now());
      const entry = this.index.get(draft.id);
      if (entry) {
        this.index.set({ ...entry, exportCount: await this.exports.count(draft.id) });
        await this.writeIndex();
      }
      return version;
    });
  }

  async listExports(draftId: string): Promise<ExportedVersion[]> {
    assertId(draftId);
    return this.serial(() => this.exports.list(draftId));
  }

  /** The exported version exactly as exported, read-only (older versions migrate in memory only). */
  async openExport(draftId: string, exportId: string): Promise<OpenedDraft> {
    assertId(draftId);
    assertId(exportId, '导出版本编号');
    return this.serial(async () => {
      const record = await this.exports.read(draftId, exportId);
      const state = classifyDraftText(JSON.stringify(record.draft));
      const draft = state.kind === 'ok' ? state.draft : state.kind === 'newer' ? state.view : null;
      if (!draft) throw new ApiError('io', state.kind === 'damaged' ? state.problem : '导出版本中的草稿无法读取');
      return {
        draft,
        readOnly: true,
        readOnlyReason: `导出版本：${localDateTime(record.exportedAt)} 导出为“${record.fileName}”（SHA-256 ${record.sha256.slice(0, 12)}…），只读`,
        previous: await this.linkedPrevious(draft),
      };
    });
  }

  /** Where the exported file was written: only ever an absolute path to a .docx (see ExportRecords.filePath). */
  async exportFilePath(draftId: string, exportId: string): Promise<string> {
    assertId(draftId);
    assertId(exportId, '导出版本编号');
    return this.serial(() => this.exports.filePath(draftId, exportId));
  }
}

import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { DraftSummary, ExportedVersion, OpenedDraft, SaveResult } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { draftCompleteness, draftTitle, localDateTime, parseDraft } from '../../../shared/model';
import type { Completeness, Draft } from '../../../shared/model';
import { checkDraft, countErrors } from '../../../shared/rules';
import { classifyDraftText, readDraftFile } from './draftFile';
import type { DraftFileState } from './draftFile';
import { describeFsError } from './fsErrors';
import { newId } from './ids';
import { assertId, draftIdOfFileName, ID_PATTERN, StoreLayout } from './paths';
import { SummaryIndex, toSummary } from './summaryIndex';
import type { IndexEntry } from './summaryIndex';

export interface DraftStoreOptions {
  readonly dataDir: string;
  readonly now?: () => Date;
  /** Rolling backups kept per draft (the last N saves). */
  readonly backupsKept?: number;
}

/** The frozen copy written on every export: the exact draft that produced the file with this hash. */
interface ExportRecord extends ExportedVersion {
  readonly filePath: string;
  readonly draft: Draft;
}

const BACKUP_NAME = /^(\d{9})\.json$/;
const pad = (n: number) => String(n).padStart(9, '0');

const isMissing = (err: unknown) => (err as NodeJS.ErrnoException).code === 'ENOENT';

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );

/** `<id>-<time>`, still a valid id (at most 64 characters), for a trash entry moved out of the way. */
const asideId = (id: string, now: Date) => {
  const suffix = `-${now.getTime().toString(36)}${randomBytes(2).toString('hex')}`;
  return `${id.slice(0, 64 - suffix.length)}${suffix}`;
};

/**
 * The drafts store: one JSON file per draft (written through lowdb: temp file + rename), rolling backups, frozen
 * export copies, a trash folder and a summary index. Plain Node — no Electron — and every path is derived from an
 * app-generated id inside the data folder. Operations run one at a time, so a save never interleaves with a rename or
 * a delete of the same draft.
 */
export class DraftStore {
  readonly layout: StoreLayout;
  private readonly now: () => Date;
  private readonly backupsKept: number;
  private readonly index: SummaryIndex;
  private readonly writers = new Map<string, Low<Draft>>();
  private readonly backupSeqs = new Map<string, number[]>();
  private tail: Promise<unknown> = Promise.resolve();

  private constructor(options: DraftStoreOptions) {
    this.layout = new StoreLayout(options.dataDir);
    this.now = options.now ?? (() => new Date());
    this.backupsKept = options.backupsKept ?? 10;
    this.index = new SummaryIndex(this.layout.indexFile);
  }

  static async open(options: DraftStoreOptions): Promise<DraftStore> {
    const store = new DraftStore(options);
    for (const dir of ['drafts', 'backups', 'exports', 'trash']) {
      await mkdir(path.join(store.layout.root, dir), { recursive: true });
    }
    await store.index.load();
    return store;
  }

  /** Runs `fn` after every operation queued before it; a failure does not block the ones after. */
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.tail.then(fn, fn);
    this.tail = run.catch(() => undefined);
    return run;
  }

  /** Resolves once every queued operation (and its writes) has finished: call before quitting. */
  flush(): Promise<void> {
    return this.serial(async () => {
      await this.index.write();
    });
  }

  newId(): string {
    return newId(this.now());
  }

  // ---------------------------------------------------------------- listing

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
      if (changed) await this.index.write();
      return summaries.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id));
    });
  }

  private async exportCount(id: string): Promise<number> {
    try {
      return (await readdir(this.layout.exportDir(id))).filter((n) => n.endsWith('.json') && !n.startsWith('.')).length;
    } catch {
      return 0;
    }
  }

  /** Last year's draft a draft links to, when it still exists and reads; never an error. */
  private async linkedPrevious(draft: Draft): Promise<Draft | null> {
    const id = draft.previous?.id;
    if (!id || !ID_PATTERN.test(id) || id === draft.id) return null;
    const state = await readDraftFile(this.layout.draftFile(id));
    return state.kind === 'ok' ? state.draft : null;
  }

  /** What the list shows of a draft's state: its errors, and how complete it is (one rules run for both). */
  private async checks(
    draft: Draft,
    previous?: Draft | null,
  ): Promise<{ errorCount: number; completeness: Completeness }> {
    const prev = previous === undefined ? await this.linkedPrevious(draft) : previous;
    const findings = checkDraft(draft, { previous: prev });
    return { errorCount: countErrors(findings), completeness: draftCompleteness(draft, findings) };
  }

  /** Re-reads one draft file into the index (not written yet). Returns undefined when the file is gone. */
  private async refreshEntry(id: string, known?: DraftFileState): Promise<IndexEntry | undefined> {
    const file = this.layout.draftFile(id);
    const state = known ?? (await readDraftFile(file));
    let st;
    try {
      st = await stat(file);
    } catch {
      this.index.delete(id);
      return undefined;
    }
    const entry = await this.entryFor(id, state, st, this.index.get(id));
    this.index.set(entry);
    return entry;
  }

  private async entryFor(
    id: string,
    state: DraftFileState,
    st: { mtimeMs: number; size: number; mtime: Date },
    lastKnown: IndexEntry | undefined,
  ): Promise<IndexEntry> {
    const base = { id, mtimeMs: Math.round(st.mtimeMs), size: st.size, exportCount: await this.exportCount(id) };
    const describe = (draft: Draft) => ({
      year: draft.year,
      agency: draft.agency.name,
      format: draft.format,
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

  /** A draft ready to edit: migrated (original kept beside it) when older, read-only when from a newer app. */
  async open(id: string): Promise<OpenedDraft> {
    assertId(id);
    return this.serial(() => this.openNow(id));
  }

  private async openNow(id: string): Promise<OpenedDraft> {
    const file = this.layout.draftFile(id);
    const state = await readDraftFile(file);
    switch (state.kind) {
      case 'missing':
        throw new ApiError('not-found', '草稿不存在（可能已被删除，可在回收站中查找）');
      case 'damaged':
        await this.refreshEntry(id, state);
        await this.index.write();
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
          // Keep the original exactly as it was, beside the draft, before anything overwrites it.
          const original = this.layout.sideFile(id, `v${state.migratedFrom}`);
          await writeFile(original, state.text, { flag: 'wx' }).catch((err: NodeJS.ErrnoException) => {
            if (err.code !== 'EEXIST') throw err;
          });
          await this.writeDraft(draft);
          await this.refreshEntry(id, { ...state, draft, migratedFrom: null });
          await this.index.write();
        }
        return { draft, readOnly: false, readOnlyReason: null, previous: await this.linkedPrevious(draft) };
      }
    }
  }

  /** A readable, writable draft, or an ApiError saying why not (damaged, missing, newer). */
  async read(id: string): Promise<Draft> {
    assertId(id);
    return this.serial(async () => {
      const opened = await this.openNow(id);
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

  private async writeDraft(draft: Draft): Promise<void> {
    const db = this.writer(draft.id);
    db.data = draft;
    // Both writes are atomic on their own; the backup need not wait for the draft.
    const [written] = await Promise.allSettled([db.write(), this.writeBackup(draft)]);
    if (written.status === 'rejected') {
      throw new ApiError('io', `草稿保存失败：${describeFsError(written.reason)}`);
    }
  }

  private async backupSeqsOf(id: string): Promise<number[]> {
    let seqs = this.backupSeqs.get(id);
    if (!seqs) {
      const dir = this.layout.backupDir(id);
      await mkdir(dir, { recursive: true });
      seqs = (await readdir(dir))
        .map((n) => BACKUP_NAME.exec(n)?.[1])
        .filter((s): s is string => s !== undefined)
        .map(Number)
        .sort((a, b) => a - b);
      this.backupSeqs.set(id, seqs);
    }
    return seqs;
  }

  /** Every save is also kept as a numbered backup; only the newest `backupsKept` stay. */
  private async writeBackup(draft: Draft): Promise<void> {
    const seqs = await this.backupSeqsOf(draft.id);
    const seq = (seqs.at(-1) ?? 0) + 1;
    const dir = this.layout.backupDir(draft.id);
    await new JSONFile<Draft>(path.join(dir, `${pad(seq)}.json`)).write(draft);
    seqs.push(seq);
    while (seqs.length > this.backupsKept) {
      const old = seqs.shift()!;
      await rm(path.join(dir, `${pad(old)}.json`), { force: true });
    }
  }

  /** Backups newest first, as file paths. */
  private async backupFiles(id: string): Promise<string[]> {
    const seqs = await this.backupSeqsOf(id);
    return [...seqs].reverse().map((s) => path.join(this.layout.backupDir(id), `${pad(s)}.json`));
  }

  /** Stores a brand-new draft (its id must be new). */
  create(draft: Draft): Promise<DraftSummary> {
    return this.serial(async () => {
      const parsed = parseDraft(draft);
      if (!parsed.ok) throw new ApiError('invalid-arguments', parsed.error);
      assertId(parsed.value.id);
      if (await exists(this.layout.draftFile(parsed.value.id))) throw new ApiError('forbidden', '已有同编号的草稿');
      await this.writeDraft(parsed.value);
      const entry = await this.refreshEntry(parsed.value.id, {
        kind: 'ok',
        text: '',
        draft: parsed.value,
        migratedFrom: null,
      });
      await this.index.write();
      return toSummary(entry!);
    });
  }

  /** Autosave and explicit save: validates, stamps `updatedAt`, writes atomically, keeps a backup, updates the index. */
  save(input: unknown): Promise<SaveResult> {
    return this.serial(async () => {
      const parsed = parseDraft(input);
      if (!parsed.ok) throw new ApiError('invalid-arguments', parsed.error);
      const id = parsed.value.id;
      assertId(id);
      let entry = this.index.get(id);
      if (!entry) {
        entry = await this.refreshEntry(id);
        if (!entry) throw new ApiError('not-found', '草稿不存在（可能已被删除，可在回收站中查找），未保存');
      }
      if (entry.newer) throw new ApiError('read-only', entry.problem ?? '该草稿只读');
      const savedAt = this.now().toISOString();
      const draft: Draft = { ...parsed.value, updatedAt: savedAt };
      const previous = await this.linkedPrevious(draft);
      await this.writeDraft(draft);
      const { errorCount, completeness } = await this.checks(draft, previous);
      const st = await stat(this.layout.draftFile(id));
      this.index.set({
        ...entry,
        year: draft.year,
        agency: draft.agency.name,
        format: draft.format,
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
      const opened = await this.openNow(id);
      // A copy of a newer app's file would silently drop what this version cannot read.
      if (opened.readOnly) throw new ApiError('read-only', opened.readOnlyReason ?? '该草稿只读，不能复制');
      const now = this.now().toISOString();
      const copy: Draft = {
        ...opened.draft,
        id: this.newId(),
        title: `${draftTitle(opened.draft)}（副本）`,
        createdAt: now,
        updatedAt: now,
      };
      await this.writeDraft(copy);
      const entry = await this.refreshEntry(copy.id, { kind: 'ok', text: '', draft: copy, migratedFrom: null });
      await this.index.write();
      return toSummary(entry!);
    });
  }

  /** An empty title goes back to the default 《机关名称+年份+…年度报告》. */
  async rename(id: string, title: string): Promise<DraftSummary> {
    assertId(id);
    return this.serial(async () => {
      const opened = await this.openNow(id);
      if (opened.readOnly) throw new ApiError('read-only', opened.readOnlyReason ?? '该草稿只读');
      const trimmed = title.trim();
      const draft: Draft = {
        ...opened.draft,
        title: trimmed === '' ? null : trimmed,
        updatedAt: this.now().toISOString(),
      };
      await this.writeDraft(draft);
      const entry = await this.refreshEntry(id, { kind: 'ok', text: '', draft, migratedFrom: null });
      await this.index.write();
      return toSummary(entry!);
    });
  }

  // ---------------------------------------------------------------- trash

  /** Moves the draft with its backups, exports and kept originals into `trash/<id>/`; restorable. */
  async remove(id: string): Promise<void> {
    assertId(id);
    return this.serial(async () => {
      const file = this.layout.draftFile(id);
      await stat(file).catch((err: unknown) => {
        if (isMissing(err)) throw new ApiError('not-found', '草稿不存在（可能已被删除）');
        throw err;
      });
      const entry = this.layout.trashEntry(id);
      // An older deletion of the same id (its file put back by hand, say) stays in the trash under a new name.
      if (await exists(entry)) await rename(entry, this.layout.trashEntry(asideId(id, this.now())));
      await mkdir(entry, { recursive: true });
      await this.moveIfPresent(this.layout.backupDir(id), path.join(entry, 'backups'));
      await this.moveIfPresent(this.layout.exportDir(id), path.join(entry, 'exports'));
      for (const name of await readdir(this.layout.draftsDir)) {
        if (name.startsWith(`${id}.`) && name !== `${id}.json`) {
          await rename(path.join(this.layout.draftsDir, name), path.join(entry, name));
        }
      }
      await writeFile(path.join(entry, 'deleted.json'), JSON.stringify({ deletedAt: this.now().toISOString() }));
      // The draft itself last: until it moves, the draft is still listed and nothing is lost.
      await rename(file, path.join(entry, 'draft.json'));
      this.writers.delete(file);
      this.backupSeqs.delete(id);
      this.index.delete(id);
      await this.index.write();
    });
  }

  private async moveIfPresent(from: string, to: string): Promise<void> {
    try {
      await rename(from, to);
    } catch (err) {
      if (!isMissing(err)) throw err;
    }
  }

  listTrash(): Promise<DraftSummary[]> {
    return this.serial(async () => {
      const out: { summary: DraftSummary; deletedAt: string }[] = [];
      for (const id of await readdir(this.layout.trashDir)) {
        if (!ID_PATTERN.test(id)) continue;
        const dir = this.layout.trashEntry(id);
        const file = path.join(dir, 'draft.json');
        const st = await stat(file).catch(() => null);
        if (!st) continue;
        const state = await readDraftFile(file);
        const deletedAt = await readFile(path.join(dir, 'deleted.json'), 'utf8')
          .then((t) => String((JSON.parse(t) as { deletedAt?: unknown }).deletedAt ?? ''))
          .catch(() => '');
        const entry = await this.entryFor(id, state, st, undefined);
        const exportCount = await readdir(path.join(dir, 'exports'))
          .then((n) => n.filter((f) => f.endsWith('.json')).length)
          .catch(() => 0);
        out.push({ summary: toSummary({ ...entry, exportCount }), deletedAt });
      }
      return out.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt)).map((o) => o.summary);
    });
  }

  async restoreFromTrash(id: string): Promise<DraftSummary> {
    assertId(id);
    return this.serial(async () => {
      const entry = this.layout.trashEntry(id);
      const trashed = path.join(entry, 'draft.json');
      await stat(trashed).catch(() => {
        throw new ApiError('not-found', '回收站中没有这份草稿');
      });
      const file = this.layout.draftFile(id);
      if (await exists(file)) throw new ApiError('forbidden', '已有同编号的草稿，无法恢复');
      await this.moveIfPresent(path.join(entry, 'backups'), this.layout.backupDir(id));
      await this.moveIfPresent(path.join(entry, 'exports'), this.layout.exportDir(id));
      for (const name of await readdir(entry)) {
        if (name.startsWith(`${id}.`)) await rename(path.join(entry, name), path.join(this.layout.draftsDir, name));
      }
      await rename(trashed, file);
      await rm(entry, { recursive: true, force: true });
      this.backupSeqs.delete(id);
      const summary = await this.refreshEntry(id);
      await this.index.write();
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
      const current = await readDraftFile(file);
      const currentText = current.kind === 'missing' ? null : current.text;
      if (current.kind === 'newer') throw new ApiError('read-only', current.problem);
      let restored: Draft | null = null;
      for (const backup of await this.backupFiles(id)) {
        const text = await readFile(backup, 'utf8').catch(() => null);
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
      const draft: Draft = { ...restored, id, updatedAt: this.now().toISOString() };
      await this.writeDraft(draft);
      await this.refreshEntry(id, { kind: 'ok', text: '', draft, migratedFrom: null });
      await this.index.write();
      return { draft, readOnly: false, readOnlyReason: null, previous: await this.linkedPrevious(draft) };
    });
  }

  // ---------------------------------------------------------------- exports

  /** Freezes the exact draft behind an exported file: time, the file's SHA-256, the draft itself. */
  async recordExport(draft: Draft, bytes: Uint8Array, filePath: string): Promise<ExportedVersion> {
    assertId(draft.id);
    return this.serial(async () => {
      const exportedAt = this.now().toISOString();
      const record: ExportRecord = {
        id: newId(this.now()),
        draftId: draft.id,
        exportedAt,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        fileName: path.basename(filePath),
        filePath,
        draft,
      };
      await mkdir(this.layout.exportDir(draft.id), { recursive: true });
      await new JSONFile<ExportRecord>(this.layout.exportFile(draft.id, record.id)).write(record);
      const entry = this.index.get(draft.id);
      if (entry) {
        this.index.set({ ...entry, exportCount: await this.exportCount(draft.id) });
        await this.index.write();
      }
      return toExportedVersion(record);
    });
  }

  private async readExport(draftId: string, exportId: string): Promise<ExportRecord> {
    const file = this.layout.exportFile(draftId, exportId);
    let record: ExportRecord;
    try {
      record = JSON.parse(await readFile(file, 'utf8')) as ExportRecord;
    } catch (err) {
      if (isMissing(err)) throw new ApiError('not-found', '找不到这个导出版本');
      if (err instanceof SyntaxError) throw new ApiError('io', `导出版本文件已损坏：${err.message}`);
      throw new ApiError('io', `导出版本文件无法读取：${describeFsError(err)}`);
    }
    if (typeof record !== 'object' || record === null || typeof record.sha256 !== 'string') {
      throw new ApiError('io', '导出版本文件已损坏');
    }
    return record;
  }

  async listExports(draftId: string): Promise<ExportedVersion[]> {
    assertId(draftId);
    return this.serial(async () => {
      const names = await readdir(this.layout.exportDir(draftId)).catch(() => [] as string[]);
      const versions: ExportedVersion[] = [];
      for (const name of names) {
        const id = draftIdOfFileName(name);
        if (!id) continue;
        try {
          versions.push(toExportedVersion(await this.readExport(draftId, id)));
        } catch {
          // A damaged record is skipped; the exported .docx itself is the user's and unaffected.
        }
      }
      return versions.sort((a, b) => b.exportedAt.localeCompare(a.exportedAt));
    });
  }

  /** The exported version exactly as exported, read-only (older versions migrate in memory only). */
  async openExport(draftId: string, exportId: string): Promise<OpenedDraft> {
    assertId(draftId);
    assertId(exportId, '导出版本编号');
    return this.serial(async () => {
      const record = await this.readExport(draftId, exportId);
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

  /**
   * Where the exported file was written (chosen by the user in the save dialog). Only ever an absolute path to a .docx,
   * whatever the record on disk says: the page never supplies it, and a tampered record cannot point the file manager
   * at anything else.
   */
  async exportFilePath(draftId: string, exportId: string): Promise<string> {
    assertId(draftId);
    assertId(exportId, '导出版本编号');
    return this.serial(async () => {
      const { filePath } = await this.readExport(draftId, exportId);
      if (typeof filePath !== 'string' || !path.isAbsolute(filePath) || !/\.docx$/i.test(filePath)) {
        throw new ApiError('io', '导出版本文件已损坏（没有导出文件的位置）');
      }
      return filePath;
    });
  }
}

const toExportedVersion = (r: ExportedVersion): ExportedVersion => ({
  id: r.id,
  draftId: r.draftId,
  exportedAt: r.exportedAt,
  sha256: r.sha256,
  fileName: r.fileName,
});

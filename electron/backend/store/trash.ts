import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../../../shared/api/errors';
import { writeFileAtomic } from '../atomicWrite';
import { readRegularFile } from '../regularFile';
import { readDraftFile } from './draftFile';
import type { DraftFileState } from './draftFile';
import { countRecords } from './exports';
import { ID_PATTERN } from './paths';
import type { StoreLayout } from './paths';

const isMissing = (err: unknown) => (err as NodeJS.ErrnoException).code === 'ENOENT';

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );

/** Where one draft's files are: in the drafts folder (live) or in `trash/<id>/` (deleted). */
interface DraftPlace {
  readonly draft: string;
  readonly backups: string;
  readonly exports: string;
  /** The folder holding the kept originals `<id>.<tag>.json` (migrated, damaged) next to the draft. */
  readonly sideDir: string;
}

const live = (layout: StoreLayout, id: string): DraftPlace => ({
  draft: layout.draftFile(id),
  backups: layout.backupDir(id),
  exports: layout.exportDir(id),
  sideDir: layout.draftsDir,
});

const trashed = (layout: StoreLayout, id: string): DraftPlace => {
  const entry = layout.trashEntry(id);
  return {
    draft: path.join(entry, 'draft.json'),
    backups: path.join(entry, 'backups'),
    exports: path.join(entry, 'exports'),
    sideDir: entry,
  };
};

async function moveIfPresent(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (err) {
    if (!isMissing(err)) throw err;
  }
}

/**
 * The one move of a draft with everything that belongs to it, either way between the drafts folder and the trash.
 * The draft file goes last: until it moves, the draft is still where it was and nothing is lost.
 */
async function moveDraft(id: string, from: DraftPlace, to: DraftPlace): Promise<void> {
  await moveIfPresent(from.backups, to.backups);
  await moveIfPresent(from.exports, to.exports);
  for (const name of await readdir(from.sideDir)) {
    const file = path.join(from.sideDir, name);
    if (name.startsWith(`${id}.`) && file !== from.draft) await rename(file, path.join(to.sideDir, name));
  }
  await rename(from.draft, to.draft);
}

/** `<id>-<time>`, still a valid id (at most 64 characters), for a trash entry moved out of the way. */
const asideId = (id: string, now: Date) => {
  const suffix = `-${now.getTime().toString(36)}${randomBytes(2).toString('hex')}`;
  return `${id.slice(0, 64 - suffix.length)}${suffix}`;
};

/** Moves the draft with its backups, exports and kept originals into `trash/<id>/`; restorable. */
export async function moveToTrash(layout: StoreLayout, id: string, now: Date): Promise<void> {
  const from = live(layout, id);
  await stat(from.draft).catch((err: unknown) => {
    if (isMissing(err)) throw new ApiError('not-found', '草稿不存在（可能已被删除）');
    throw err;
  });
  const entry = layout.trashEntry(id);
  // An older deletion of the same id (its file put back by hand, say) stays in the trash under a new name.
  if (await exists(entry)) await rename(entry, layout.trashEntry(asideId(id, now)));
  await mkdir(entry, { recursive: true });
  await writeFileAtomic(path.join(entry, 'deleted.json'), JSON.stringify({ deletedAt: now.toISOString() }));
  await moveDraft(id, from, trashed(layout, id));
}

export async function restoreFromTrash(layout: StoreLayout, id: string): Promise<void> {
  const from = trashed(layout, id);
  await stat(from.draft).catch(() => {
    throw new ApiError('not-found', '回收站中没有这份草稿');
  });
  const to = live(layout, id);
  if (await exists(to.draft)) throw new ApiError('forbidden', '已有同编号的草稿，无法恢复');
  await moveDraft(id, from, to);
  await rm(layout.trashEntry(id), { recursive: true, force: true });
}

export interface TrashedDraft {
  readonly id: string;
  readonly state: DraftFileState;
  readonly stat: { mtimeMs: number; size: number; mtime: Date };
  readonly deletedAt: string;
  readonly exportCount: number;
}

/** Every draft in the trash, newest deletion first. */
export async function listTrash(layout: StoreLayout): Promise<TrashedDraft[]> {
  const out: TrashedDraft[] = [];
  for (const id of await readdir(layout.trashDir)) {
    if (!ID_PATTERN.test(id)) continue;
    const place = trashed(layout, id);
    const st = await stat(place.draft).catch(() => null);
    if (!st) continue;
    const state = await readDraftFile(place.draft, { followSymlinks: false });
    const deleted = await readRegularFile(path.join(layout.trashEntry(id), 'deleted.json'), 4096, {
      followSymlinks: false,
    });
    let deletedAt = '';
    try {
      if (deleted.ok)
        deletedAt = String((JSON.parse(deleted.bytes.toString('utf8')) as { deletedAt?: unknown }).deletedAt ?? '');
    } catch {
      // An unreadable time sorts last.
    }
    out.push({ id, state, stat: st, deletedAt, exportCount: await countRecords(place.exports) });
  }
  return out.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
}

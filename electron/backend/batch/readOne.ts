/** One file of a batch → a draft (as saved, or imported from a published report), or the reason it could not be. */
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { sourceOf } from '../../../shared/batch';
import type { ReadResult } from '../../../shared/batch';
import { importReport, MAX_IMPORT_BYTES } from '../../../shared/import';
import { loadDraft } from './draftSource';
import type { BatchFile } from './walk';

function openProblem(err: unknown): string {
  switch ((err as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return '文件不存在（可能已被移走）';
    case 'EISDIR':
      return '这是文件夹，不是文件';
    case 'EACCES':
    case 'EPERM':
      return '没有权限读取该文件';
    default:
      return `无法读取：${(err as Error).message}`;
  }
}

async function readBounded(file: string): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; reason: string }> {
  try {
    const handle = await open(file, 'r');
    try {
      const stat = await handle.stat();
      if (!stat.isFile()) return { ok: false, reason: '不是普通文件' };
      const { size } = stat;
      if (size > MAX_IMPORT_BYTES) {
        return { ok: false, reason: `文件有 ${(size / 1024 / 1024).toFixed(1)} MB，超过 20 MB 的上限，不像年度报告` };
      }
      return { ok: true, bytes: new Uint8Array(await handle.readFile()) };
    } finally {
      await handle.close();
    }
  } catch (err) {
    return { ok: false, reason: openProblem(err) };
  }
}

export async function readBatchFile(file: BatchFile, now: string): Promise<ReadResult> {
  const bytes = await readBounded(file.path);
  if (!bytes.ok) return { ok: false, file: file.display, hash: null, reason: bytes.reason };
  const hash = createHash('sha256').update(bytes.bytes).digest('hex');
  const source = sourceOf(file.path);
  if (source === 'draft') {
    const loaded = await loadDraft(file.path);
    return loaded.ok
      ? { ok: true, file: file.display, hash, source, draft: loaded.draft, coverage: null }
      : { ok: false, file: file.display, hash, reason: loaded.reason.replace(`${file.path}：`, '') };
  }
  try {
    const outcome = importReport({ fileName: path.basename(file.path), bytes: bytes.bytes }, { id: hash, now });
    return outcome.ok
      ? { ok: true, file: file.display, hash, source, draft: outcome.draft, coverage: outcome.coverage }
      : { ok: false, file: file.display, hash, reason: outcome.reason };
  } catch (err) {
    // A bug in the importer costs this file's row, never the batch.
    return { ok: false, file: file.display, hash, reason: `导入程序出错：${(err as Error).message}` };
  }
}

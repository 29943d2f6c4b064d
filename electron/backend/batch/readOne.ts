/** One file of a batch → a draft (as saved, or imported from a published report), or the reason it could not be. */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { sourceOf } from '../../../shared/batch';
import type { ReadResult } from '../../../shared/batch';
import { MAX_IMPORT_BYTES } from '../../../shared/import';
import { importReportFile } from '../import/readReport';
import { describeRefusal, readRegularFile } from '../regularFile';
import { describeFsError } from '../store/fsErrors';
import { loadDraft } from './draftSource';
import type { BatchFile } from './walk';

/** The file's bytes through the one regular-file reader: a FIFO or device never blocks or floods the batch. */
async function readBounded(file: string): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; reason: string }> {
  const read = await readRegularFile(file, MAX_IMPORT_BYTES);
  if (read.ok)
    return { ok: true, bytes: new Uint8Array(read.bytes.buffer, read.bytes.byteOffset, read.bytes.byteLength) };
  switch (read.reason) {
    case 'missing':
      return { ok: false, reason: '文件不存在（可能已被移走）' };
    case 'too-large':
      return { ok: false, reason: `${describeRefusal(read, MAX_IMPORT_BYTES)}，不像年度报告` };
    case 'not-regular':
      return { ok: false, reason: describeRefusal(read, MAX_IMPORT_BYTES) };
    case 'io':
      return { ok: false, reason: `无法读取：${describeFsError(read.error)}` };
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
    const outcome = await importReportFile(
      { fileName: path.basename(file.path), bytes: bytes.bytes },
      { id: hash, now },
    );
    return outcome.ok
      ? { ok: true, file: file.display, hash, source, draft: outcome.draft, coverage: outcome.coverage }
      : { ok: false, file: file.display, hash, reason: outcome.reason };
  } catch (err) {
    // A bug in the importer costs this file's row, never the batch.
    return { ok: false, file: file.display, hash, reason: `导入程序出错：${(err as Error).message}` };
  }
}

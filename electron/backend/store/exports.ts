import { createHash } from 'node:crypto';
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { ExportedVersion } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { MAX_DRAFT_BYTES } from '../../../shared/model';
import type { Draft } from '../../../shared/model';
import { writeFileAtomic } from '../atomicWrite';
import { readRegularFile } from '../regularFile';
import { describeFsError } from './fsErrors';
import { newId } from './ids';
import { draftIdOfFileName } from './paths';
import type { StoreLayout } from './paths';

/** The frozen copy written on every export: the exact draft that produced the file with this hash. */
export interface ExportRecord extends ExportedVersion {
  readonly filePath: string;
  readonly draft: Draft;
}

/** A record is a draft plus a few fields. */
const MAX_RECORD_BYTES = MAX_DRAFT_BYTES + 64 * 1024;

export const toExportedVersion = (r: ExportedVersion): ExportedVersion => ({
  id: r.id,
  draftId: r.draftId,
  exportedAt: r.exportedAt,
  sha256: r.sha256,
  fileName: r.fileName,
});

/** `exports/<draftId>/<exportId>.json`: one frozen record per export, never changed after it is written. */
export class ExportRecords {
  constructor(private readonly layout: StoreLayout) {}

  async count(draftId: string): Promise<number> {
    return countRecords(this.layout.exportDir(draftId));
  }

  async write(draft: Draft, bytes: Uint8Array, filePath: string, now: Date): Promise<ExportedVersion> {
    const record: ExportRecord = {
      id: newId(now),
      draftId: draft.id,
      exportedAt: now.toISOString(),
      sha256: createHash('sha256').update(bytes).digest('hex'),
      fileName: path.basename(filePath),
      filePath,
      draft,
    };
    await mkdir(this.layout.exportDir(draft.id), { recursive: true });
    await writeFileAtomic(this.layout.exportFile(draft.id, record.id), `${JSON.stringify(record, null, 2)}\n`);
    return toExportedVersion(record);
  }

  async read(draftId: string, exportId: string): Promise<ExportRecord> {
    const read = await readRegularFile(this.layout.exportFile(draftId, exportId), MAX_RECORD_BYTES, {
      followSymlinks: false,
    });
    if (!read.ok) {
      if (read.reason === 'missing') throw new ApiError('not-found', '找不到这个导出版本');
      if (read.reason === 'io') throw new ApiError('io', `导出版本文件无法读取：${describeFsError(read.error)}`);
      throw new ApiError('io', '导出版本文件已损坏（不是普通文件，或过大）');
    }
    let record: ExportRecord;
    try {
      record = JSON.parse(read.bytes.toString('utf8')) as ExportRecord;
    } catch {
      throw new ApiError('io', '导出版本文件已损坏（不是有效的 JSON）');
    }
    if (typeof record !== 'object' || record === null || typeof record.sha256 !== 'string') {
      throw new ApiError('io', '导出版本文件已损坏');
    }
    return record;
  }

  /** Newest first; a damaged record is skipped (the exported .docx itself is the user's and unaffected). */
  async list(draftId: string): Promise<ExportedVersion[]> {
    const names = await readdir(this.layout.exportDir(draftId)).catch(() => [] as string[]);
    const versions: ExportedVersion[] = [];
    for (const name of names) {
      const id = draftIdOfFileName(name);
      if (!id) continue;
      try {
        versions.push(toExportedVersion(await this.read(draftId, id)));
      } catch {
        // Skipped, see above.
      }
    }
    return versions.sort((a, b) => b.exportedAt.localeCompare(a.exportedAt));
  }

  /**
   * Where the exported file was written (chosen by the user in the save dialog). Only ever an absolute path to a
   * .docx, whatever the record on disk says: the page never supplies it, and a tampered record cannot point the file
   * manager at anything else.
   */
  async filePath(draftId: string, exportId: string): Promise<string> {
    const { filePath } = await this.read(draftId, exportId);
    if (typeof filePath !== 'string' || !path.isAbsolute(filePath) || !/\.docx$/i.test(filePath)) {
      throw new ApiError('io', '导出版本文件已损坏（没有导出文件的位置）');
    }
    return filePath;
  }
}

/** Records in an exports folder (live or in the trash); 0 when there is none. */
export async function countRecords(dir: string): Promise<number> {
  try {
    return (await readdir(dir)).filter((n) => draftIdOfFileName(n) !== null).length;
  } catch {
    return 0;
  }
}

/**
 * Importing a published report from disk: the size is checked before the file is read, and nothing the file
 * contains can make this throw — bad content comes back as `{ ok: false, reason }`.
 */
import { open } from 'node:fs/promises';
import path from 'node:path';
import { MAX_IMPORT_BYTES } from '../../shared/import';
import type { ImportOutcome } from '../../shared/import';
import { importReportFile } from './import/readReport';

export async function readReportFile(filePath: string, options: { id: string; now: string }): Promise<ImportOutcome> {
  const name = path.basename(filePath);
  let bytes: Uint8Array;
  try {
    const handle = await open(filePath, 'r');
    try {
      const { size } = await handle.stat();
      if (size > MAX_IMPORT_BYTES) {
        return {
          ok: false,
          reason: `文件「${name}」有 ${(size / 1024 / 1024).toFixed(1)} MB，超过 20 MB 的上限，不像年度报告，已拒绝导入`,
        };
      }
      bytes = new Uint8Array(await handle.readFile());
    } finally {
      await handle.close();
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? `找不到文件「${filePath}」`
        : code === 'EISDIR'
          ? `「${filePath}」是文件夹，不是文件`
          : code === 'EACCES' || code === 'EPERM'
            ? `没有权限读取文件「${filePath}」`
            : `无法读取文件「${filePath}」：${(err as Error).message}`;
    return { ok: false, reason };
  }
  try {
    return await importReportFile({ fileName: name, bytes }, options);
  } catch (err) {
    // A bug in the importer must not take the app down; the user still gets a message.
    return {
      ok: false,
      reason: `导入程序出错，未能导入该文件（请将文件和此信息提供给技术支持）：${(err as Error).message}`,
    };
  }
}

import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { AtomicWriteError, tempFilePattern, writeFileAtomic } from './atomicWrite';
import { removeStaleTemps } from './staleTemp';
import { describeFsError } from './store/fsErrors';

/**
 * Writing the exported .docx where the user chose. The file is handed to a leader and published, so it must be either
 * the old file or the complete new one: we write a temp file in the same folder and rename it over the target.
 * Word keeps an open document locked on Windows but not on Linux, where overwriting it would silently lose the
 * user's unsaved edits in Word/WPS — so an owner file beside the target (~$name.docx) also refuses the export.
 * Every refusal is an Error whose message is shown to the user as is.
 */

/** The owner files Word (which shortens long names), WPS and LibreOffice leave beside an open document. */
export function lockFileNames(fileName: string): string[] {
  const stem = path.parse(fileName).name;
  const word = stem.length >= 8 ? fileName.slice(2) : stem.length === 7 ? fileName.slice(1) : fileName;
  return [...new Set([`~$${fileName}`, `~$${word}`, `.~lock.${fileName}#`])];
}

/** writeFileAtomic's temp files of .docx targets. */
const EXPORT_TEMP = tempFilePattern('.+\\.docx');

const errnoOf = (err: unknown) => (err as NodeJS.ErrnoException | undefined)?.code;

async function exists(file: string): Promise<boolean> {
  try {
    await fsp.lstat(file);
    return true;
  } catch {
    return false;
  }
}

function folderProblem(err: unknown, folder: string): string {
  switch (errnoOf(err)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return `文件夹“${folder}”不存在，请另选保存位置`;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `没有写入文件夹“${folder}”的权限，请另选保存位置（例如“文档”或桌面）`;
    default:
      return `无法在文件夹“${folder}”中保存导出文件：${describeFsError(err)}`;
  }
}

function targetProblem(err: unknown, target: string): string {
  switch (errnoOf(err)) {
    case 'EBUSY':
    case 'EPERM':
    case 'EACCES':
      return `文件“${path.basename(target)}”正被其他程序（如 Word、WPS）打开或设为只读，无法覆盖。请关闭该文件后重新导出，或另存为其他文件名`;
    case 'EISDIR':
      return `“${target}”是一个文件夹，请指定要保存的文件名`;
    default:
      return `无法保存“${target}”：${describeFsError(err)}`;
  }
}

export async function writeExportFile(targetPath: string, bytes: Uint8Array): Promise<void> {
  const target = path.resolve(targetPath);
  const folder = path.dirname(target);
  const name = path.basename(target);

  for (const lock of lockFileNames(name)) {
    if (await exists(path.join(folder, lock))) {
      throw new Error(
        `文件“${name}”正在 Word 或 WPS 中打开（发现锁定文件“${lock}”），覆盖会丢失其中未保存的修改。` +
          `请先关闭该文件再导出；如果已经关闭，请删除该锁定文件后重试`,
      );
    }
  }
  // Only a regular file is replaced (a symlink to one is followed to check it): never a folder, FIFO or device.
  const stat = await fsp.stat(target).catch(() => null);
  if (stat?.isDirectory()) throw new Error(targetProblem(Object.assign(new Error(), { code: 'EISDIR' }), target));
  if (stat && !stat.isFile()) {
    throw new Error(`“${target}”不是普通文件（而是管道、设备等特殊文件），不能用作导出文件，请另选文件名`);
  }
  // A kill between writing and renaming leaves a hidden `.name.docx.<hex>.tmp` in the user's folder: the next export
  // there removes the ones old enough to be abandoned (our own naming only, never anything else of the user's).
  await removeStaleTemps(folder, { pattern: EXPORT_TEMP });

  try {
    await writeFileAtomic(target, bytes);
  } catch (err) {
    if (!(err instanceof AtomicWriteError)) throw err;
    const message = err.phase === 'replace' ? targetProblem(err.cause, target) : folderProblem(err.cause, folder);
    throw new Error(message, { cause: err });
  }
}

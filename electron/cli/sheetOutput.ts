import { AtomicWriteError } from '../backend/atomicWrite';

/** Why a results file could not be written, in words, never a stack. */
export function sheetWriteProblem(err: unknown): string {
  const cause = err instanceof AtomicWriteError ? err.cause : err;
  switch ((cause as NodeJS.ErrnoException).code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return '所在文件夹不存在';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return '没有写入权限（文件是否正在 Excel 或 WPS 中打开？）';
    case 'ENOSPC':
      return '磁盘空间不足';
    case 'EISDIR':
      return '这是一个文件夹';
    default:
      return (cause as Error).message;
  }
}

/**
 * File-system failures in words a user can act on, without the paths and stack Node puts in its messages: the page
 * shows these as they are, and it has no business knowing the layout of the disk. The one map for the store, the CLI
 * and exports.
 */
const REASONS: Readonly<Record<string, string>> = {
  ENOSPC: '磁盘已满（磁盘空间不足），请清理出空间后重试',
  EDQUOT: '磁盘配额已用完，请清理出空间后重试',
  EFBIG: '文件超过磁盘允许的大小',
  EACCES: '没有访问权限（文件或文件夹可能被设为只读，或被杀毒软件拦截）',
  EPERM: '没有访问权限（文件或文件夹可能被设为只读，或被杀毒软件拦截）',
  EROFS: '磁盘是只读的（如写保护的 U 盘或光盘），无法写入',
  EBUSY: '文件正被其他程序占用',
  ENOENT: '文件或所在文件夹不存在',
  ENOTDIR: '路径中有同名文件挡住了文件夹',
  EISDIR: '应为文件的位置是一个文件夹',
  EEXIST: '同名文件已存在',
  ENOTEMPTY: '文件夹不是空的',
  ENAMETOOLONG: '文件名或路径太长',
  ELOOP: '路径中的符号链接过多或形成循环',
  EMFILE: '同时打开的文件过多',
  ENFILE: '同时打开的文件过多',
  EXDEV: '不能跨磁盘移动文件',
  EIO: '磁盘读写出错',
  ETIMEDOUT: '访问超时（网络磁盘可能已断开）',
};

/** The errno code of a Node file-system error, if it is one. */
export function fsErrorCode(err: unknown): string | undefined {
  const code = (err as NodeJS.ErrnoException | null | undefined)?.code;
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) ? code : undefined;
}

export function describeFsError(err: unknown): string {
  const code = fsErrorCode(err);
  if (code) return REASONS[code] ?? `系统错误 ${code}`;
  return '未知错误';
}

/** A write into the data folder refused because the disk is full or the folder is read-only. */
export const isFullOrReadOnly = (err: unknown): boolean =>
  ['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM'].includes(fsErrorCode(err) ?? '');

/**
 * The sentence for a failed write into the app's data folder: the user's drafts are intact, only this change was not
 * written.
 */
export function dataFolderProblem(err: unknown): string {
  switch (fsErrorCode(err)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return '磁盘已满，修改未能保存（已有的草稿完好无损）。请清理出磁盘空间后重试';
    case 'EROFS':
    case 'EACCES':
    case 'EPERM':
      return '数据文件夹只读（或没有写入权限），修改未能保存（已有的草稿完好无损）。请检查数据文件夹的权限后重试';
    default:
      return `数据文件夹无法写入：${describeFsError(err)}`;
  }
}

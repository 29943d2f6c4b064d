/**
 * File-system failures in words a user can act on, without the paths and stack Node puts in its messages: the page
 * shows these as they are, and it has no business knowing the layout of the disk.
 */
const REASONS: Record<string, string> = {
  ENOSPC: '磁盘空间不足',
  EDQUOT: '磁盘配额已用完',
  EACCES: '没有访问权限（文件可能被设为只读，或被杀毒软件拦截）',
  EPERM: '没有访问权限（文件可能被设为只读，或被杀毒软件拦截）',
  EBUSY: '文件正被其他程序占用',
  EROFS: '磁盘是只读的',
  ENOENT: '文件或文件夹不存在',
  ENOTDIR: '路径中有同名文件挡住了文件夹',
  EISDIR: '应为文件的位置是一个文件夹',
  EMFILE: '同时打开的文件过多',
  ENFILE: '同时打开的文件过多',
  EIO: '磁盘读写出错',
};

export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (typeof code === 'string') return REASONS[code] ?? `系统错误 ${code}`;
  return '未知错误';
}

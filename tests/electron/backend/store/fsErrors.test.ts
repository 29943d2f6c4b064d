import { describe, expect, it } from 'vitest';
import { dataFolderProblem, describeFsError, isFullOrReadOnly } from '../../../../electron/backend/store/fsErrors';

const err = (code: string) =>
  Object.assign(new Error(`${code}: failed, open '/home/u/.config/x/data/drafts/a.json'`), { code });

describe('fsErrors: the one errno → Chinese map', () => {
  it('puts common codes in words, an unknown code by name, and never a path', () => {
    expect(describeFsError(err('ENOSPC'))).toMatch(/^磁盘已满/);
    expect(describeFsError(err('EROFS'))).toMatch(/^磁盘是只读的/);
    expect(describeFsError(err('EACCES'))).toMatch(/^没有访问权限/);
    expect(describeFsError(err('EWHATEVER'))).toBe('系统错误 EWHATEVER');
    expect(describeFsError(new Error('no code'))).toBe('未知错误');
    expect(describeFsError(null)).toBe('未知错误');
    for (const code of ['ENOSPC', 'EROFS', 'EACCES', 'EIO', 'EBUSY'])
      expect(describeFsError(err(code))).not.toMatch(/\//);
  });

  it('says what a failed write into the data folder means for the drafts', () => {
    expect(isFullOrReadOnly(err('ENOSPC'))).toBe(true);
    expect(isFullOrReadOnly(err('EIO'))).toBe(false);
    expect(dataFolderProblem(err('ENOSPC'))).toBe(
      '磁盘已满，修改未能保存（已有的草稿完好无损）。请清理出磁盘空间后重试',
    );
    expect(dataFolderProblem(err('EROFS'))).toMatch(/^数据文件夹只读（或没有写入权限），修改未能保存/);
    expect(dataFolderProblem(err('EIO'))).toBe('数据文件夹无法写入：磁盘读写出错');
  });
});

import { describe, expect, it } from 'vitest';
import { IMPORTABLE_EXTENSIONS } from '../../shared/import/fileTypes';
import { checkDrop } from '../../renderer/src/logic/droppedFile';

const file = (name: string, size = 1000) => ({ name, size, isDirectory: false });

describe('a file dropped on the window', () => {
  it('is accepted in every type the importer reads, whatever the case of its extension', () => {
    for (const ext of IMPORTABLE_EXTENSIONS) {
      expect(checkDrop([file(`2024年报.${ext}`)])).toEqual({ ok: true, index: 0 });
      expect(checkDrop([file(`2024年报.${ext.toUpperCase()}`)])).toEqual({ ok: true, index: 0 });
    }
  });

  it('is refused with its name when the type is not one the importer reads', () => {
    for (const name of ['照片.jpg', '表格.xlsx', '无扩展名']) {
      const check = checkDrop([file(name)]);
      expect(check).toEqual({ ok: false, reason: expect.stringContaining(`不能导入「${name}」：只能导入PDF`) });
    }
  });

  it('refuses a folder, several files and a file over the limit plainly', () => {
    expect(checkDrop([{ name: '2024年报', size: 0, isDirectory: true }])).toEqual({
      ok: false,
      reason: '「2024年报」是文件夹，请拖入年报文件本身',
    });
    expect(checkDrop([file('a.pdf'), file('b.pdf')])).toMatchObject({
      ok: false,
      reason: expect.stringContaining('一次只能导入一份年报，拖入了 2 个文件'),
    });
    expect(checkDrop([file('大.pdf', 21 * 1024 * 1024)])).toMatchObject({
      ok: false,
      reason: expect.stringContaining('有 21 MB，超过 20 MB 的上限'),
    });
    expect(checkDrop([file('刚好.pdf', 20 * 1024 * 1024)])).toEqual({ ok: true, index: 0 });
  });
});

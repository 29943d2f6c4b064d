import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => await import('./fakeElectron'));
const { BrowserWindow, dialog, shell } = await import('./fakeElectron');
const { createElectronDialogs } = await import('../../../electron/dialogs');

beforeEach(() => {
  dialog.showOpenDialog.mockReset();
  dialog.showSaveDialog.mockReset();
});

describe('native dialogs', () => {
  it('asks for the report to import with the native open dialog, on the window, PDF/Word/web/text first', async () => {
    const win = new BrowserWindow({});
    const dialogs = createElectronDialogs(() => win as never);
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/home/u/年报.docx'] });
    expect(await dialogs.chooseImportFile()).toBe('/home/u/年报.docx');
    const [parent, options] = dialog.showOpenDialog.mock.calls[0]!;
    expect(parent).toBe(win);
    expect(options).toMatchObject({ title: '导入已发布的年度报告', properties: ['openFile'] });
    expect(options.filters[0].extensions).toEqual(['pdf', 'docx', 'doc', 'wps', 'html', 'htm', 'txt']);

    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await dialogs.chooseImportFile()).toBeNull();
  });

  it('asks for the 批量检查 folder with the native folder dialog, on the window', async () => {
    const win = new BrowserWindow({});
    const dialogs = createElectronDialogs(() => win as never);
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/home/u/各部门年报'] });
    expect(await dialogs.chooseBatchFolder()).toBe('/home/u/各部门年报');
    const [parent, options] = dialog.showOpenDialog.mock.calls[0]!;
    expect(parent).toBe(win);
    expect(options.properties).toEqual(['openDirectory']);
    expect(options.title).toContain('批量检查');
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await dialogs.chooseBatchFolder()).toBeNull();
  });

  it('asks for an .xlsx target for the batch results, and always ends it in .xlsx', async () => {
    const dialogs = createElectronDialogs(() => null);
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/home/u/文档/结果' });
    expect(await dialogs.chooseExportTarget('批量检查结果.xlsx')).toBe('/home/u/文档/结果.xlsx');
    const [options] = dialog.showSaveDialog.mock.calls.at(-1)!;
    expect(options).toMatchObject({
      title: '导出批量检查结果',
      filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
    });
  });

  it('asks for an .html target for the web version, and always ends it in .html', async () => {
    const dialogs = createElectronDialogs(() => null);
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/home/u/文档/报告' });
    expect(await dialogs.chooseExportTarget('某局2024年报.html')).toBe('/home/u/文档/报告.html');
    const [options] = dialog.showSaveDialog.mock.calls.at(-1)!;
    expect(options).toMatchObject({ title: '导出网页版', filters: [{ name: '网页', extensions: ['html'] }] });
  });

  it('asks where to export with the native save dialog, in 文档 under the draft’s name, and always ends in .docx', async () => {
    const dialogs = createElectronDialogs(() => null);
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/home/u/文档/报告' });
    expect(await dialogs.chooseExportTarget('某局2024年报.docx')).toBe('/home/u/文档/报告.docx');
    const [options] = dialog.showSaveDialog.mock.calls[0]!;
    expect(options).toMatchObject({
      title: '导出 Word 文档',
      defaultPath: path.join('/home/user/documents', '某局2024年报.docx'),
      filters: [{ name: 'Word 文档', extensions: ['docx'] }],
    });
    expect(options.properties).toContain('showOverwriteConfirmation');

    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/home/u/A.DOCX' });
    expect(await dialogs.chooseExportTarget('x.docx')).toBe('/home/u/A.DOCX');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await dialogs.chooseExportTarget('x.docx')).toBeNull();
  });

  it('reveals an exported file with showItemInFolder (never opens or runs it)', async () => {
    await createElectronDialogs(() => null).showInFolder('/home/u/年报.docx');
    expect(shell.showItemInFolder).toHaveBeenCalledWith('/home/u/年报.docx');
    expect(shell.openPath).not.toHaveBeenCalled();
    expect(shell.openExternal).not.toHaveBeenCalled();
  });
});

/** The backend's Dialogs over Electron's native dialogs and shell: file paths only ever come from the user here. */
import { app, dialog, shell } from 'electron';
import type { BrowserWindow, OpenDialogOptions, SaveDialogOptions } from 'electron';
import path from 'node:path';
import { IMPORTABLE_EXTENSIONS } from '../shared/import/fileTypes';
import type { Dialogs } from './backend/service';

const EXPORT_KINDS = {
  docx: { title: '导出 Word 文档', name: 'Word 文档' },
  html: { title: '导出网页版', name: '网页' },
  xlsx: { title: '导出批量检查结果', name: 'Excel 工作簿' },
} as const;

export function createElectronDialogs(getWindow: () => BrowserWindow | null): Dialogs {
  return {
    async chooseImportFile() {
      const options: OpenDialogOptions = {
        title: '导入已发布的年度报告',
        properties: ['openFile'],
        filters: [
          {
            name: '年度报告（PDF、Word、网页、文本）',
            extensions: [...IMPORTABLE_EXTENSIONS],
          },
          { name: '所有文件', extensions: ['*'] },
        ],
      };
      const win = getWindow();
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseBatchFolder() {
      const options: OpenDialogOptions = {
        title: '批量检查：选择放年度报告的文件夹',
        properties: ['openDirectory'],
      };
      const win = getWindow();
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseExportTarget(defaultFileName) {
      // The default name's extension says what is exported: the Word document, the web version or batch results.
      const ext = /\.(html|xlsx)$/i.exec(defaultFileName)?.[1]?.toLowerCase() ?? 'docx';
      const kind = EXPORT_KINDS[ext as keyof typeof EXPORT_KINDS];
      const options: SaveDialogOptions = {
        title: kind.title,
        defaultPath: path.join(app.getPath('documents'), defaultFileName),
        filters: [{ name: kind.name, extensions: [ext] }],
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      };
      const win = getWindow();
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      return new RegExp(`\\.${ext}$`, 'i').test(result.filePath) ? result.filePath : `${result.filePath}.${ext}`;
    },
    showInFolder(filePath) {
      shell.showItemInFolder(filePath);
    },
  };
}

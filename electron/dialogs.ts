/** The backend's Dialogs over Electron's native dialogs and shell: file paths only ever come from the user here. */
import { app, dialog, shell } from 'electron';
import type { BrowserWindow, OpenDialogOptions, SaveDialogOptions } from 'electron';
import path from 'node:path';
import { IMPORTABLE_EXTENSIONS } from '../shared/import/fileTypes';
import type { Dialogs } from './backend/service';

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
    async chooseExportTarget(defaultFileName) {
      // The default name's extension says what is exported: the Word document or the web version.
      const web = /\.html$/i.test(defaultFileName);
      const ext = web ? 'html' : 'docx';
      const options: SaveDialogOptions = {
        title: web ? '导出网页版' : '导出 Word 文档',
        defaultPath: path.join(app.getPath('documents'), defaultFileName),
        filters: [web ? { name: '网页', extensions: ['html'] } : { name: 'Word 文档', extensions: ['docx'] }],
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

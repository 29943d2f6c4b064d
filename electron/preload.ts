/**
 * Exposes exactly the contract's methods as `window.reportStudio`, each one IPC channel. Sandboxed, so this file is
 * bundled to CommonJS on its own and imports only `electron`, the channel names and types.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { channelOf } from '../shared/api/channels';
import type { IpcEnvelope } from '../shared/api/channels';
import type { ApiMethod, ReportStudioApi } from '../shared/api/contract';

function call<M extends ApiMethod>(method: M): ReportStudioApi[M] {
  const invoke = async (...args: unknown[]): Promise<unknown> => {
    const envelope = (await ipcRenderer.invoke(channelOf(method), ...args)) as IpcEnvelope;
    if (envelope.ok) return envelope.value;
    // A plain { code, message } object: Electron copies it into the page intact, an Error would lose its code.
    throw envelope.error;
  };
  return invoke as unknown as ReportStudioApi[M];
}

export const reportStudioApi = {
  listDrafts: call('listDrafts'),
  openDraft: call('openDraft'),
  createDraft: call('createDraft'),
  createFromPrevious: call('createFromPrevious'),
  importReport: call('importReport'),
  importReportData: call('importReportData'),
  cancelImport: call('cancelImport'),
  saveDraft: call('saveDraft'),
  duplicateDraft: call('duplicateDraft'),
  renameDraft: call('renameDraft'),
  deleteDraft: call('deleteDraft'),
  listTrash: call('listTrash'),
  restoreFromTrash: call('restoreFromTrash'),
  restoreFromBackup: call('restoreFromBackup'),
  listExports: call('listExports'),
  openExport: call('openExport'),
  exportDocx: call('exportDocx'),
  exportHtml: call('exportHtml'),
  renderDocx: call('renderDocx'),
  showExportInFolder: call('showExportInFolder'),
  getSettings: call('getSettings'),
  updateAgencyProfile: call('updateAgencyProfile'),
  startBatch: call('startBatch'),
  batchProgress: call('batchProgress'),
  cancelBatch: call('cancelBatch'),
  openBatchReport: call('openBatchReport'),
  exportBatchResults: call('exportBatchResults'),
  sumBatchReports: call('sumBatchReports'),
} satisfies ReportStudioApi;

contextBridge.exposeInMainWorld('reportStudio', reportStudioApi);

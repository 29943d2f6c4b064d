import { beforeEach, describe, expect, it, vi } from 'vitest';
import { API_METHODS, channelOf } from '../../../shared/api/contract';
import type { ReportStudioApi } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { IMPORT_LIMITS } from '../../../shared/import/limits';
import { EMPTY_AGENCY } from '../../../shared/model';

vi.mock('electron', async () => await import('./fakeElectron'));
const { ipcMain } = await import('./fakeElectron');
const { registerIpc } = await import('../../../electron/ipc');

/** An API whose every method records its call and resolves with its own name. */
function recordingApi(): ReportStudioApi & { calls: [string, unknown[]][] } {
  const calls: [string, unknown[]][] = [];
  const api = Object.fromEntries(
    API_METHODS.map((m) => [
      m,
      async (...args: unknown[]) => {
        calls.push([m, args]);
        return `result of ${m}`;
      },
    ]),
  ) as unknown as ReportStudioApi;
  return Object.assign(api, { calls });
}

const frame = (url: string, parent: unknown = null) => ({ url, parent });
const fromApp = { senderFrame: frame('app://report-studio/index.html') };

/** Valid arguments for each method, as the renderer would send them. */
const VALID: Record<string, unknown[]> = {
  listDrafts: [],
  openDraft: ['d1'],
  createDraft: [{ year: 2024 }],
  createFromPrevious: ['d1'],
  importReport: [],
  importReportData: ['2024年报.pdf', new Uint8Array([0x25, 0x50, 0x44, 0x46])],
  cancelImport: [],
  saveDraft: [{ any: 'thing' }],
  duplicateDraft: ['d1'],
  renameDraft: ['d1', '新标题'],
  deleteDraft: ['d1'],
  listTrash: [],
  restoreFromTrash: ['d1'],
  restoreFromBackup: ['d1'],
  listExports: ['d1'],
  openExport: ['d1', 'e1'],
  exportDocx: ['d1'],
  exportHtml: ['d1'],
  renderDocx: [{}],
  showExportInFolder: ['d1', 'e1'],
  getSettings: [],
  updateAgencyProfile: [{ ...EMPTY_AGENCY, name: '某局' }],
  startBatch: [],
  batchProgress: ['a1b2'],
  cancelBatch: ['a1b2'],
  openBatchReport: ['a1b2', 3],
  exportBatchResults: ['a1b2'],
  sumBatchReports: ['a1b2', [0, 1], '某某县人民政府'],
};

const invoke = (method: string, event: unknown, ...args: unknown[]) =>
  ipcMain.handlers.get(channelOf(method as never))!(event, ...args) as Promise<unknown>;

beforeEach(() => {
  ipcMain.handlers.clear();
});

describe('ipc: one handler per contract method', () => {
  it('registers exactly one channel per method and nothing else', () => {
    registerIpc(recordingApi());
    expect([...ipcMain.handlers.keys()].sort()).toEqual(API_METHODS.map(channelOf).sort());
    expect(ipcMain.on).not.toHaveBeenCalled();
  });

  it.each(API_METHODS)('passes a valid call of %s from the app’s page to the service', async (method) => {
    const api = recordingApi();
    registerIpc(api);
    expect(await invoke(method, fromApp, ...VALID[method]!)).toEqual({ ok: true, value: `result of ${method}` });
    expect(api.calls).toEqual([[method, VALID[method]]]);
  });

  it('can be removed again', () => {
    const unregister = registerIpc(recordingApi());
    unregister();
    expect(ipcMain.handlers.size).toBe(0);
  });
});

describe('ipc: senders', () => {
  it.each([
    ['another origin', { senderFrame: frame('https://evil.example/index.html') }],
    ['a file: page', { senderFrame: frame('file:///tmp/index.html') }],
    ['another app:// host', { senderFrame: frame('app://evil/index.html') }],
    [
      'an iframe inside the app page',
      { senderFrame: frame('app://report-studio/x.html', frame('app://report-studio/')) },
    ],
    ['a destroyed frame', { senderFrame: null }],
  ])('rejects a call from %s without reaching the service', async (_name, event) => {
    const api = recordingApi();
    registerIpc(api);
    for (const method of API_METHODS) {
      expect(await invoke(method, event, ...VALID[method]!)).toEqual({
        ok: false,
        error: { code: 'forbidden', message: '拒绝来自外部页面的调用' },
      });
    }
    expect(api.calls).toEqual([]);
  });
});

describe('ipc: arguments', () => {
  it.each([
    ['openDraft', ['../../etc/passwd']],
    ['openDraft', []],
    ['openDraft', ['d1', 'extra']],
    ['openDraft', [42]],
    ['createDraft', [{ year: 1899 }]],
    ['createDraft', [{ year: 2024, format: '2030' }]],
    ['renameDraft', ['d1', 'x'.repeat(201)]],
    ['openExport', ['d1', '../x']],
    ['listDrafts', ['unexpected']],
    ['updateAgencyProfile', [{ name: 1 }]],
    ['openBatchReport', ['a1b2', 300]],
    ['batchProgress', ['A/../b']],
  ])('rejects %s%j as invalid arguments without reaching the service', async (method, args) => {
    const api = recordingApi();
    registerIpc(api);
    const result = (await invoke(method, fromApp, ...args)) as {
      ok: boolean;
      error: { code: string; message: string };
    };
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe('invalid-arguments');
    expect(result.error.message).toMatch(/^参数无效/);
    // zod's own messages are English: every line is put in Chinese (shared/model/parse.ts formatZodError).
    expect(result.error.message).not.toMatch(/Invalid|expected|received|Too (big|small)/i);
    expect(api.calls).toEqual([]);
  });
});

describe('ipc: a dropped file (importReportData)', () => {
  const refused = async (args: unknown[]) => {
    ipcMain.handlers.clear();
    const api = recordingApi();
    registerIpc(api);
    const result = (await invoke('importReportData', fromApp, ...args)) as {
      ok: boolean;
      error: { code: string; message: string };
    };
    expect(api.calls).toEqual([]);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    return result.error.message;
  };

  it('refuses bytes over the import limit with the limit in Chinese, before the service sees them', async () => {
    const message = await refused(['r.pdf', new Uint8Array(IMPORT_LIMITS.maxFileBytes + 1)]);
    expect(message).toContain('文件超过 20 MB，不像年度报告，已拒绝导入');
  });

  it('refuses a name over 255 characters, an empty name and content that is not bytes', async () => {
    expect(await refused(['x'.repeat(252) + '.pdf', new Uint8Array(1)])).toContain('过长：最多 255 个字符');
    expect(await refused(['', new Uint8Array(1)])).toContain('不能为空');
    expect(await refused(['r.pdf', 'not bytes'])).toContain('文件内容无效');
    expect(await refused(['r.pdf', [1, 2, 3]])).toContain('文件内容无效');
  });

  it('accepts exactly the limit', async () => {
    const api = recordingApi();
    registerIpc(api);
    const bytes = new Uint8Array(IMPORT_LIMITS.maxFileBytes);
    expect(await invoke('importReportData', fromApp, 'r.pdf', bytes)).toMatchObject({ ok: true });
    expect(api.calls[0]![1]![1]).toBe(bytes);
  });
});

describe('ipc: errors', () => {
  it('carries an ApiError’s code and Chinese message across', async () => {
    const api = recordingApi();
    api.openDraft = async () => {
      throw new ApiError('not-found', '草稿不存在');
    };
    registerIpc(api);
    expect(await invoke('openDraft', fromApp, 'd1')).toEqual({
      ok: false,
      error: { code: 'not-found', message: '草稿不存在' },
    });
  });

  it('reports any other failure as an internal error with its message', async () => {
    const api = recordingApi();
    api.listDrafts = async () => {
      throw new Error('disk on fire');
    };
    registerIpc(api);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await invoke('listDrafts', fromApp)).toEqual({
      ok: false,
      error: { code: 'internal', message: '程序内部错误：disk on fire' },
    });
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('listDrafts'), expect.any(Error));
    logged.mockRestore();
  });

  it('sends the page no stack and no file path of an unexpected error (they stay in the main log)', async () => {
    const api = recordingApi();
    api.openDraft = async () => {
      const err = Object.assign(
        new Error("EACCES: permission denied, open '/home/clerk/.config/年报编制助手/data/drafts/d1.json'"),
        { code: 'EACCES' },
      );
      throw err;
    };
    registerIpc(api);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const envelope = (await invoke('openDraft', fromApp, 'd1')) as { ok: false; error: { message: string } };
    logged.mockRestore();
    expect(envelope).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(envelope.error.message).toBe("程序内部错误：EACCES: permission denied, open '…'");
    expect(JSON.stringify(envelope)).not.toMatch(/home|clerk|\.config|\bat\s/);
    expect(Object.keys(envelope.error).sort()).toEqual(['code', 'message']);
  });
});

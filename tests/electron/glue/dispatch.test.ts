import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { dispatchCall, isApiMethod } from '../../../electron/dispatch';
import { API_METHODS } from '../../../shared/api/contract';
import type { ReportStudioApi } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { repoRoot } from '../../helpers/drafts';

/** Every method answers with its own name, except the ones given. */
const apiWith = (overrides: Partial<Record<string, (...a: unknown[]) => Promise<unknown>>> = {}) =>
  Object.fromEntries(API_METHODS.map((m) => [m, overrides[m] ?? (async () => m)])) as unknown as ReportStudioApi;

describe('dispatchCall: the one check-and-dispatch of ipc.ts and the web test bridge', () => {
  it('calls the handler with the arguments the contract accepts', async () => {
    const openDraft = vi.fn(async (id: unknown) => `opened ${String(id)}`);
    expect(await dispatchCall(apiWith({ openDraft }), 'openDraft', ['d1'])).toEqual({ ok: true, value: 'opened d1' });
    expect(openDraft).toHaveBeenCalledWith('d1');
  });

  it.each(['formatDisk', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'])(
    'answers not-found for %s, which is no method of the contract',
    async (method) => {
      expect(isApiMethod(method)).toBe(false);
      expect(await dispatchCall(apiWith(), method, [])).toEqual({
        ok: false,
        error: { code: 'not-found', message: `没有这个方法：${method}` },
      });
    },
  );

  it('refuses arguments the contract does not accept before the handler runs', async () => {
    const openDraft = vi.fn(async () => 'x');
    const answer = await dispatchCall(apiWith({ openDraft }), 'openDraft', ['../../etc']);
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'invalid-arguments', message: expect.stringContaining('参数无效') },
    });
    expect(await dispatchCall(apiWith({ openDraft }), 'openDraft', 'not a tuple')).toMatchObject({ ok: false });
    expect(openDraft).not.toHaveBeenCalled();
  });

  it('refuses a 批量检查 job id that is not one, a row past the 300-report bound and an over-long 汇总 agency name', async () => {
    const sumBatchReports = vi.fn(async () => 'x');
    const api = apiWith({ sumBatchReports });
    for (const args of [
      ['../x', [0], '某某县人民政府'],
      ['ab12', [300], '某某县人民政府'],
      ['ab12', [], '某某县人民政府'],
      ['ab12', [0.5], '某某县人民政府'],
      ['ab12', [0], '县'.repeat(201)],
    ]) {
      expect(await dispatchCall(api, 'sumBatchReports', args)).toMatchObject({
        ok: false,
        error: { code: 'invalid-arguments' },
      });
    }
    expect(sumBatchReports).not.toHaveBeenCalled();
    expect(await dispatchCall(api, 'sumBatchReports', ['ab12', [0, 299], '某某县人民政府'])).toEqual({
      ok: true,
      value: 'x',
    });
    expect(await dispatchCall(api, 'openBatchReport', ['ab12', -1])).toMatchObject({ ok: false });
  });

  it('maps an ApiError to its shape and anything else to internal, without paths', async () => {
    const failing = apiWith({
      listDrafts: async () => {
        throw new ApiError('read-only', '该草稿只读');
      },
      listTrash: async () => {
        throw new Error("EACCES: permission denied, open '/home/user/secret.json'");
      },
    });
    expect(await dispatchCall(failing, 'listDrafts', [])).toEqual({
      ok: false,
      error: { code: 'read-only', message: '该草稿只读' },
    });
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const internal = await dispatchCall(failing, 'listTrash', []);
    expect(internal).toEqual({
      ok: false,
      error: { code: 'internal', message: "程序内部错误：EACCES: permission denied, open '…'" },
    });
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();
  });

  it('imports nothing from electron, so the web bridge runs it on plain Node', () => {
    const source = readFileSync(path.join(repoRoot, 'electron/dispatch.ts'), 'utf8');
    expect(source).not.toMatch(/from '(electron|\.\/(main|ipc|preload|security))'/);
    const bridge = readFileSync(path.join(repoRoot, 'dev/serve-web.ts'), 'utf8');
    expect(bridge).toContain("from '../electron/dispatch'");
    expect(bridge).not.toMatch(/safeParse/);
  });
});

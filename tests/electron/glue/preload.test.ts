import { describe, expect, it, vi } from 'vitest';
import { API_METHODS, channelOf } from '../../../shared/api/contract';

vi.mock('electron', async () => await import('./fakeElectron'));
const { contextBridge, ipcRenderer } = await import('./fakeElectron');
await import('../../../electron/preload');

const exposed = () => {
  expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [name, api] = contextBridge.exposeInMainWorld.mock.calls[0]! as unknown as [
    string,
    Record<string, (...a: unknown[]) => Promise<unknown>>,
  ];
  return { name, api };
};

describe('preload', () => {
  it('exposes exactly the contract’s methods as window.reportStudio, all functions', () => {
    const { name, api } = exposed();
    expect(name).toBe('reportStudio');
    expect(Object.keys(api).sort()).toEqual([...API_METHODS].sort());
    for (const method of API_METHODS) expect(typeof api[method]).toBe('function');
  });

  it('sends each method on its own channel with the arguments as given', async () => {
    const { api } = exposed();
    for (const method of API_METHODS) {
      ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: `v-${method}` });
      expect(await api[method]!('a', 2)).toBe(`v-${method}`);
      expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(channelOf(method), 'a', 2);
    }
  });

  it('rejects with the { code, message } shape the main process sent', async () => {
    const { api } = exposed();
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: false, error: { code: 'read-only', message: '该草稿只读' } });
    await expect(api.saveDraft!({})).rejects.toEqual({ code: 'read-only', message: '该草稿只读' });
  });

  it('imports nothing but electron at run time (a sandboxed preload can require nothing else)', async () => {
    const { readFile } = await import('node:fs/promises');
    const source = await readFile(new URL('../../../electron/preload.ts', import.meta.url), 'utf8');
    const runtimeImports = [...source.matchAll(/^import (?!type )[^;]* from '([^']+)';$/gm)].map((m) => m[1]);
    expect(runtimeImports).toEqual(['electron', '../shared/api/channels']);
    const channels = await readFile(new URL('../../../shared/api/channels.ts', import.meta.url), 'utf8');
    expect([...channels.matchAll(/^import (?!type )/gm)]).toEqual([]);
  });
});

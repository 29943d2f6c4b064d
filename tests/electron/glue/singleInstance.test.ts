import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => await import('./fakeElectron'));
const { app, BrowserWindow, ipcMain, protocol } = await import('./fakeElectron');

describe('main process: single instance', () => {
  it('quits at once, without a window, when another instance holds the lock', async () => {
    app.lockGranted = false;
    await import('../../../electron/main');
    expect(app.quit).toHaveBeenCalled();
    app.fireReady();
    // Anything waiting for `ready` has run once whenReady() has resolved and the queue after it has drained.
    await app.whenReady();
    await new Promise((resolve) => setImmediate(resolve));
    expect(BrowserWindow.instances).toHaveLength(0);
    expect(ipcMain.handlers.size).toBe(0);
    expect(protocol.handle).not.toHaveBeenCalled();
  });
});

import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => await import('./fakeElectron'));
const { app, BrowserWindow } = await import('./fakeElectron');

describe('main process: single instance', () => {
  it('quits at once, without a window, when another instance holds the lock', async () => {
    app.lockGranted = false;
    await import('../../../electron/main');
    app.fireReady();
    await new Promise((r) => setTimeout(r, 20));
    expect(app.quit).toHaveBeenCalled();
    expect(BrowserWindow.instances).toHaveLength(0);
  });
});

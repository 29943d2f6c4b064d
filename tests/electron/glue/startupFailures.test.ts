import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { channelOf } from '../../../shared/api/contract';

vi.mock('electron', async () => await import('./fakeElectron'));
const { app, BrowserWindow, dialog, ipcMain } = await import('./fakeElectron');

const fromApp = { senderFrame: { url: 'app://report-studio/index.html', parent: null } };
let work: string;
let win: InstanceType<typeof BrowserWindow>;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'main-failures-'));
  // userData is a file, so <userData>/data cannot be created; and the page itself fails to load.
  const blocker = path.join(work, 'userData');
  await writeFile(blocker, 'not a folder');
  app.userData = blocker;
  BrowserWindow.loadError = new Error('ERR_FILE_NOT_FOUND (-6) loading app://report-studio/index.html');
  await import('../../../electron/main');
  app.fireReady();
  await vi.waitFor(() => expect(BrowserWindow.instances).toHaveLength(1));
  win = BrowserWindow.instances[0]!;
  await vi.waitFor(() => expect(dialog.showErrorBox).toHaveBeenCalled());
});

afterAll(async () => {
  BrowserWindow.loadError = null;
  await rm(work, { recursive: true, force: true });
});

describe('main process: a start that goes wrong still shows the user something', () => {
  it('opens the window when the data folder cannot be opened; the page gets the io error on its calls', async () => {
    expect(win.loadURL).toHaveBeenCalledWith('app://report-studio/index.html');
    const listed = (await ipcMain.handlers.get(channelOf('listDrafts'))!(fromApp)) as {
      ok: boolean;
      error: { code: string; message: string };
    };
    expect(listed).toMatchObject({ ok: false, error: { code: 'io' } });
    expect(listed.error.message).toMatch(/数据文件夹/);
  });

  it('shows the window with a Chinese error box when the page cannot be loaded, instead of staying hidden', () => {
    expect(win.show).toHaveBeenCalled();
    expect(dialog.showErrorBox).toHaveBeenCalledWith(expect.stringContaining('无法启动'), expect.any(String));
  });
});

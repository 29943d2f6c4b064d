/**
 * The main process with a fake `electron`: 撤销/重做 from the menu reach the editor, and closing or quitting asks in a
 * native dialog when the page's last save failed or refused inputs would be dropped.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { MENU_EVENT, RENDERER_FLUSH_HOOK } from '../../../shared/api/channels';

vi.mock('electron', async () => await import('./fakeElectron'));
const { app, BrowserWindow, dialog, Menu } = await import('./fakeElectron');

let userData: string;
let win: InstanceType<typeof BrowserWindow>;
/** What the page answers: to the flush hook, and to a menu event (true = nobody claimed it). */
let flushAnswer: unknown = null;
let menuUnclaimed = false;

beforeAll(async () => {
  userData = await mkdtemp(path.join(os.tmpdir(), 'main-close-'));
  app.userData = userData;
  await import('../../../electron/main');
  app.fireReady();
  await vi.waitFor(() => expect(BrowserWindow.instances).toHaveLength(1));
  win = BrowserWindow.instances[0]!;
  await vi.waitFor(() => expect(win.loadURL).toHaveBeenCalled());
  win.webContents.executeJavaScript.mockImplementation(async (code: string) => {
    if (code.includes(RENDERER_FLUSH_HOOK)) return flushAnswer;
    if (code.includes(MENU_EVENT)) return menuUnclaimed;
    return undefined;
  });
});

afterAll(async () => {
  await rm(userData, { recursive: true, force: true });
});

const editItem = (label: string) => {
  const template = Menu.buildFromTemplate.mock.calls[0]![0] as MenuItemConstructorOptions[];
  return (template[1]!.submenu as MenuItemConstructorOptions[]).find((i) => i.label === label)!;
};
const settle = () => new Promise((r) => setTimeout(r, 10));
const settingsFile = () => path.join(userData, 'data', 'settings.json');
const rememberedWindow = async () =>
  (JSON.parse(await readFile(settingsFile(), 'utf8').catch(() => '{}')) as { window?: unknown }).window;
const lastDialog = () => dialog.showMessageBox.mock.calls.at(-1) as unknown as [unknown, Record<string, unknown>];

describe('menu 撤销 / 重做', () => {
  it('are commands sent to the page, showing Ctrl+Z / Ctrl+Y without registering them (the page’s keydown has the keys)', () => {
    for (const [label, accelerator] of [
      ['撤销', 'CmdOrCtrl+Z'],
      ['重做', 'Ctrl+Y'],
    ] as const) {
      const item = editItem(label);
      expect(item.role).toBeUndefined();
      expect(item.accelerator).toBe(accelerator);
      expect(item.registerAccelerator).toBe(false);
    }
  });

  it('a click runs the editor’s undo (a cancelable menu event); no browser text undo when the page claimed it', async () => {
    menuUnclaimed = false;
    (editItem('撤销').click as () => void)();
    await settle();
    const code = win.webContents.executeJavaScript.mock.calls.at(-1)![0];
    expect(code).toContain(MENU_EVENT);
    expect(code).toContain('"undo"');
    expect(code).toContain('cancelable: true');
    (editItem('重做').click as () => void)();
    await settle();
    expect(win.webContents.executeJavaScript.mock.calls.at(-1)![0]).toContain('"redo"');
    expect(win.webContents.undo).not.toHaveBeenCalled();
    expect(win.webContents.redo).not.toHaveBeenCalled();
  });

  it('falls back to the browser’s text undo/redo where no page code claims it (the drafts screen’s fields)', async () => {
    menuUnclaimed = true;
    (editItem('撤销').click as () => void)();
    await vi.waitFor(() => expect(win.webContents.undo).toHaveBeenCalledOnce());
    (editItem('重做').click as () => void)();
    await vi.waitFor(() => expect(win.webContents.redo).toHaveBeenCalledOnce());
    menuUnclaimed = false;
  });
});

describe('the system session ending (log-off, shutdown)', () => {
  it('sends the page’s pending save without asking: there is no time for a dialog', async () => {
    flushAnswer = { saved: false, message: '磁盘空间不足', refusedCount: 2 };
    const asked = dialog.showMessageBox.mock.calls.length;
    const hookCalls = () =>
      win.webContents.executeJavaScript.mock.calls.filter(([code]) => String(code).includes(RENDERER_FLUSH_HOOK))
        .length;
    const before = hookCalls();
    win.emit('session-end');
    await vi.waitFor(() => expect(hookCalls()).toBe(before + 1));
    await settle();
    expect(dialog.showMessageBox.mock.calls.length).toBe(asked);
    expect(win.destroyed).toBe(false);
  });
});

describe('closing and quitting', () => {
  it('asks in Chinese when the last save failed, and keeps the window open on 返回编辑', async () => {
    flushAnswer = { saved: false, message: '磁盘空间不足', refusedCount: 2 };
    dialog.showMessageBox.mockResolvedValueOnce({ response: 0 });
    win.close();
    await vi.waitFor(() => expect(dialog.showMessageBox).toHaveBeenCalledOnce());
    const [parent, options] = lastDialog();
    expect(parent).toBe(win);
    expect(options).toMatchObject({
      type: 'warning',
      message: '最后的修改未能保存：磁盘空间不足\n有2处输入未被采用（格式不对），关闭后将丢失',
      buttons: ['返回编辑', '仍然关闭'],
      defaultId: 0,
      cancelId: 0,
    });
    await settle();
    expect(win.destroyed).toBe(false);
    // Not remembered: the window stayed. (The session-end flush above may have written the settings file.)
    expect(await rememberedWindow()).toBeFalsy();
  });

  it('quitting (退出, Ctrl+Q, before-quit) takes the same path: 返回编辑 calls the quit off', async () => {
    const template = Menu.buildFromTemplate.mock.calls[0]![0] as MenuItemConstructorOptions[];
    const quitItem = (template[0]!.submenu as MenuItemConstructorOptions[]).find((i) => i.label === '退出')!;
    // 退出 is the quit role: Electron calls app.quit(), which emits before-quit.
    expect(quitItem).toMatchObject({ role: 'quit', accelerator: 'Ctrl+Q' });

    flushAnswer = { saved: true, refusedCount: 1 };
    dialog.showMessageBox.mockResolvedValueOnce({ response: 0 });
    const quitEvent = { preventDefault: vi.fn() };
    app.emit('before-quit', quitEvent);
    expect(quitEvent.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(dialog.showMessageBox).toHaveBeenCalledTimes(2));
    expect(lastDialog()[1].message).toBe('有1处输入未被采用（格式不对），关闭后将丢失');
    await settle();
    expect(win.destroyed).toBe(false);
    expect(app.quit).not.toHaveBeenCalled();
  });

  it('a reload while undecided asks too; once the user chose 仍然关闭 the page’s beforeunload is overruled', async () => {
    const unloadEvent = { preventDefault: vi.fn() };
    dialog.showMessageBoxSync.mockReturnValueOnce(0);
    win.webContents.emit('will-prevent-unload', unloadEvent);
    expect(dialog.showMessageBoxSync).toHaveBeenCalledWith(
      win,
      expect.objectContaining({ buttons: ['返回编辑', '仍然重新加载'] }),
    );
    expect(unloadEvent.preventDefault).not.toHaveBeenCalled();

    flushAnswer = { saved: false, message: '没有访问权限', refusedCount: 0 };
    dialog.showMessageBox.mockResolvedValueOnce({ response: 1 });
    app.emit('before-quit', { preventDefault: vi.fn() });
    await vi.waitFor(() => expect(win.destroyed).toBe(true));
    const overruled = { preventDefault: vi.fn() };
    win.webContents.emit('will-prevent-unload', overruled);
    expect(overruled.preventDefault).toHaveBeenCalled();
    // The window's place is remembered only when it really closes; then the app quits after the store's writes.
    expect(await rememberedWindow()).toEqual({ x: 10, y: 20, width: 1300, height: 900, maximized: false });
    app.emit('window-all-closed');
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalled());
  });
});

import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { API_METHODS, channelOf } from '../../../shared/api/contract';
import { MENU_EVENT, RENDERER_FLUSH_HOOK } from '../../../shared/api/channels';
import type { MenuItemConstructorOptions } from 'electron';

vi.mock('electron', async () => await import('./fakeElectron'));
const fake = await import('./fakeElectron');
const { app, BrowserWindow, calls, ipcMain, Menu, protocol, session } = fake;

let userData: string;
let win: InstanceType<typeof BrowserWindow>;

beforeAll(async () => {
  userData = await mkdtemp(path.join(os.tmpdir(), 'main-test-'));
  app.userData = userData;
  await import('../../../electron/main');
  app.fireReady();
  await vi.waitFor(() => expect(BrowserWindow.instances).toHaveLength(1));
  win = BrowserWindow.instances[0]!;
  await vi.waitFor(() => expect(win.loadURL).toHaveBeenCalled());
});

afterAll(async () => {
  await rm(userData, { recursive: true, force: true });
});

describe('main process', () => {
  it('registers app:// as a privileged standard scheme before ready, and serves it after', () => {
    expect(calls.indexOf('registerSchemesAsPrivileged')).toBeLessThan(calls.indexOf('ready'));
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('takes the single-instance lock before creating any window, and focuses the window on a second start', () => {
    expect(calls.indexOf('requestSingleInstanceLock')).toBeLessThan(calls.indexOf('new BrowserWindow'));
    app.emit('second-instance');
    expect(win.focus).toHaveBeenCalled();
  });

  it('opens one window on the app’s own page with the secure webPreferences', () => {
    expect(win.loadURL).toHaveBeenCalledWith('app://report-studio/index.html');
    // First start: no remembered state, so the default size, placed by the system.
    expect(win.options).toMatchObject({ width: 1280, height: 860, show: false });
    expect(win.options).not.toHaveProperty('x');
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      webSecurity: true,
      preload: path.join('/opt/report-studio/resources/app.asar', 'dist', 'electron', 'preload.cjs'),
    });
  });

  it('hardens the session: permissions denied, network refused', () => {
    const s = session.defaultSession;
    const callback = vi.fn();
    (s.setPermissionRequestHandler.mock.calls[0]![0] as (...a: unknown[]) => void)({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(s.webRequest.onBeforeRequest).toHaveBeenCalled();
  });

  it('hardens every web contents created: navigation and new windows denied', () => {
    const contents = new fake.FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    const event = { preventDefault: vi.fn() };
    contents.emit('will-navigate', event, 'https://example.com/');
    expect(event.preventDefault).toHaveBeenCalled();
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('registers one IPC handler per contract method', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual(API_METHODS.map(channelOf).sort());
  });

  it('keeps the drafts in the user-data folder', async () => {
    const opened = await (ipcMain.handlers.get(channelOf('createDraft'))!(
      { senderFrame: { url: 'app://report-studio/index.html', parent: null } },
      { year: 2024 },
    ) as Promise<{ ok: boolean }>);
    expect(opened.ok).toBe(true);
    expect(await readdir(path.join(userData, 'data', 'drafts'))).toHaveLength(1);
  });

  it('has a Chinese menu 文件/编辑/视图/帮助 with the usual shortcuts', () => {
    const template = Menu.buildFromTemplate.mock.calls[0]![0] as MenuItemConstructorOptions[];
    expect(template.map((m) => m.label)).toEqual(['文件(&F)', '编辑(&E)', '视图(&V)', '帮助(&H)']);
    const items = template.flatMap((m) => m.submenu as MenuItemConstructorOptions[]);
    const accel = (label: string) => items.find((i) => i.label === label)?.accelerator;
    expect(accel('保存')).toBe('CmdOrCtrl+S');
    expect(accel('新建草稿…')).toBe('CmdOrCtrl+N');
    expect(accel('导出 Word 文档…')).toBe('CmdOrCtrl+E');
    expect(accel('撤销')).toBe('CmdOrCtrl+Z');
    expect(accel('复制')).toBe('CmdOrCtrl+C');
    expect(accel('粘贴')).toBe('CmdOrCtrl+V');
    expect(accel('全选')).toBe('CmdOrCtrl+A');
    expect(items.every((i) => i.type === 'separator' || /[\u4e00-\u9fff]/.test(String(i.label)))).toBe(true);
    expect(Menu.setApplicationMenu).toHaveBeenCalled();
  });

  it('forwards a menu command to the page as a DOM event', () => {
    const template = Menu.buildFromTemplate.mock.calls[0]![0] as MenuItemConstructorOptions[];
    const save = (template[0]!.submenu as MenuItemConstructorOptions[]).find((i) => i.label === '保存')!;
    (save.click as () => void)();
    const code = win.webContents.executeJavaScript.mock.calls.at(-1)![0];
    expect(code).toContain(MENU_EVENT);
    expect(code).toContain('"saveNow"');
  });

  it('lets the page flush its pending save before the window closes, then quits after the store’s writes', async () => {
    win.close();
    await vi.waitFor(() => expect(win.destroyed).toBe(true));
    const hookCall = win.webContents.executeJavaScript.mock.calls.find(([c]) => c.includes(RENDERER_FLUSH_HOOK));
    expect(hookCall).toBeDefined();
    // The window state is remembered in the settings file.
    const settings = JSON.parse(await readFile(path.join(userData, 'data', 'settings.json'), 'utf8'));
    expect(settings.window).toEqual({ x: 10, y: 20, width: 1300, height: 900, maximized: false });
    app.emit('window-all-closed');
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalled());
    const quitEvent = { preventDefault: vi.fn() };
    app.emit('before-quit', quitEvent);
    expect(quitEvent.preventDefault).not.toHaveBeenCalled();
  });
});

describe('glue sources', () => {
  it('never call shell.openExternal (no renderer-supplied URL is ever opened)', async () => {
    const dir = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..', '..', 'electron');
    const files = (await readdir(dir)).filter((f) => f.endsWith('.ts'));
    expect(files).toEqual(expect.arrayContaining(['main.ts', 'ipc.ts', 'preload.ts', 'security.ts']));
    for (const file of files) {
      expect(await readFile(path.join(dir, file), 'utf8'), file).not.toMatch(/openExternal\s*\(/);
    }
  });
});

describe('menu', () => {
  it('offers the developer tools only outside the installed app', async () => {
    const { menuTemplate } = await import('../../../electron/menu');
    const roles = (devTools: boolean) =>
      menuTemplate({
        command: () => undefined,
        about: () => undefined,
        openDataFolder: () => undefined,
        isMac: false,
        devTools,
      })
        .flatMap((m) => m.submenu as MenuItemConstructorOptions[])
        .map((i) => i.role);
    expect(roles(true)).toContain('toggleDevTools');
    expect(roles(false)).not.toContain('toggleDevTools');
    // The running app was started unpackaged (the fake's isPackaged is false), so its menu has them.
    const template = Menu.buildFromTemplate.mock.calls[0]![0] as MenuItemConstructorOptions[];
    expect(template.flatMap((m) => m.submenu as MenuItemConstructorOptions[]).map((i) => i.role)).toContain(
      'toggleDevTools',
    );
  });
});

/**
 * The Electron main process: thin glue. One window, the renderer from `app://`, the contract over IPC, native dialogs,
 * a Chinese menu. Everything with logic lives in backend/ (plain Node) and the small modules beside this file.
 */
import { app, BrowserWindow, dialog, Menu, protocol, screen, session, shell } from 'electron';
import path from 'node:path';
import type { MenuCommand } from '../shared/api/channels';
import { createService } from './backend/service';
import type { WindowState } from './backend/store';
import { collectFlush, FLUSH_HOOK_SCRIPT, FLUSH_TIMEOUT_MS, guardClose } from './closeGuard';
import { createElectronDialogs } from './dialogs';
import { registerIpc } from './ipc';
import { menuTemplate } from './menu';
import { sendMenuCommand } from './menuCommands';
import { createAppProtocolHandler } from './protocol';
import { APP_ENTRY_URL, APP_SCHEME, hardenSession, hardenWebContents, secureWebPreferences } from './security';
import { initialBounds } from './windowState';

const PRODUCT_NAME = '年报编制助手';

// Must happen before `ready`: a standard, secure scheme gets a real origin, so `default-src 'self'` means app://.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);

/** The portable Windows build keeps its data beside the .exe; everything else in the user's app-data folder. */
export function dataDirectory(): string {
  const portable = process.env.PORTABLE_EXECUTABLE_DIR;
  return portable ? path.join(portable, `${PRODUCT_NAME}数据`) : path.join(app.getPath('userData'), 'data');
}

const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T | undefined> =>
  Promise.race([promise, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms))]);

function main(): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  const appRoot = app.getAppPath();
  const dataDir = dataDirectory();
  let mainWindow: BrowserWindow | null = null;
  const service = createService({ dataDir, dialogs: createElectronDialogs(() => mainWindow) });

  const sendCommand = (command: MenuCommand) => {
    if (mainWindow) void sendMenuCommand(mainWindow.webContents, command);
  };

  const about = () => {
    void dialog.showMessageBox({
      type: 'info',
      title: `关于${PRODUCT_NAME}`,
      message: `${PRODUCT_NAME} ${app.getVersion()}`,
      detail: `政府信息公开工作年度报告编制助手。\n草稿保存在：${dataDir}`,
      buttons: ['确定'],
    });
  };

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

  async function createWindow(): Promise<BrowserWindow> {
    // A data folder that cannot be opened must not keep the window from opening: the page shows the error on its
    // first call (every service call reports it), and the window just starts at its default size.
    const settings = await service.settings().catch(() => null);
    const state = settings?.windowState;
    const win = new BrowserWindow({
      title: PRODUCT_NAME,
      ...initialBounds(
        state,
        screen.getAllDisplays().map((d) => d.workArea),
      ),
      minWidth: 960,
      minHeight: 600,
      show: false,
      backgroundColor: '#ffffff',
      webPreferences: secureWebPreferences(path.join(appRoot, 'dist', 'electron', 'preload.cjs')),
    });
    if (state?.maximized) win.maximize();
    win.once('ready-to-show', () => win.show());

    // Every close (close box, 退出, Ctrl+Q, quitting) lets the page write its pending edits first, and asks when
    // the last save failed or refused inputs would be dropped (closeGuard.ts).
    const guard = guardClose(win, {
      runHook: () => win.webContents.executeJavaScript(FLUSH_HOOK_SCRIPT),
      ask: async (question) => {
        const { response } = await dialog.showMessageBox(win, {
          type: 'warning',
          title: question.title,
          message: question.message,
          detail: question.detail,
          buttons: [...question.buttons],
          defaultId: 0,
          cancelId: 0,
          noLink: true,
        });
        return response === 1;
      },
      beforeClose: () => {
        const windowState: WindowState = { ...win.getNormalBounds(), maximized: win.isMaximized() };
        return settings?.setWindowState(windowState);
      },
    });
    // The page objects to unloading (its `beforeunload`) when edits are unsaved or inputs refused. In Electron that
    // would cancel the close silently: once the user has decided above, the page's objection is overruled; any other
    // unload (a reload from the developer tools) asks.
    win.webContents.on('will-prevent-unload', (event) => {
      if (guard.confirmed()) {
        event.preventDefault();
        return;
      }
      const choice = dialog.showMessageBoxSync(win, {
        type: 'warning',
        title: '离开前确认',
        message: '页面上有尚未保存的修改或未被采用的输入，重新加载后将丢失。',
        buttons: ['返回编辑', '仍然重新加载'],
        defaultId: 0,
        cancelId: 0,
        noLink: true,
      });
      if (choice === 1) event.preventDefault();
    });
    // Windows log-off or shutdown: there is no time to ask, so send the page's pending save and finish the store's
    // writes, as far as the seconds the system allows go.
    win.on('session-end', () => {
      void collectFlush(() => win.webContents.executeJavaScript(FLUSH_HOOK_SCRIPT), FLUSH_TIMEOUT_MS)
        .then(() => service.flush())
        .catch((err: unknown) => console.error('report-studio: flush at session end failed', err));
    });
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = null;
    });
    try {
      await win.loadURL(APP_ENTRY_URL);
    } catch (err) {
      // Without the page the window would stay hidden and the app would run with nothing on screen.
      win.show();
      dialog.showErrorBox(`${PRODUCT_NAME}无法启动`, `界面文件无法加载，请重新安装本程序。\n${(err as Error).message}`);
    }
    return win;
  }

  void app.whenReady().then(async () => {
    hardenSession(session.defaultSession);
    protocol.handle(APP_SCHEME, createAppProtocolHandler(path.join(appRoot, 'dist', 'renderer')));
    registerIpc(service);
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        menuTemplate({
          command: sendCommand,
          about,
          openDataFolder: () => void shell.openPath(dataDir),
          isMac: process.platform === 'darwin',
          devTools: !app.isPackaged,
        }),
      ),
    );
    mainWindow = await createWindow();
  });

  // Quitting: every window first lets its page send its pending autosave (and asks if something would be lost: the
  // user may stay, which calls the quit off), then the store's and the settings' writes finish, then the process ends.
  let storeFlushed = false;
  const quitAfterFlush = () => {
    void withTimeout(service.flush(), 10_000)
      .catch(() => undefined)
      .finally(() => {
        storeFlushed = true;
        app.quit();
      });
  };
  app.on('window-all-closed', quitAfterFlush);
  app.on('before-quit', (event) => {
    if (storeFlushed) return;
    event.preventDefault();
    const windows = BrowserWindow.getAllWindows();
    if (windows.length === 0) quitAfterFlush();
    for (const win of windows) win.close();
  });
}

main();

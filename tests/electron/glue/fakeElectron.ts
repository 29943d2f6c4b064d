/**
 * A stand-in for the `electron` module (its binary cannot be downloaded here): records what the glue registers and
 * lets tests play the part of Electron (fire events, call handlers).
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

type Handler = (event: unknown, ...args: unknown[]) => unknown;

export const calls: string[] = [];

export const ipcMain = {
  handlers: new Map<string, Handler>(),
  listeners: new Map<string, Handler>(),
  handle: vi.fn((channel: string, handler: Handler) => {
    if (ipcMain.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    ipcMain.handlers.set(channel, handler);
  }),
  removeHandler: vi.fn((channel: string) => ipcMain.handlers.delete(channel)),
  on: vi.fn((channel: string, handler: Handler) => ipcMain.listeners.set(channel, handler)),
};

export const ipcRenderer = { invoke: vi.fn() };
export const contextBridge = { exposeInMainWorld: vi.fn() };

class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: unknown) => unknown) | null = null;
  executeJavaScript = vi.fn(async (_code: string) => undefined as unknown);
  undo = vi.fn();
  redo = vi.fn();
  setWindowOpenHandler(handler: (details: unknown) => unknown) {
    this.windowOpenHandler = handler;
  }
}

export class BrowserWindow extends EventEmitter {
  static instances: BrowserWindow[] = [];
  static getAllWindows = () => BrowserWindow.instances.filter((w) => !w.destroyed);
  readonly webContents = new FakeWebContents();
  loadedUrl: string | null = null;
  destroyed = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    BrowserWindow.instances.push(this);
    calls.push('new BrowserWindow');
  }
  /** Set to make every loadURL fail, as Electron does when the page cannot be loaded. */
  static loadError: Error | null = null;
  loadURL = vi.fn(async (url: string) => {
    this.loadedUrl = url;
    if (BrowserWindow.loadError) throw BrowserWindow.loadError;
  });
  maximize = vi.fn();
  isMaximized = () => false;
  isMinimized = () => false;
  restore = vi.fn();
  focus = vi.fn();
  show = vi.fn();
  getNormalBounds = () => ({ x: 10, y: 20, width: 1300, height: 900 });
  isDestroyed = () => this.destroyed;
  close = vi.fn(() => {
    const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
    this.emit('close', event);
    if (!event.defaultPrevented) {
      this.destroyed = true;
      this.emit('closed');
    }
  });
}

class FakeApp extends EventEmitter {
  userData = '';
  lockGranted = true;
  private resolveReady!: () => void;
  private readonly ready = new Promise<void>((r) => (this.resolveReady = r));
  isPackaged = false;
  requestSingleInstanceLock = vi.fn(() => {
    calls.push('requestSingleInstanceLock');
    return this.lockGranted;
  });
  whenReady = vi.fn(() => this.ready);
  quit = vi.fn(() => {
    calls.push('quit');
  });
  getPath = vi.fn((name: string) => (name === 'userData' ? this.userData : `/home/user/${name}`));
  getAppPath = vi.fn(() => '/opt/report-studio/resources/app.asar');
  getVersion = () => '0.1.0';
  /** Plays Electron: emits `ready` and resolves whenReady(). */
  fireReady() {
    calls.push('ready');
    this.resolveReady();
  }
}
export const app = new FakeApp();

export const protocol = {
  registerSchemesAsPrivileged: vi.fn(() => calls.push('registerSchemesAsPrivileged')),
  handle: vi.fn(),
};

class FakeSession extends EventEmitter {
  setPermissionRequestHandler = vi.fn();
  setPermissionCheckHandler = vi.fn();
  setDevicePermissionHandler = vi.fn();
  webRequest = { onBeforeRequest: vi.fn() };
}
export const session = { defaultSession: new FakeSession() };

export const Menu = {
  buildFromTemplate: vi.fn((template: unknown) => ({ template })),
  setApplicationMenu: vi.fn(),
};
export const dialog = {
  showOpenDialog: vi.fn(),
  showSaveDialog: vi.fn(),
  showMessageBox: vi.fn(async (..._args: unknown[]) => ({}) as { response?: number }),
  showMessageBoxSync: vi.fn((..._args: unknown[]) => 0),
  showErrorBox: vi.fn(),
};
export const screen = {
  getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }]),
};
export const shell = { showItemInFolder: vi.fn(), openPath: vi.fn(async () => ''), openExternal: vi.fn() };

export { FakeWebContents, FakeSession };
export default {
  app,
  BrowserWindow,
  contextBridge,
  dialog,
  ipcMain,
  ipcRenderer,
  Menu,
  protocol,
  screen,
  session,
  shell,
};

/** The application menu, in Chinese, with the usual shortcuts. App commands (and 撤销/重做) are forwarded to the page. */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/api/channels';

export interface MenuActions {
  /** Forwards a command to the page (a DOM event; see MENU_EVENT). */
  readonly command: (command: MenuCommand) => void;
  readonly about: () => void;
  readonly openDataFolder: () => void;
  readonly isMac: boolean;
  /** Developer tools in the 视图 menu: in development only, not in the installed app. */
  readonly devTools: boolean;
}

export function menuTemplate(actions: MenuActions): MenuItemConstructorOptions[] {
  const send = (command: MenuCommand) => () => actions.command(command);
  return [
    {
      label: '文件(&F)',
      submenu: [
        { label: '新建草稿…', accelerator: 'CmdOrCtrl+N', click: send('newDraft') },
        { label: '草稿列表', accelerator: 'CmdOrCtrl+L', click: send('showDrafts') },
        { label: '导入已发布的年度报告…', accelerator: 'CmdOrCtrl+O', click: send('importReport') },
        { type: 'separator' },
        { label: '保存', accelerator: 'CmdOrCtrl+S', click: send('saveNow') },
        { label: '导出 Word 文档…', accelerator: 'CmdOrCtrl+E', click: send('exportDocx') },
        // The page handles Ctrl+P itself (the paged preview opens, then prints), as with 撤销 below.
        { label: '打印…', accelerator: 'CmdOrCtrl+P', registerAccelerator: false, click: send('print') },
        { type: 'separator' },
        { label: '打开数据文件夹', click: actions.openDataFolder },
        { type: 'separator' },
        { label: '退出', role: 'quit', accelerator: actions.isMac ? 'Cmd+Q' : 'Ctrl+Q' },
      ],
    },
    {
      label: '编辑(&E)',
      submenu: [
        // The editor's own history, not the browser's text undo (which knows nothing of cells, pastes, parts). The
        // keys stay with the page: its keydown handler is the one path for Ctrl+Z, so the shortcut is shown here
        // but not registered (Windows/Linux). On macOS, where it cannot be unregistered, Electron performs a menu
        // key equivalent only for a keydown the page did not handle, and the editor handles (preventDefault) its own.
        // See docs/editor.md, "Undo from the keyboard and from the menu".
        { label: '撤销', accelerator: 'CmdOrCtrl+Z', registerAccelerator: false, click: send('undo') },
        {
          label: '重做',
          accelerator: actions.isMac ? 'Shift+Cmd+Z' : 'Ctrl+Y',
          registerAccelerator: false,
          click: send('redo'),
        },
        { type: 'separator' },
        { label: '剪切', role: 'cut', accelerator: 'CmdOrCtrl+X' },
        { label: '复制', role: 'copy', accelerator: 'CmdOrCtrl+C' },
        { label: '粘贴', role: 'paste', accelerator: 'CmdOrCtrl+V' },
        { label: '粘贴为纯文本', role: 'pasteAndMatchStyle', accelerator: 'CmdOrCtrl+Shift+V' },
        { label: '删除', role: 'delete' },
        { type: 'separator' },
        { label: '全选', role: 'selectAll', accelerator: 'CmdOrCtrl+A' },
      ],
    },
    {
      label: '视图(&V)',
      submenu: [
        { label: '实际大小', role: 'resetZoom', accelerator: 'CmdOrCtrl+0' },
        { label: '放大', role: 'zoomIn', accelerator: 'CmdOrCtrl+=' },
        { label: '缩小', role: 'zoomOut', accelerator: 'CmdOrCtrl+-' },
        { type: 'separator' },
        { label: '全屏', role: 'togglefullscreen', accelerator: actions.isMac ? 'Ctrl+Cmd+F' : 'F11' },
        ...(actions.devTools
          ? ([
              { type: 'separator' },
              {
                label: '开发者工具',
                role: 'toggleDevTools',
                accelerator: actions.isMac ? 'Alt+Cmd+I' : 'Ctrl+Shift+I',
              },
            ] satisfies MenuItemConstructorOptions[])
          : []),
      ],
    },
    {
      label: '帮助(&H)',
      role: 'help',
      submenu: [{ label: '关于年报编制助手', click: actions.about }],
    },
  ];
}

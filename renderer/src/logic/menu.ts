/**
 * The app menu's commands (文件 → 新建/草稿列表/导入/保存/导出, 编辑 → 撤销/重做) reach the page as a DOM event from the main process;
 * see MENU_EVENT in shared/api/channels. Unknown details are ignored.
 */
import { MENU_COMMANDS, MENU_EVENT } from '../../../shared/api/channels';
import type { MenuCommand } from '../../../shared/api/channels';

export const isMenuCommand = (value: unknown): value is MenuCommand =>
  typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);

/**
 * Calls `handler` for each menu command until the returned function is called. A handler that carries the command out
 * in place of the browser returns true: the event is then cancelled, which tells the main process (for 撤销/重做: no
 * native text undo as well).
 */
export function onMenuCommand(target: EventTarget, handler: (command: MenuCommand) => boolean | void): () => void {
  const listener = (e: Event) => {
    const detail = (e as CustomEvent<unknown>).detail;
    if (isMenuCommand(detail) && handler(detail) === true) e.preventDefault();
  };
  target.addEventListener(MENU_EVENT, listener);
  return () => target.removeEventListener(MENU_EVENT, listener);
}

/** 撤销 / 重做: the editor's history, whether from the menu or the keyboard. */
export const isHistoryCommand = (command: MenuCommand): command is 'undo' | 'redo' =>
  command === 'undo' || command === 'redo';

/**
 * The app menu's commands (文件 → 新建/草稿列表/导入/保存/导出) reach the page as a DOM event from the main process;
 * see MENU_EVENT in shared/api/channels. Unknown details are ignored.
 */
import { MENU_COMMANDS, MENU_EVENT } from '../../../shared/api/channels';
import type { MenuCommand } from '../../../shared/api/channels';

export const isMenuCommand = (value: unknown): value is MenuCommand =>
  typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);

/** Calls `handler` for each menu command until the returned function is called. */
export function onMenuCommand(target: EventTarget, handler: (command: MenuCommand) => void): () => void {
  const listener = (e: Event) => {
    const detail = (e as CustomEvent<unknown>).detail;
    if (isMenuCommand(detail)) handler(detail);
  };
  target.addEventListener(MENU_EVENT, listener);
  return () => target.removeEventListener(MENU_EVENT, listener);
}
